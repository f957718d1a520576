// A new dist/ replaces the one the service worker keeps, on the next online visit. The test serves
// its own copy of dist/ under a folder and changes it as a new build would, so it runs once (in
// the `root` project), whatever the other projects serve.
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
