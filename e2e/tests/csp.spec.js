// Every page the project serves runs under the strict Content-Security-Policy of
// crates/postbuild/src/csp.rs, breaks none of it (no securitypolicyviolation event, no console
// report), and asks nothing of any origin but its own.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from './page.js';
import { watch, expectAlive } from './guards.js';
import { startHostServer } from '../fixtures/host-server.js';

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
const OTHER_ORIGIN = process.env.E2E_OTHER_ORIGIN ?? 'http://localhost:4511';
const RESULT = 'paid=2026-11-25T10:00&asof=2026-11-28T09:00&amount=1200';

// Each page, and what to do on it so that scripts, styles and timers all get to run.
const PAGES = [
  { name: 'the Chinese page', path: '/', act: fillAndCheck },
  { name: 'the English page', path: '/en/', act: fillAndCheck },
  { name: 'a result page', path: `/?${RESULT}`, act: (p) => expect(p.result).toBeVisible() },
  { name: 'an English result page', path: `/en/?${RESULT}&lang=en`, act: (p) => expect(p.result).toBeVisible() },
  { name: 'an error page', path: '/?amount=abc&paid=2026-02-30T10:00', act: (p) => expect(p.summary).toBeVisible() },
  {
    name: 'the embedded page',
    path: `/?embed=1&origin=${encodeURIComponent(OTHER_ORIGIN)}&${RESULT}`,
    act: (p) => expect(p.page.getByTestId('open-full-page')).toBeVisible(),
  },
];

async function fillAndCheck(p) {
  await p.fill('paid', '2026-11-25T10:00');
  await p.fill('asof', '2026-11-28T09:00');
  await p.fill('amount', '1200');
  await p.check();
  await expect(p.result).toBeVisible();
}

/** The served HTML itself: the policy is the first thing in <head>, and nothing is inline. */
async function expectStrictMarkup(request, url) {
  const html = await (await request.get(url)).text();
  const head = html.slice(html.indexOf('<head>') + '<head>'.length).trimStart();
  expect(head.startsWith(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`), 'CSP meta first in <head>').toBe(true);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length, 'a boot script').toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs, 'every script is a file of the site, by a relative address').toMatch(/\ssrc="\.{1,2}\/[^"]+"/);
    expect(body.trim(), 'no inline script').toBe('');
  }
  expect(html, 'no <style> element').not.toMatch(/<style\b/i);
  expect(html, 'no style attribute').not.toMatch(/\sstyle="/i);
  expect(html, 'no event-handler attribute').not.toMatch(/\son[a-z]+="/i);
}

for (const { name, path, act } of PAGES) {
  test(`CSP: ${name} (${path.slice(0, 40)})`, async ({ page, request, baseURL }) => {
    const seen = await watch(page);
    const p = new CalculatorPage(page);
    await p.open('', path);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CSP);
    await act(p);
    expect(await page.evaluate(() => window.__cspViolations), 'securitypolicyviolation events').toEqual([]);
    expect(seen.cspConsole, 'console reports about the CSP').toEqual([]);
    const origin = new URL(baseURL).origin;
    expect(seen.requests.filter((u) => new URL(u).origin !== origin), 'requests to other origins').toEqual([]);
    expect(seen.requests.length, 'the page and its files were seen').toBeGreaterThanOrEqual(4);
    await expectStrictMarkup(request, new URL(path, baseURL).href);
    await expectAlive(page, seen);
  });
}

test('CSP: the pages embedded by embed.js in an article on another origin', async ({ page, baseURL }) => {
  const host = await startHostServer(new URL(baseURL).origin);
  try {
    const seen = await watch(page);
    await page.goto(`${host.origin}/host.html`);
    const frames = page.locator('[data-refund-calculator] > iframe');
    await expect(frames).toHaveCount(2);
    for (const i of [0, 1]) {
      const frame = frames.nth(i).contentFrame();
      await expect(frame.locator('html[data-ready]')).toHaveCount(1);
      await expect(frame.getByTestId('result')).toBeVisible();
      await expect(frame.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CSP);
      await expect(frame.locator('#fatal')).toBeHidden();
    }
    const embedded = page.frames().filter((f) => f !== page.mainFrame());
    expect(embedded).toHaveLength(2);
    for (const f of embedded) {
      expect(await f.evaluate(() => window.__cspViolations), `violations in ${f.url()}`).toEqual([]);
    }
    expect(seen.cspConsole, 'console reports about the CSP').toEqual([]);
    // The article is the host's; everything else (embed.js and both widgets) is the calculator's.
    const origin = new URL(baseURL).origin;
    const article = `${host.origin}/host.html`;
    expect(seen.requests.filter((u) => u !== article && new URL(u).origin !== origin), 'requests to other origins').toEqual([]);
    expect(seen.pageErrors).toEqual([]);
  } finally {
    await host.close();
  }
});

// Control: the watcher above does see a violation when there is one, so its silence means something.
test('CSP: an inline script added to the page is blocked and reported', async ({ page }) => {
  const seen = await watch(page);
  const p = new CalculatorPage(page);
  await p.open();
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__xss = 1';
    document.body.append(s);
  });
  await expect.poll(() => page.evaluate(() => window.__cspViolations.length)).toBe(1);
  expect(await page.evaluate(() => window.__xss ?? null)).toBeNull();
  expect(await page.evaluate(() => window.__cspViolations[0])).toContain('script-src');
  await expect.poll(() => seen.cspConsole.length).toBeGreaterThan(0);
});
