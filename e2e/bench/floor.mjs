// The floor: the same prerendered page without any script, served by the same static server. Its
// first contentful paint is the best the page could do; ours is compared against it.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../static-server.mjs', import.meta.url));

/** dist/index.html minus every <script> and every preload of a script or of the wasm. */
export function stripScripts(html) {
  const out = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi, (tag) =>
      /\.(?:m?js|wasm)\b|\bas=["']?(?:script|fetch)\b/i.test(tag) ? '' : tag,
    );
  // Fail loudly rather than measure a "floor" that still loads the app.
  const left = out.match(/<script\b|\.wasm\b|modulepreload|\.m?js["'?#]/i);
  if (left) throw new Error(`the static floor still references a script: ${left[0]}`);
  return out;
}

/**
 * Writes the floor for `page` (a path under dist/, like "index.html") into a temp dir, with every
 * other file of dist/ except scripts and wasm (so the CSS, icons and fonts are the same files).
 */
export async function buildFloor(distDir, page = 'index.html') {
  const dir = await mkdtemp(join(tmpdir(), 'bench-floor-'));
  await cp(distDir, dir, {
    recursive: true,
    filter: (src) => !['.js', '.mjs', '.wasm'].includes(extname(src)),
  });
  await writeFile(join(dir, page), stripScripts(await readFile(join(distDir, page), 'utf8')));
  return dir;
}

/** Serves `dir` with e2e/static-server.mjs on 127.0.0.1:port; resolves once it listens. */
export function serve(dir, port) {
  const child = spawn(process.execPath, [SERVER, dir, String(port), '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stopping = false;
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      const why = `the floor server (pid ${child.pid}) exited with ${signal ?? code} ${stderr}`;
      // Before it listens this fails the start; later it is only reported, and the measurement
      // that needed it fails with its own error.
      reject(new Error(why));
      if (!stopping) console.error(`!!! ${why}`);
    });
    child.stdout.once('data', () =>
      resolve({
        url: `http://127.0.0.1:${port}/`,
        stop: () => {
          stopping = true;
          child.kill();
        },
      }),
    );
  });
}

/** Builds and serves the floor; `stop()` ends the server and removes the temp dir. */
export async function startFloor(distDir, port) {
  const dir = await buildFloor(distDir);
  try {
    const server = await serve(dir, port);
    return {
      url: server.url,
      dir,
      stop: async () => {
        server.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}
