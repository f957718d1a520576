// What a host of dist/ gets (docs/hosting.md): the headers of the `_headers` file the build
// writes, the web app manifest and its icons, a site that works offline after the first visit
// (the service worker sw.js). Runs at the root of the host, under a folder (the `sub-path`
// project) and on nginx (the `nginx` project). A new build replacing the kept one:
// hosting-update.spec.js.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from './page.js';
import { EXAMPLES } from './helpers.js';

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
