import { test, expect } from '@playwright/test';
import { CalculatorPage } from './page.js';

test('the page loads with no console error and no failed request', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open();
  await expect(page.locator('h1')).toHaveText('云服务器退款计算器');
  await expect(page.getByTestId('guide')).toBeVisible();
  p.expectClean();
});

test('a link with valid inputs shows its result on load (public example 1)', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open({ billing: 'subscription', paid: '2026-11-25T10:00', asof: '2026-11-28T09:00', months: '1', amount: '1200.00' });
  await p.expectResult({ verdict: 'full', fen: 120000, deadline: '2026-11-30T10:00:00+08:00' });
  p.expectClean();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered guide and form are readable', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('h1')).toHaveText('云服务器退款计算器');
    await expect(page.getByTestId('guide-time-limit')).toContainText('120');
    await expect(page.getByTestId('input-amount')).toBeVisible();
    await expect(page.getByLabel('实付金额(元)')).toBeVisible();
    await page.goto('en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('guide-how-to-apply')).toContainText('400-871-9366');
  });
});

test('hydration takes over the prerendered page without rebuilding it', async ({ page }) => {
  const p = new CalculatorPage(page);
  // Mark a prerendered node before the wasm runs: hydration must adopt it, not replace it.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.querySelector('h1').dataset.prerendered = 'yes';
    });
  });
  await p.open();
  await expect(page.locator('h1')).toHaveAttribute('data-prerendered', 'yes');
  await p.fill('amount', '1200');
  await p.fill('paid', '2026-11-25T10:00');
  await p.fill('asof', '2026-11-28T09:00');
  await p.expectResult({ verdict: 'full', fen: 120000 });
  p.expectClean();
});
