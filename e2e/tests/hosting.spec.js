// What a host of dist/ gets (docs/hosting.md): the headers of the `_headers` file the build
// writes, the web app manifest and its icons, a site that works offline after the first visit
// (the service worker sw.js), and a new build that replaces the kept one on the next online visit.
// Runs at the root of the host and under a folder (the `sub-path` project).
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CalculatorPage } from './page.js';
import { EXAMPLES } from './helpers.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SERVER = fileURLToPath(new URL('../static-server.mjs', import.meta.url));

test.describe('the headers a host sends (_headers on Netlify and Cloudflare Pages, docs/nginx.conf)', () => {
  test('pages are checked each time, files named by their contents kept for good, framing allowed', async ({ request, baseURL }) => {
    const page = await request.get(baseURL);
    expect(page.headers()['cache-control']).toBe('no-cache');
    expect(page.headers()['content-security-policy']).toBe('frame-ancestors *');
    const html = await page.text();
    const wasm = html.match(/href="\.\/([\w-]+_bg\.wasm)"/)[1];
    const style = html.match(/href="\.\/(style-[\w]+\.css)"/)[1];
    for (const file of [wasm, style]) {
      const res = await request.get(new URL(file, baseURL).href);
      expect(res.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
    }
    for (const file of ['en/', 'sw.js', 'embed.js', 'manifest.webmanifest']) {
      const res = await request.get(new URL(file, baseURL).href);
      expect(res.ok(), file).toBe(true);
      expect(res.headers()['cache-control'], file).toBe('no-cache');
    }
  });
});

test('each page has a manifest with a name, colours and icons of the sizes it says', async ({ request, baseURL }) => {
  for (const [path, name] of [['./', '云服务器退款计算器'], ['en/', 'Cloud Server Refund Calculator']]) {
    const pageUrl = new URL(path, baseURL).href;
    const html = await (await request.get(pageUrl)).text();
    expect(html).toContain('<link rel="manifest" href="manifest.webmanifest">');
    expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}">/);
    const manifestUrl = new URL('manifest.webmanifest', pageUrl).href;
    const manifest = await (await request.get(manifestUrl)).json();
    expect(manifest.name).toBe(name);
    expect(manifest.short_name.length).toBeLessThanOrEqual(17);
    expect(manifest.display).toBe('standalone');
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(pageUrl);
    expect(new URL(manifest.scope, manifestUrl).href).toBe(new URL('./', baseURL).href);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      const res = await request.get(new URL(icon.src, manifestUrl).href);
      expect(res.headers()['content-type']).toBe('image/png');
      const png = await res.body();
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  /** Opens `path` and waits until the service worker has kept the site and serves the page. */
  async function visitAndKeep(page, path) {
    const p = new CalculatorPage(page);
    await p.open('', path);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    return p;
  }

  test('after one visit, the page opens and computes with the network off, in both languages', async ({ page, context }) => {
    const p = await visitAndKeep(page, './');
    await context.setOffline(true);
    await p.open(EXAMPLES.full.query);
    await p.expectResult(EXAMPLES.full.expected);
    await p.fill('amount', '500.00');
    await p.check();
    await expect(p.result).toHaveAttribute('data-refund-fen', '50000');
    await p.open({ ...EXAMPLES.negotiable.query, lang: 'en' }, 'en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await p.expectResult(EXAMPLES.negotiable.expected);
    p.expectClean();
  });
});

/** Serves `dir` under /a/b/refund/ on a free port; resolves to { url, close }. */
async function serve(dir) {
  const child = spawn(process.execPath, [SERVER, dir, '0', '127.0.0.1', '/a/b/refund/']);
  const url = await new Promise((resolve, reject) => {
    child.stdout.once('data', (d) => resolve(String(d).match(/http:\S+/)[0]));
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return { url, close: () => child.kill() };
}

test.describe('a new build', () => {
  test.use({ serviceWorkers: 'allow' });

  test('replaces the kept one on the next online visit', async ({ page, context }) => {
    test.skip(test.info().project.name !== 'root', 'one run is enough: it serves its own copy under a folder');
    const dir = await mkdtemp(join(tmpdir(), 'refund-dist-'));
    await cp(DIST, dir, { recursive: true });
    const server = await serve(dir);
    try {
      const p = new CalculatorPage(page);
      await p.open('', server.url);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      const cachesOf = () => page.evaluate(() => caches.keys());
      const [oldCache] = await cachesOf();
      expect(await cachesOf()).toHaveLength(1);

      // What a new build changes: the page (a visible mark here) and the worker's cache name.
      const sw = await readFile(join(dir, 'sw.js'), 'utf8');
      const id = oldCache.split(' ').at(-1);
      expect(sw).toContain(id);
      await writeFile(join(dir, 'sw.js'), sw.replace(id, 'fedcba9876543210'));
      const html = await readFile(join(dir, 'index.html'), 'utf8');
      await writeFile(join(dir, 'index.html'), html.replace('<h1>云服务器退款计算器</h1>', '<h1>云服务器退款计算器 2</h1>'));

      await p.open('', server.url);
      await expect(page.locator('h1')).toHaveText('云服务器退款计算器 2');
      await expect.poll(cachesOf).toEqual([oldCache.replace(id, 'fedcba9876543210')]);
      // And it is the new build that is kept for offline visits.
      await context.setOffline(true);
      await p.open(EXAMPLES.full.query, server.url);
      await expect(page.locator('h1')).toHaveText('云服务器退款计算器 2');
      await p.expectResult(EXAMPLES.full.expected);
    } finally {
      server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
