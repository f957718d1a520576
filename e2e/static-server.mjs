// A small static file server for dist/ on loopback, for the e2e tests and the benchmark.
// It compresses (brotli, else gzip) when the client accepts it, as any real host does, so that
// Lighthouse's simulated network moves the bytes a visitor would. It serves DIR under PREFIX
// (default `/`), as a host serves a site in a folder (a GitHub Pages project site is under
// `/REPO/`), and sends the headers of DIR/_headers, the file Netlify and Cloudflare Pages read
// (paths in it are from the site's root; `*` at the end matches the rest of a path); a path no
// rule gives a Cache-Control is sent with `no-cache`. PORT 0 takes a free port; the first line
// printed says which.
// Usage: node static-server.mjs DIR PORT [HOST] [PREFIX]
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '4510', host = '127.0.0.1', prefixArg = '/'] = process.argv.slice(2);
const root = resolve(dir);
const prefix = `/${prefixArg.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** The rules of a `_headers` file: [{ path, headers: [[name, value], …] }, …]. */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

async function headersFor(sitePath) {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const out = {};
  for (const rule of parseHeaders(text)) {
    const match = rule.path.endsWith('*') ? sitePath.startsWith(rule.path.slice(0, -1)) : sitePath === rule.path;
    if (match) for (const [name, value] of rule.headers) out[name] = value;
  }
  return { 'cache-control': 'no-cache', ...out };
}
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  const s = await stat(file).catch(() => null);
  if (s?.isDirectory()) file = join(file, 'index.html');
  return (await stat(file).catch(() => null))?.isFile() ? file : null;
}

const compressed = new Map(); // `${file}:${mtime}:${encoding}` -> Buffer, built once per version

function encode(file, mtime, body, accept) {
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!encoding || body.length < 512) return { body };
  const key = `${file}:${mtime}:${encoding}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return { body: compressed.get(key), encoding };
}

const server = createServer(async (req, res) => {
  try {
    const path = new URL(req.url, 'http://x').pathname;
    if (`${path}/` === prefix) {
      res.writeHead(301, { location: prefix }).end();
      return;
    }
    const sitePath = path.startsWith(prefix) ? path.slice(prefix.length - 1) : null;
    const file = sitePath === null ? null : await resolveFile(sitePath);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const { mtimeMs } = await stat(file);
    const accept = req.headers['accept-encoding'] ?? '';
    const { body, encoding } = encode(file, mtimeMs, await readFile(file), accept);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      ...(await headersFor(sitePath)),
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(400).end();
  }
});
server.listen(Number(port), host, () =>
  console.log(`serving ${root} on http://${host}:${server.address().port}${prefix}`),
);
