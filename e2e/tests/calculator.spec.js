// Every verdict path of article-rules.md through the real page: the four public examples by URL,
// the `expired` and `monthly-limit` cases (worked out by hand below) partly by typing, and the
// URL round trip (the address bar shares the case; without `asof` the time is "now").
import { test, expect } from '@playwright/test';
import { CalculatorPage } from './page.js';
import { EXAMPLES, beijing, inputKeysInUrl, resultAttributes, screenshot } from './helpers.js';

/** Attributes that a verdict must not carry (data-earliest is for wait only, data-reason for not-eligible). */
async function expectOnlyItsAttributes(p, verdict) {
  if (verdict !== 'wait') await expect(p.result).not.toHaveAttribute('data-earliest');
  if (verdict !== 'not-eligible') await expect(p.result).not.toHaveAttribute('data-reason');
}

test.describe('public examples by URL', () => {
  test('example 1: full refund, 120000 fen, 2 d 1 h left at the application time', async ({ page }) => {
    const p = new CalculatorPage(page);
    const { query, expected } = EXAMPLES.full;
    await p.open(query);
    await p.expectResult(expected);
    await expectOnlyItsAttributes(p, 'full');
    await expect(page.getByTestId('verdict')).toHaveText('可以全额退款');
    await expect(page.getByTestId('refund-amount')).toHaveText('¥1,200.00');
    // asof is given, so the countdown is frozen at the application time: 2 d 1 h 0 min.
    const countdown = page.getByTestId('countdown');
    await expect(countdown).toHaveAttribute('data-seconds-left', String(2 * 86400 + 3600));
    await expect(countdown).toHaveText('2天1小时0分钟');
    await expect(page.getByTestId('steps')).toBeVisible();
    await screenshot(page, 'full-result');
    p.expectClean();
  });

  test('example 2: at exactly the deadline it is negotiable, 100000 fen, with the breakdown', async ({ page }) => {
    const p = new CalculatorPage(page);
    const { query, expected } = EXAMPLES.negotiable;
    await p.open(query);
    await p.expectResult(expected);
    await expectOnlyItsAttributes(p, 'negotiable');
    await expect(page.getByTestId('verdict')).toHaveText('可以协商退款');
    // 30 days bought, 5 used, 25 remaining: 1200.00 × 25 ÷ 30 − 0 = 1000.00
    await expect(page.getByTestId('formula')).toContainText('¥1,200.00 × 25 ÷ 30');
    await expect(page.getByTestId('formula')).toContainText('= ¥1,000.00');
    await expect(page.getByTestId('countdown')).toHaveCount(0);
    await screenshot(page, 'negotiable-breakdown');
    p.expectClean();
  });

  test('example 3: pay-as-you-go is not eligible (payg), 0 fen', async ({ page }) => {
    const p = new CalculatorPage(page);
    const { query, expected } = EXAMPLES.payg;
    await p.open(query);
    await p.expectResult(expected);
    await expectOnlyItsAttributes(p, 'not-eligible');
    await expect(page.getByTestId('verdict')).toHaveText('不能退款');
    await expect(page.getByTestId('reason')).toBeVisible();
    await screenshot(page, 'not-eligible');
    p.expectClean();
  });

  test('example 4: a used monthly request means wait until 1 December, then full refund', async ({ page }) => {
    const p = new CalculatorPage(page);
    const { query, expected } = EXAMPLES.wait;
    await p.open(query);
    await p.expectResult(expected);
    await expectOnlyItsAttributes(p, 'wait');
    await expect(page.getByTestId('verdict')).toHaveText('下个月初再申请');
    await screenshot(page, 'wait');
    p.expectClean();
  });
});

