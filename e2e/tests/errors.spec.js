// The error-summary flow (GOV.UK pattern): nothing before the person asks; then a focused summary
// with one link per field in error, links that focus their field, inline messages that match,
// the typed values kept, and "Error:" in the document title. A URL with bad values does the same
// on load.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from './page.js';
import { expectNoErrorsShown, screenshot } from './helpers.js';

const LANGS = {
  zh: { path: '/', summaryTitle: '有问题需要处理', titlePrefix: '错误：', inlinePrefix: '错误：', pageTitle: '云服务器退款计算器' },
  en: { path: '/en/', summaryTitle: 'There is a problem', titlePrefix: 'Error: ', inlinePrefix: 'Error: ', pageTitle: 'Cloud Server Refund Calculator' },
};

/**
 * Checks the summary lists exactly `keys`, each link's text is the field's inline message, and
 * clicking the link focuses the field without adding a fragment to the URL.
 */
async function expectSummaryLinks(p, lang, keys) {
  const { page } = p;
  await expect(p.summary.getByRole('link')).toHaveCount(keys.length);
  for (const key of keys) {
    const link = p.summary.locator(`a[href="#field-${key}"]`);
    await expect(link).toHaveCount(1);
    const message = (await link.textContent()).trim();
    expect(message.length).toBeGreaterThan(6);
    await expect(p.error(key)).toHaveText(`${LANGS[lang].inlinePrefix}${message}`);
    await link.click();
    await expect(page.locator(`#field-${key}`)).toBeFocused();
    expect(page.url()).not.toContain('#');
  }
}

async function expectSummaryFocused(p) {
  await expect(p.summary).toBeVisible();
  await expect(p.summary).toBeFocused();
  expect(await p.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
}

/** A link that brought bad values shows its errors where the reader is: the summary is there,
 *  the line at the top says so, and neither the focus nor the scroll position moved. */
async function expectSummaryShownInPlace(p) {
  await expect(p.summary).toBeVisible();
  await expect(p.page.getByTestId('result-line')).toContainText(/请先处理下面列出的问题|Fix the problems listed below/);
  expect(await p.page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(await p.page.evaluate(() => scrollY)).toBe(0);
}

for (const lang of ['zh', 'en']) {
  const L = LANGS[lang];

  test(`${lang}: bad input and "check" give a focused summary with working links, values kept`, async ({ page }) => {
    const p = new CalculatorPage(page);
    await p.open('', L.path);
    // paid left empty (required), and three typed mistakes.
    await p.fill('amount', '12.345');
    await p.fill('months', '0');
    await p.fill('requests', '1.5');
    await expectNoErrorsShown(page);
    await expect(page).toHaveTitle(L.pageTitle);

    await p.check();
    await expectSummaryFocused(p);
    await expect(p.summary.getByRole('heading')).toHaveText(L.summaryTitle);
    await expect(p.result).toHaveCount(0);
    await expect(page).toHaveTitle(`${L.titlePrefix}${L.pageTitle}`);
    if (lang === 'en') await expect(p.error('amount')).toHaveText('Error: Amount paid can have at most 2 decimal places, like 123.45');
    if (lang === 'zh') await screenshot(page, 'error-summary');

    const keys = ['paid', 'months', 'amount', 'requests'];
    await expectSummaryLinks(p, lang, keys);
    for (const key of keys) await expect(p.input(key)).toHaveAttribute('aria-invalid', 'true');
    await expect(p.input('amount')).toHaveValue('12.345');
    await expect(p.input('months')).toHaveValue('0');
    await expect(p.input('requests')).toHaveValue('1.5');
    await expect(p.input('paid')).toHaveValue('');

    // Fixing every field replaces the summary with the result (example 2) and clears the title.
    await p.fill('paid', '2026-11-25T10:00');
    await p.fill('asof', '2026-11-30T10:00');
    await p.fill('amount', '1200');
    await p.fill('months', '1');
    await p.fill('requests', '0');
    await p.expectResult({ verdict: 'negotiable', fen: 100000 });
    await expectNoErrorsShown(page);
    await expect(page).toHaveTitle(L.pageTitle);
    p.expectClean();
  });
}

test('no errors show before the person asks, even after a reload', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open();
  await expectNoErrorsShown(page);
  await expect(page.getByTestId('result-pending')).toBeVisible();
  await p.fill('amount', 'abc');
  await expectNoErrorsShown(page);
  await p.fill('amount', '');
  // A reload of a page the person never asked about must not start with errors either.
  await page.reload();
  await p.ready();
  await expectNoErrorsShown(page);
  await expect(page.getByTestId('result-pending')).toBeVisible();
  p.expectClean();
});

test('a URL with bad values shows its errors on load, with the values in their fields', async ({ page }) => {
  const p = new CalculatorPage(page);
  // Unknown billing, application before payment, a negative amount, 61 months, an unknown key.
  await p.open('billing=monthly&paid=2026-11-25T10:00&asof=2026-11-24T10:00&amount=-5&months=61&colour=red');
  await expectSummaryShownInPlace(p);
  await expect(p.summary.getByRole('heading')).toHaveText('有问题需要处理');
  await expect(page).toHaveTitle('错误：云服务器退款计算器');
  await expect(p.result).toHaveCount(0);
  // The billing link lands on the group's first radio, which carries the id field-billing.
  await expectSummaryLinks(p, 'zh', ['billing', 'asof', 'months', 'amount']);
  // "asof before paid" is an error on asof, not a verdict.
  await expect(p.error('asof')).toHaveText('错误：申请退款时间必须等于或晚于付款成功时间');
  await expect(p.input('amount')).toHaveValue('-5');
  await expect(p.input('months')).toHaveValue('61');
  await expect(p.input('asof')).toHaveValue('2026-11-24T10:00');
  p.expectClean();
});

test('an impossible date from a URL stays visible in its field, reported like typed input', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open({ paid: '2026-02-30T10:00', asof: '2026-03-01T10:00', amount: '100' });
  await expectSummaryShownInPlace(p);
  await expect(p.error('paid')).toContainText('真实存在的日期');
  // The contract: invalid values from a URL are put in their fields.
  await expect(p.input('paid')).toHaveValue('2026-02-30T10:00');
  p.expectClean();
});
