// What the page remembers and how it changes over time: localStorage restore and reset, the
// language switch, and the live countdown driven by Playwright's fake clock.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from './page.js';
import { EXAMPLES, STORAGE_KEY, beijing, expectNoErrorsShown, inputKeysInUrl } from './helpers.js';

const readStorage = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** The stored value is the page's URL query behind a version prefix: "v1?paid=…&lang=zh". */
const readStoredQuery = async (page) => {
  const text = await readStorage(page);
  if (!text?.startsWith('v1?')) return text;
  return Object.fromEntries(new URLSearchParams(text.slice('v1?'.length)));
};

test.describe('localStorage', () => {
  test('a filled form comes back after a reload without query, and reset clears it all', async ({ page }) => {
    const p = new CalculatorPage(page);
    await p.open();
    // Example 4, typed.
    await p.fill('paid', '2026-11-29T10:00');
    await p.fill('asof', '2026-11-30T12:00');
    await p.fill('amount', '500.00');
    await p.fill('requests', '1');
    await p.choose('promo', 'yes');
    await p.expectResult(EXAMPLES.wait.expected);
    await expect.poll(() => readStoredQuery(page)).toEqual(
      expect.objectContaining({ lang: 'zh', paid: '2026-11-29T10:00', asof: '2026-11-30T12:00', amount: '500.00', requests: '1', promo: 'yes' }),
    );

    await page.goto('./');
    await p.ready();
    await expect(p.input('paid')).toHaveValue('2026-11-29T10:00');
    await expect(p.input('asof')).toHaveValue('2026-11-30T12:00');
    await expect(p.input('amount')).toHaveValue('500.00');
    await expect(p.input('requests')).toHaveValue('1');
    await expect(page.getByTestId('input-promo-yes')).toBeChecked();
    await p.expectResult(EXAMPLES.wait.expected);
    await expectNoErrorsShown(page);

    await page.getByTestId('reset').click();
    await expect(p.input('paid')).toHaveValue('');
    await expect(p.input('asof')).toHaveValue('');
    await expect(p.input('amount')).toHaveValue('');
    await expect(p.input('months')).toHaveValue('1');
    await expect(p.input('thirdparty')).toHaveValue('0');
    await expect(p.input('requests')).toHaveValue('0');
    await expect(page.getByTestId('input-billing-subscription')).toBeChecked();
    await expect(page.getByTestId('input-promo-no')).toBeChecked();
    await expect(p.result).toHaveCount(0);
    await expect(page.getByTestId('result-pending')).toBeVisible();
    await expectNoErrorsShown(page);
    // Soft: report both the storage and the URL, and still check the reload below.
    await expect.soft.poll(() => readStorage(page), 'storage key after reset').toBeNull();
    await expect.soft.poll(() => inputKeysInUrl(page), 'inputs in the URL after reset').toEqual([]);

    // And a reload after the reset starts clean: empty fields, no errors.
    await page.reload();
    await p.ready();
    await expect(p.input('paid')).toHaveValue('');
    await expectNoErrorsShown(page);
    p.expectClean();
  });

  test('a link with inputs wins over what storage holds', async ({ page }) => {
    const p = new CalculatorPage(page);
    await p.open(EXAMPLES.wait.query);
    await p.expectResult(EXAMPLES.wait.expected);
    await p.open(EXAMPLES.payg.query);
    await p.expectResult(EXAMPLES.payg.expected);
    p.expectClean();
  });
});