test.describe('cases worked out from the rules', () => {
  // paid 2026-01-10T10:00 + 1 month → expiry 2026-02-10T10:00; asof at exactly expiry → rule 2.
  test('an application at exactly the expiry is not eligible (expired)', async ({ page }) => {
    const p = new CalculatorPage(page);
    await p.open({ billing: 'converted', paid: '2026-01-10T10:00', asof: '2026-02-10T10:00', months: '1', amount: '99.90' });
    await p.expectResult({ verdict: 'not-eligible', fen: 0, deadline: '2026-01-15T10:00:00+08:00', reason: 'expired' });
    await expectOnlyItsAttributes(p, 'not-eligible');
    p.expectClean();
  });

  test('one minute before the expiry it is still negotiable, for a remaining day of 0', async ({ page }) => {
    // used_days = ceil(30 d 23 h 59 min) = 31 = total_days → remaining 0 → estimate 0.
    const p = new CalculatorPage(page);
    await p.open({ paid: '2026-01-10T10:00', asof: '2026-02-10T09:59', months: '1', amount: '99.90' });
    await p.expectResult({ verdict: 'negotiable', fen: 0, deadline: '2026-01-15T10:00:00+08:00' });
    await expectOnlyItsAttributes(p, 'negotiable');
    p.expectClean();
  });

  // Typed, not linked: paid 2026-11-10T10:00 + 1 month → expiry 2026-12-10T10:00. The request of
  // December is used (requests 1), and on 2027-01-01 00:00 the term is over → monthly-limit.
  test('typed in: a used request and a term over by next month is not eligible (monthly-limit)', async ({ page }) => {
    const p = new CalculatorPage(page);
    await p.open();
    await p.choose('billing', 'subscription');
    await p.fill('paid', '2026-11-10T10:00');
    await p.fill('asof', '2026-12-05T12:00');
    await p.fill('months', '1');
    await p.input('amount').pressSequentially('300');
    await p.fill('requests', '1');
    await p.check();
    await p.expectResult({ verdict: 'not-eligible', fen: 0, deadline: '2026-11-15T10:00:00+08:00', reason: 'monthly-limit' });
    await expectOnlyItsAttributes(p, 'not-eligible');
    // Asking for the result moves focus to it, so a screen reader reads it next.
    await expect(p.result).toBeFocused();
    p.expectClean();
  });

  test('typed in with a forgiving amount: example 2 with "¥1,200.00" gives 100000 fen', async ({ page }) => {
    const p = new CalculatorPage(page);
    await p.open();
    await p.fill('paid', '2026-11-25T10:00');
    await p.fill('asof', '2026-11-30T10:00');
    await p.input('amount').pressSequentially('¥1,200.00');
    await p.check();
    await p.expectResult(EXAMPLES.negotiable.expected);
    p.expectClean();
  });
});

test.describe('the URL shares the case', () => {
  test('a typed form reopened from its URL in a fresh browser context gives the same result', async ({ page, browser }) => {
    const p = new CalculatorPage(page);
    await p.open();
    await p.choose('billing', 'converted');
    await p.fill('paid', '2026-11-20T08:30');
    await p.fill('asof', '2026-11-27T20:15');
    await p.fill('months', '3');
    await p.fill('amount', '2400.50');
    await p.fill('thirdparty', '100');
    await p.choose('promo', 'unsure');
    // Deadline 11-25 08:30 has passed; 92 days bought, 8 used (7 d 11 h 45 min, rounded up):
    // floor(240050 × 84 ÷ 92) − 10000 = 209176 fen.
    const expected = { verdict: 'negotiable', fen: 209176, deadline: '2026-11-25T08:30:00+08:00' };
    await p.expectResult(expected);
    await expect.poll(() => inputKeysInUrl(page)).toEqual(
      expect.arrayContaining(['billing', 'paid', 'asof', 'months', 'amount', 'thirdparty', 'promo']),
    );
    const url = page.url();
    const attrs = await resultAttributes(page);

    // A fresh context shares no storage with the first: only the URL carries the case.
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const copy = new CalculatorPage(await context.newPage());
    await copy.page.goto(url);
    await copy.ready();
    await copy.expectResult(expected);
    expect(await resultAttributes(copy.page)).toEqual(attrs);
    await expect(copy.input('paid')).toHaveValue('2026-11-20T08:30');
    await expect(copy.input('amount')).toHaveValue('2400.50');
    await expect(copy.page.getByTestId('input-promo-unsure')).toBeChecked();
    await expect(copy.page.getByTestId('input-billing-converted')).toBeChecked();
    copy.expectClean();
    await context.close();
    p.expectClean();
  });

  test('without asof in the URL the application time is the current time', async ({ page, browser }) => {
    // Example 1 applied "now" = 2026-11-28 09:00: full refund.
    await page.clock.install({ time: beijing('2026-11-28T09:00') });
    const p = new CalculatorPage(page);
    await p.open();
    await p.fill('paid', '2026-11-25T10:00');
    await p.fill('amount', '1200.00');
    await p.expectResult(EXAMPLES.full.expected);
    await expect.poll(() => inputKeysInUrl(page)).toContain('amount');
    expect(inputKeysInUrl(page)).not.toContain('asof');
    const url = page.url();

    // The same link opened on 2026-12-01 09:00: 6 days used (5 d 23 h rounded up) of 30,
    // 1200.00 × 24 ÷ 30 = 960.00 by negotiation.
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const later = new CalculatorPage(await context.newPage());
    await later.page.clock.install({ time: beijing('2026-12-01T09:00') });
    await later.page.goto(url);
    await later.ready();
    await later.expectResult({ verdict: 'negotiable', fen: 96000, deadline: '2026-11-30T10:00:00+08:00' });
    later.expectClean();
    await context.close();
    p.expectClean();
  });
});
