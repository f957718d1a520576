// The providers' own rules (shared/spec/official-rules.md) through the page: the public examples
// O1–O7 by link, the provider choice (fields, labels, inputs kept, guide), the compare block of
// the article profile, every guide section a result links to, axe in every profile, an unknown
// `policy`, and each guide read without JavaScript.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CalculatorPage } from './page.js';
import { screenshot } from './helpers.js';

const O1 = { policy: 'huawei', billing: 'subscription', paid: '2020-10-20T10:00', asof: '2020-10-22T10:00', months: '1', amount: '80.00', vouchers: '20.00' };
const O3 = { policy: 'tencent', billing: 'subscription', paid: '2026-11-25T23:50', asof: '2026-11-29T23:59', months: '12', amount: '407.96', vouchers: '100.00' };
const O5 = { policy: 'aliyun', billing: 'subscription', paid: '2026-11-25T10:00', asof: '2026-11-28T09:00', months: '1', amount: '1200.00', used: '1' };

// The spec's public examples with every contract attribute it gives.
const EXAMPLES = [
  ['O1', O1, { verdict: 'full', fen: '8000', vouchers: '2000', policy: 'huawei', deadline: '2020-10-25T10:00:00+08:00' }],
  ['O2', { policy: 'huawei', billing: 'subscription', paid: '2024-01-01T10:30', asof: '2024-01-15T18:40', months: '1', amount: '758.00' }, { verdict: 'partial', fen: '41400', vouchers: '0', policy: 'huawei', fee: 'unknown' }],
  ['O3', O3, { verdict: 'full', fen: '40796', vouchers: '0', policy: 'tencent', deadline: '2026-11-30T00:00:00+08:00' }],
  ['O4', { ...O3, asof: '2026-11-30T00:00' }, { verdict: 'partial', fen: '40237', vouchers: '0', policy: 'tencent' }],
  ['O5', O5, { verdict: 'partial', fen: '108228', vouchers: '0', policy: 'aliyun' }],
  ['O6', { ...O5, used: '0', promo: 'yes' }, { verdict: 'not-eligible', fen: '0', vouchers: '0', policy: 'aliyun', reason: 'promo' }],
  ['O7', { ...O1, promo: 'yes' }, { verdict: 'partial', fen: '7493', vouchers: '0', policy: 'huawei', fee: 'unknown' }],
];

for (const [name, query, want] of EXAMPLES) {
  test(`public example ${name} by link gives its contract attributes`, async ({ page }) => {
    const p = new CalculatorPage(page);
    await p.open(query);
    await expect(p.result).toHaveAttribute('data-verdict', want.verdict);
    await expect(p.result).toHaveAttribute('data-refund-fen', want.fen);
    await expect(p.result).toHaveAttribute('data-vouchers-fen', want.vouchers);
    await expect(p.result).toHaveAttribute('data-policy', want.policy);
    if (want.deadline) await expect(p.result).toHaveAttribute('data-deadline', want.deadline);
    if (want.reason) await expect(p.result).toHaveAttribute('data-reason', want.reason);
    else await expect(p.result).not.toHaveAttribute('data-reason', /./);
    if (want.fee) await expect(p.result).toHaveAttribute('data-fee', want.fee);
    else await expect(p.result).not.toHaveAttribute('data-fee', /./);
    // The guide beside the form is the chosen provider's.
    await expect(page.locator(`#guide-${want.policy}`)).toBeVisible();
    await expect(page.locator('#guide-article')).toBeHidden();
    p.expectClean();
  });
}

test('a Huawei partial result says "at most" and, before the number, that a fee still comes off', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open(EXAMPLES[1][1]);
  const fee = p.result.getByTestId('fee-note');
  await expect(fee).toContainText('手续费');
  await expect(fee.getByRole('link')).toHaveAttribute('href', /support\.huaweicloud\.com\/usermanual-billing\/zh-cn_topic_0083138805\.html/);
  const feeBox = await fee.boundingBox();
  const amountBox = await p.result.getByTestId('refund-amount').boundingBox();
  expect(feeBox.y, 'the fee note stands before the number').toBeLessThan(amountBox.y);
  await expect(p.result.locator('.amount-label')).toHaveText('最多可退（未扣退订手续费）');
  await expect(p.result.getByTestId('refund-amount')).toHaveText('¥414.00');
  await expect(p.result.getByTestId('formula')).toContainText('(758 − 344)');
  // No phone number is made up for Huawei.
  await expect(p.result.getByTestId('steps').locator('li')).toHaveCount(1);
  await screenshot(page, 'provider-huawei-partial-zh');
  p.expectClean();
});

