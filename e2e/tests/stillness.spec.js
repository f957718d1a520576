// Nothing painted moves when the app starts, for every visitor: Chinese and English browsers, in
// Beijing time and in UTC, on a phone and a desktop (no `layout-shift` entry from the first paint
// until the app is ready and has settled). And the embedded widget is short: at most 1,200 px in
// a 720 px blog column and 2,000 px on a 390 px phone, showing a full refund.
import { test, expect } from '@playwright/test';
import { startHostServer } from '../fixtures/host-server.js';
import { screenshot } from './helpers.js';

const VISITORS = [
  { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', page: '/', lang: 'zh-CN' },
  { locale: 'zh-CN', timezoneId: 'UTC', page: '/', lang: 'zh-CN' },
  { locale: 'en-US', timezoneId: 'Asia/Shanghai', page: '/en/', lang: 'en' },
  { locale: 'en-US', timezoneId: 'UTC', page: '/en/', lang: 'en' },
];
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/** Records every layout shift from the very start of the page, with what moved. */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // What moved, from where to where, and when: enough to tell a font, a scrollbar or a
        // late element apart when this fails on a machine nobody can watch.
        const box = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        window.__shifts.push({
          value: e.value,
          at: Math.round(e.startTime),
          moved: (e.sources ?? []).map(
            (s) => `${s.node?.nodeName}.${s.node?.className ?? ''} ${box(s.previousRect)} -> ${box(s.currentRect)}`,
          ),
          viewport: `${innerWidth}x${innerHeight} (client ${document.documentElement.clientWidth})`,
          ready: document.documentElement.hasAttribute('data-ready'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const v of VISITORS) {
  for (const size of SIZES) {
    test(`no layout shift on load: ${v.locale} browser, ${v.timezoneId}, ${size.name}`, async ({ browser }) => {
      const context = await browser.newContext({
        locale: v.locale,
        timezoneId: v.timezoneId,
        viewport: { width: size.width, height: size.height },
      });
      const page = await context.newPage();
      await recordShifts(page);
      await page.goto('/');
      await expect(page.locator('html[data-ready]')).toHaveCount(1);
      // The visitor's language was settled before the first paint: by the address.
      expect(new URL(page.url()).pathname).toBe(v.page);
      await expect(page.locator('html')).toHaveAttribute('lang', v.lang);
      // The zone line is filled in, in the space it had from the start.
      const zone = page.locator('.zone-visitor');
      await expect(zone).not.toBeEmpty();
      if (v.timezoneId === 'UTC') await expect(page.getByTestId('zone-note')).toContainText('UTC+0');
      else await expect(page.getByTestId('zone-note')).toHaveCount(0);
      // Long enough for the clock's first tick and any late layout.
      await page.waitForTimeout(1200);
      expect(await page.evaluate(() => window.__shifts)).toEqual([]);
      await context.close();
    });
  }
}

test('a returning visitor whose stored language is English goes to /en/ before the first paint', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await page.evaluate(() => localStorage.setItem('cloud-refund-calculator', 'v1?amount=1200.00&lang=en'));
  await recordShifts(page);
  await page.goto('/');
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  expect(new URL(page.url()).pathname).toBe('/en/');
  await expect(page.getByTestId('input-amount')).toHaveValue('1200.00');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__shifts)).toEqual([]);
  await context.close();
});

test.describe('the embedded widget is short', () => {
  let host;
  test.beforeAll(async ({ baseURL }) => {
    host = await startHostServer(new URL(baseURL).origin);
  });
  test.afterAll(async () => {
    await host?.close();
  });

  for (const [name, viewport, column, limit] of [
    ['a 720 px blog column', { width: 1280, height: 900 }, 720, 1200],
    ['a 390 px phone', { width: 390, height: 844 }, null, 2000],
  ]) {
    test(`in ${name}, showing a full refund, it is at most ${limit} px tall in both languages`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${host.origin}/host.html`);
      if (column) await page.evaluate((w) => (document.body.style.maxWidth = `${w}px`), column);
      const frames = page.locator('[data-refund-calculator] > iframe');
      await expect(frames).toHaveCount(2);
      // The article's first widget is English (a full refund); make the second Chinese one a
      // full refund too.
      const zh = frames.nth(1).contentFrame();
      await frames.nth(1).scrollIntoViewIfNeeded();
      await expect(zh.locator('html[data-ready]')).toHaveCount(1);
      await zh.getByTestId('input-billing-subscription').check();
      for (const i of [0, 1]) {
        const frame = frames.nth(i);
        await frame.scrollIntoViewIfNeeded();
        const inside = frame.contentFrame();
        await expect(inside.getByTestId('result')).toHaveAttribute('data-verdict', 'full');
        if (column) expect(await frame.evaluate((f) => f.clientWidth)).toBe(column);
        // Auto-height keeps working: the iframe is as tall as its content.
        await expect
          .poll(async () => {
            const content = await inside.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
            return (await frame.evaluate((f) => f.clientHeight)) - content;
          })
          .toBe(0);
        const height = await frame.evaluate((f) => f.clientHeight);
        expect(height, `widget ${i ? 'zh' : 'en'} height`).toBeLessThanOrEqual(limit);
        // The full page is one link away.
        await expect(inside.getByTestId('open-full-page')).toBeVisible();
      }
      await screenshot(page, `widget-${column ? `column-${column}` : 'phone-390'}`);
    });
  }
});
