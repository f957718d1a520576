// Raw, gzip -9 and brotli q11 sizes of every file under dist/, with totals.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Hidden entries are not part of the site (trunk stages a build in dist/.stage).
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

function compressedSizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

/** [{ file, raw, gzip, brotli }] sorted by path, and their totals. */
export async function measureSizes(distDir) {
  const files = [];
  for await (const path of walk(distDir)) {
    files.push({ file: relative(distDir, path), ...compressedSizes(await readFile(path)) });
  }
  if (files.length === 0) throw new Error(`no files under ${distDir}; build dist/ first`);
  files.sort((a, b) => a.file.localeCompare(b.file));
  const total = { file: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of ['raw', 'gzip', 'brotli']) total[k] += f[k];
  return { files, total };
}