test('choosing a provider keeps the inputs, shows its fields in its terms, and switches the guide', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open();
  await expect(page.locator('html')).toHaveAttribute('data-policy', 'article');
  await p.fill('paid', '2026-11-25T23:50');
  await p.fill('asof', '2026-11-29T23:59');
  await p.fill('amount', '407.96');
  await p.fill('months', '12');
  await p.fill('thirdparty', '5');
  await expect(p.input('vouchers')).toHaveCount(0);
  await expect(p.input('used')).toHaveCount(0);
  await expect(page.getByLabel('付款成功时间')).toBeVisible();

  await p.choose('policy', 'tencent');
  await expect(p.input('policy-tencent')).toBeChecked();
  await expect(p.result).toHaveAttribute('data-policy', 'tencent');
  await expect(p.result).toHaveAttribute('data-deadline', '2026-11-30T00:00:00+08:00');
  await expect(p.input('amount')).toHaveValue('407.96');
  await expect(p.input('paid')).toHaveValue('2026-11-25T23:50');
  await expect(page.getByLabel('发货成功时间')).toBeVisible();
  await expect(p.input('vouchers')).toBeVisible();
  await expect(p.input('used')).toBeVisible();
  await expect(p.input('thirdparty')).toHaveCount(0);
  await expect(p.input('requests')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-policy', 'tencent');
  await expect(page.locator('#guide-tencent')).toBeVisible();
  await expect(page.locator('#guide-article')).toBeHidden();
  await expect.poll(() => new URL(page.url()).searchParams.get('policy')).toBe('tencent');
  // The key Tencent does not read stays in the address, for a switch back.
  await expect.poll(() => new URL(page.url()).searchParams.get('thirdparty')).toBe('5');

  await p.choose('policy', 'huawei');
  await expect(page.getByLabel('开通时间')).toBeVisible();
  await expect(p.result).toHaveAttribute('data-policy', 'huawei');
  await p.choose('policy', 'article');
  await expect(p.input('thirdparty')).toHaveValue('5');
  await expect(p.result).toHaveAttribute('data-refund-fen', '40296');

  // A reload keeps the choice.
  await page.reload();
  await p.ready();
  await expect(p.input('policy-article')).toBeChecked();
  p.expectClean();
});

test('the English form names fields in the provider terms too', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open({ policy: 'huawei' }, 'en/');
  await expect(page.getByLabel('Activation time')).toBeVisible();
  await expect(page.getByLabel('Paid with vouchers or coupons (yuan)')).toBeVisible();
  await expect(page.getByText('at most 10 a year')).toBeVisible();
  // A link naming only the rules shows no errors: nothing was asked yet.
  await expect(p.summary).toHaveCount(0);
  p.expectClean();
});

test('the article result shows what Alibaba Cloud\'s official rules give, with a one-click switch', async ({ page }) => {
  const p = new CalculatorPage(page);
  const example1 = { billing: 'subscription', paid: '2026-11-25T10:00', asof: '2026-11-28T09:00', months: '1', amount: '1200.00' };
  await p.open(example1);
  await expect(p.result).toHaveAttribute('data-verdict', 'full');
  await expect(page.getByTestId('compare')).toHaveCount(0); // both give the full refund

  await p.fill('asof', '2026-11-30T10:00');
  await expect(p.result).toHaveAttribute('data-verdict', 'negotiable');
  const compare = page.getByTestId('compare');
  await expect(compare).toHaveAttribute('data-policy', 'aliyun');
  await expect(compare).toHaveAttribute('data-verdict', 'partial');
  await expect(compare).toHaveAttribute('data-refund-fen', '100381');
  await screenshot(page, 'provider-compare-zh');

  await page.getByTestId('compare-switch').click();
  await expect(p.result).toHaveAttribute('data-policy', 'aliyun');
  await expect(p.result).toHaveAttribute('data-verdict', 'partial');
  await expect(p.result).toHaveAttribute('data-refund-fen', '100381');
  await expect(p.input('amount')).toHaveValue('1200.00');
  await expect(p.input('policy-aliyun')).toBeChecked();
  await expect(page.getByTestId('compare')).toHaveCount(0);
  p.expectClean();
});

test('an unknown policy is an error at the provider choice, with no result', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open({ policy: 'azure', paid: '2026-11-25T10:00', amount: '1200' });
  await expect(p.error('policy')).toHaveText('错误：请选择规则来源');
  await expect(p.summary.getByRole('link', { name: '请选择规则来源' })).toHaveAttribute('href', '#field-policy');
  await expect(p.result).toHaveCount(0);
  await p.choose('policy', 'aliyun');
  await expect(p.result).toHaveAttribute('data-policy', 'aliyun');
  p.expectClean();
});

