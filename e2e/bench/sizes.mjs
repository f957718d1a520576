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

/** Files a page or script refers to by a local path (absolute, ./ or ../), resolved against it. */
function references(text, from) {
  const out = new Set();
  for (const m of text.matchAll(/(?:href|src)="([^"#?:]+)"|['"]((?:\.{1,2})?\/[\w./-]+\.(?:js|wasm|css))['"]/g)) {
    const ref = m[1] ?? m[2];
    if (!ref || ref.endsWith('/')) continue;
    out.add(new URL(ref, `http://site/${from}`).pathname.slice(1));
  }
  return out;
}

/**
 * What one visitor downloads for each page: the HTML and every local file it refers to,
 * following scripts to the files they load (the boot script to the glue and the wasm).
 * [{ page, files: [file, …], gzip, brotli }] for each `*.html` under dist/.
 */
export async function pageDownloads(distDir, sizes) {
  const byName = new Map(sizes.files.map((f) => [f.file, f]));
  const pages = sizes.files.filter((f) => f.file.endsWith('.html'));
  const out = [];
  for (const page of pages) {
    const seen = new Set([page.file]);
    const queue = [page.file];
    while (queue.length) {
      const file = queue.shift();
      if (!/\.(html|js)$/.test(file)) continue;
      const text = await readFile(join(distDir, file), 'utf8');
      for (const ref of references(text, file)) {
        if (byName.has(ref) && !seen.has(ref)) {
          seen.add(ref);
          queue.push(ref);
        }
      }
    }
    const files = [...seen].sort();
    const sum = (k) => files.reduce((s, f) => s + byName.get(f)[k], 0);
    out.push({ page: page.file, files, gzip: sum('gzip'), brotli: sum('brotli') });
  }
  return out;
}