test.describe('language switch', () => {
  test('switches the page to English and back, keeping the inputs and the result', async ({ page }) => {
    const p = new CalculatorPage(page);
    await p.open(EXAMPLES.full.query);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1')).toHaveText('云服务器退款计算器');

    await page.getByTestId('lang-switch').click();
    await expect(page.locator('h1')).toHaveText('Cloud Server Refund Calculator');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Cloud Server Refund Calculator');
    await expect(page.getByTestId('verdict')).toHaveText('Full refund');
    await expect(page.getByTestId('countdown')).toHaveText('2 d 1 h 0 min');
    await expect(page.getByTestId('check')).toHaveText('Check my refund');
    await expect(page.locator('#guide-article-title')).toHaveText('Refund guide');
    await expect(page.locator('#guide-article-title')).toBeVisible();
    await expect(page.getByTestId('lang-switch')).toHaveText('中文');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await p.expectResult(EXAMPLES.full.expected);
    await expect(p.input('paid')).toHaveValue('2026-11-25T10:00');

    await page.getByTestId('lang-switch').click();
    await expect(page.locator('h1')).toHaveText('云服务器退款计算器');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('verdict')).toHaveText('可以全额退款');
    await expect(page.locator('#guide-article-title')).toHaveText('退款指南');
    await expect(page.getByTestId('lang-switch')).toHaveText('English');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh');
    await p.expectResult(EXAMPLES.full.expected);
    p.expectClean();
  });

  test('the chosen language is remembered for the next visit', async ({ page, baseURL }) => {
    const p = new CalculatorPage(page);
    await p.open();
    await page.getByTestId('lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('./');
    await p.ready();
    await expect(page.locator('h1')).toHaveText('Cloud Server Refund Calculator');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(new URL(page.url()).pathname).toBe(new URL('en/', baseURL).pathname);
    p.expectClean();
  });

  test('the English page /en/ opens in English', async ({ page }) => {
    const p = new CalculatorPage(page);
    await p.open(EXAMPLES.negotiable.query, 'en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('verdict')).toHaveText('Refund by negotiation');
    await p.expectResult(EXAMPLES.negotiable.expected);
    p.expectClean();
  });
});

test.describe('live countdown (fake clock)', () => {
  // Example 1 without asof: paid 2026-11-25 10:00, so the 5-day window ends 2026-11-30 10:00.
  const query = { paid: '2026-11-25T10:00', amount: '1200.00' };
  const deadline = '2026-11-30T10:00:00+08:00';

  test('ticks, shows seconds in the last hour, and flips to negotiable at the deadline', async ({ page }) => {
    await page.clock.install({ time: beijing('2026-11-30T08:57:30') });
    const p = new CalculatorPage(page);
    await p.open(query);
    // Stop the flow of time at a known instant, then advance it by hand.
    await page.clock.pauseAt(beijing('2026-11-30T08:58:00'));
    await p.expectResult({ verdict: 'full', fen: 120000, deadline });
    const countdown = page.getByTestId('countdown');

    await page.clock.runFor(1000); // 08:58:01 → 1 h 1 min 59 s left: minutes only
    await expect(countdown).toHaveAttribute('data-seconds-left', '3719');
    await expect(countdown).toHaveText('0天1小时1分钟');

    await page.clock.runFor('01:00'); // 08:59:01 → 3659 s
    await expect(countdown).toHaveAttribute('data-seconds-left', '3659');
    await expect(countdown).toHaveText('0天1小时0分钟');

    await page.clock.runFor('01:00'); // 09:00:01 → 59 min 59 s: the last hour shows seconds
    await expect(countdown).toHaveText('0天0小时59分钟59秒');
    await page.clock.runFor(1000);
    await expect(countdown).toHaveText('0天0小时59分钟58秒');

    await page.clock.fastForward('59:55'); // 09:59:57
    await page.clock.runFor(1000); // 09:59:58
    await expect(countdown).toHaveText('0天0小时0分钟2秒');
    await p.expectResult({ verdict: 'full', fen: 120000 });

    await page.clock.runFor(2000); // 10:00:00: the deadline itself is outside the window
    await p.expectResult({ verdict: 'negotiable', fen: 100000, deadline });
    await expect(countdown).toHaveCount(0);
    expect(page.url()).not.toContain('asof');
    p.expectClean();
  });
});