// Results that between them link every section a provider's result can point to.
const RESULTS = {
  full: { billing: 'subscription', paid: '2026-11-25T10:00', asof: '2026-11-26T10:00', months: '1', amount: '1200', vouchers: '100', promo: 'unsure' },
  quota: { billing: 'subscription', paid: '2026-11-25T10:00', asof: '2026-11-26T10:00', months: '1', amount: '1200', used: '10' },
  converted: { billing: 'converted', paid: '2026-11-25T10:00', asof: '2026-11-26T10:00', months: '1', amount: '1200' },
  late: { billing: 'subscription', paid: '2026-11-25T10:00', asof: '2026-12-05T10:00', months: '1', amount: '1200' },
  promo: { billing: 'subscription', paid: '2026-11-25T10:00', asof: '2026-11-26T10:00', months: '1', amount: '1200', promo: 'yes' },
  payg: { billing: 'payg', paid: '2026-11-25T10:00', asof: '2026-11-26T10:00', months: '1', amount: '1200' },
};

for (const policy of ['aliyun', 'tencent', 'huawei']) {
  test(`${policy}: every guide section a result links to is there, visible, and takes the focus`, async ({ page }) => {
    const p = new CalculatorPage(page);
    const linked = new Set();
    for (const query of Object.values(RESULTS)) {
      await p.open({ policy, ...query });
      await expect(p.result).toBeVisible();
      const hrefs = await p.result.locator('a.section-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) {
        expect(href).toMatch(new RegExp(`^#${policy}-`));
        const section = page.locator(href);
        await expect(section, href).toBeVisible();
        await expect(section.locator('h3')).toHaveText(
          await p.result.locator(`a.section-link[href="${href}"]`).first().evaluate((a) => a.textContent.replace(/^[^:：]*[:：]\s*/, '')),
        );
        linked.add(href);
      }
    }
    for (const topic of ['scope', 'time-limit', 'quota', 'promo', 'vouchers', 'partial', 'how-to-apply', 'notes']) {
      if (policy === 'tencent' && topic === 'notes') {
        // Tencent's page says nothing of invoices or renewals, so its results carry no notes
        // that need no input, and its rules take no third-party costs (docs/rules.md).
        expect(linked, 'no result links #tencent-notes').not.toContain('#tencent-notes');
      } else {
        expect(linked, `a result links #${policy}-${topic}`).toContain(`#${policy}-${topic}`);
      }
    }
    // Following one moves the focus there.
    await p.open({ policy, ...RESULTS.late });
    await p.result.locator(`a.section-link[href="#${policy}-partial"]`).first().click();
    await expect(page.locator(`#${policy}-partial`)).toBeFocused();
    p.expectClean();
  });
}

for (const lang of ['zh', 'en']) {
  test(`axe finds no violation in any profile (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const p = new CalculatorPage(page);
    for (const policy of ['aliyun', 'tencent', 'huawei']) {
      for (const [state, query] of [['partial', RESULTS.late], ['full', RESULTS.full]]) {
        await p.open({ policy, ...query }, lang === 'en' ? 'en/' : './');
        await expect(p.result).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`), `${policy} ${state}`).toEqual([]);
        await screenshot(page, `provider-${policy}-${state}-${lang}`);
      }
    }
    await p.open({ ...RESULTS.late }, lang === 'en' ? 'en/' : './');
    await expect(page.getByTestId('compare')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id), 'article with the compare block').toEqual([]);
    p.expectClean();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['zh', 'en']) {
    test(`every guide can be read (${lang})`, async ({ page }) => {
      const root = lang === 'en' ? 'en/' : './';
      await page.goto(root);
      await expect(page.locator('#guide-article')).toBeVisible();
      for (const policy of ['aliyun', 'tencent', 'huawei']) {
        await page.locator(`[data-guide-link="${policy}"]`).click();
        await expect(page.locator(`#guide-${policy}`)).toBeVisible();
        await expect(page.locator('#guide-article')).toBeHidden();
        for (const topic of ['readings', 'unknowns', 'sources']) {
          await expect(page.getByTestId(`guide-${policy}-${topic}`)).toBeVisible();
        }
      }
      // A section address shows its guide too.
      await page.goto(`${root}#tencent-quota`);
      await expect(page.getByTestId('guide-tencent-quota')).toBeVisible();
    });
  }
});
