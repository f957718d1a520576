// The result's actions and aids: copy, print, the guide links, the "now" button and the time-zone
// note.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from './page.js';
import { EXAMPLES, beijing } from './helpers.js';

test('"copy result" puts a plain-text summary with the link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const p = new CalculatorPage(page);
  await p.open({ ...EXAMPLES.full.query, thirdparty: '100' });
  await page.getByTestId('copy-result').click();
  await expect(page.getByTestId('copy-status')).toHaveText('已复制到剪贴板。');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('可以全额退款');
  expect(text).toContain('¥1,100.00');
  expect(text).toContain('2026年11月30日 10:00');
  expect(text).toContain('第三方服务或硬件费用 ¥100.00');
  expect(text).toContain('400-871-9366');
  expect(text.trim().split('\n').pop()).toBe(page.url());
  expect(text).not.toMatch(/<|>/);
  p.expectClean();
});

test('the print stylesheet prints the inputs and the result, not the guide or buttons', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open(EXAMPLES.negotiable.query);
  await page.emulateMedia({ media: 'print' });
  await expect(p.result).toBeVisible();
  await expect(p.input('amount')).toBeVisible();
  await expect(page.getByTestId('guide')).toBeHidden();
  await expect(page.getByTestId('check')).toBeHidden();
  await expect(page.getByTestId('copy-result')).toBeHidden();
  p.expectClean();
});

/** Whether the element is the page's :target (the section a link led to, which is marked). */
const isTarget = (locator) => locator.evaluate((el) => el.matches(':target'));

test('a reason links to its guide section, which is highlighted and focused', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open(EXAMPLES.payg.query);
  const link = p.result.getByRole('link', { name: /哪些订单能退/ });
  await expect(link).toHaveAttribute('href', '#scope');
  await link.click();
  const section = page.getByTestId('guide-scope');
  await expect.poll(() => isTarget(section)).toBe(true);
  await expect(section).toHaveCSS('outline-style', 'solid');
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();
  expect(await isTarget(page.getByTestId('guide-time-limit'))).toBe(false);
  await expect(page.getByTestId('guide-time-limit')).toHaveCSS('outline-style', 'none');
  p.expectClean();
});

test('"now" fills the application time with the current Beijing minute', async ({ page }) => {
  await page.clock.setFixedTime(beijing('2026-11-28T09:00:42'));
  const p = new CalculatorPage(page);
  await p.open({ paid: '2026-11-25T10:00', amount: '1200' });
  await expect(p.input('asof')).toHaveValue('');
  await page.getByTestId('now-button').click();
  await expect(p.input('asof')).toHaveValue('2026-11-28T09:00');
  await p.expectResult(EXAMPLES.full.expected);
  p.expectClean();
});

test.describe('in another time zone', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the page says times are Beijing time and still computes in Beijing time', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T01:00:00Z')); // 09:00 in Beijing
    const p = new CalculatorPage(page);
    await p.open({ paid: '2026-11-25T10:00', amount: '1200' });
    await expect(page.getByTestId('zone-note')).toContainText('UTC-5');
    await expect(page.getByTestId('zone-note')).toContainText('北京时间');
    await p.expectResult({ ...EXAMPLES.full.expected });
    await page.getByTestId('now-button').click();
    await expect(p.input('asof')).toHaveValue('2026-11-28T09:00');
    p.expectClean();
  });
});

test('in Beijing time there is no time-zone note', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open();
  await expect(page.getByTestId('zone-note')).toHaveCount(0);
  p.expectClean();
});

test('a full refund shows its working: amount paid, less third-party costs, refund', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open({ ...EXAMPLES.full.query, thirdparty: '100', lang: 'en' });
  await p.expectResult({ verdict: 'full', fen: 110000 });
  const breakdown = p.result.locator('.breakdown');
  await expect(breakdown).toContainText('Amount paid¥1,200.00');
  await expect(breakdown).toContainText('Less third-party or hardware costs− ¥100.00');
  await expect(breakdown).toContainText('Refund¥1,100.00');
  p.expectClean();
});

test('stacked on a phone, a visible link leads to the guide below the calculator', async ({ page }) => {
  const p = new CalculatorPage(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await p.open();
  const link = page.getByTestId('to-guide');
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByTestId('guide')).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(link).toBeHidden(); // side by side: the guide is already in view
  p.expectClean();
});

test('a line at the top says the result as it changes, with a link to the details', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open();
  const line = page.getByTestId('result-line');
  await expect(line).toHaveText('填好付款时间和金额，结果会立即显示。');
  // Above the form: a link with inputs shows its answer without scrolling.
  const lineBox = await line.boundingBox();
  const formBox = await page.locator('form').boundingBox();
  expect(lineBox.y).toBeLessThan(formBox.y);
  await p.fill('paid', '2026-11-25T10:00');
  await p.fill('asof', '2026-11-28T09:00');
  await p.fill('amount', '1200');
  await expect(line).toHaveText('结果：可以全额退款，¥1,200.00。 查看详情 ↓');
  // The arrow is decoration: the link's name is its words.
  await expect(line.getByRole('link')).toHaveAccessibleName('查看详情');
  await p.fill('asof', '2026-11-30T10:00');
  await expect(line).toContainText('可以协商退款，¥1,000.00');
  await line.getByRole('link').click();
  await expect(p.result).toBeInViewport();
  p.expectClean();
});