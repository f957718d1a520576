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
