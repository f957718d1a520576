// What assistive-technology users meet beyond axe's rules: the live region, reflow with enlarged
// text, forced colours, the error summary, links with inputs, keyboard dates, language of each
// text run, landmarks, link names and announcements. Each test asserts the behaviour, not only
// the markup.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from './page.js';
import { EXAMPLES, screenshot } from './helpers.js';

/** Counts the changes of the live region's text from now on. */
async function watchLiveRegion(page) {
  await page.evaluate(() => {
    window.__said = [];
    const region = document.querySelector('[data-testid="live-result"]');
    new MutationObserver(() => window.__said.push(region.textContent)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return () => page.evaluate(() => window.__said);
}

test('the live region is in the accessibility tree before any result, and speaks once typing pauses', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open();
  const region = page.getByTestId('live-result');
  await expect(region).toHaveAttribute('role', 'status');
  await expect(region).toBeEmpty();
  // Rendered (not display:none) and exposed: a screen reader registers it on load.
  expect(await page.locator('.calculator').ariaSnapshot()).toContain('- status');
  await p.fill('paid', '2026-11-25T10:00');
  await p.fill('asof', '2026-11-28T09:00');
  await page.waitForTimeout(1300);
  const said = await watchLiveRegion(page);
  // "1200.00" key by key, quicker than the pause: one announcement, of the final amount.
  await p.input('amount').pressSequentially('1200.00', { delay: 60 });
  await expect(p.result).toHaveAttribute('data-refund-fen', '120000');
  // The one announcement comes a second after the last key; a busy machine may take longer, and
  // any announcement of an intermediate amount would make the list differ for good.
  await expect.poll(said, { timeout: 5_000 }).toEqual(['结果：可以全额退款，¥1,200.00。']);
  // "Check" speaks at once (the same words here, so the text does not change) and moves the focus.
  await p.check();
  await expect(p.result).toBeFocused();
  p.expectClean();
});

for (const [lang, root] of [['zh', '/'], ['en', '/en/']]) {
  test(`at 360 px with text at 200 %, nothing is wider than the screen (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const p = new CalculatorPage(page);
    for (const query of [
      { ...EXAMPLES.negotiable.query, thirdparty: '100', promo: 'unsure' },
      { policy: 'huawei', paid: '2024-01-01T10:30', asof: '2024-01-15T18:40', amount: '758.00', vouchers: '5' },
    ]) {
      await p.open(query, root);
      // Text at 200 %, as a browser's text size setting does (the page sizes text in rem).
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await expect(p.result).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${lang} ${query.policy ?? 'article'}`).toBeLessThanOrEqual(360);
      // No label or link is cut off: nothing inside the calculator overflows its box.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('.calculator label, .calculator a, .calculator legend, .guide a')]
          .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
          .map((el) => el.textContent.slice(0, 40)),
      );
      expect(clipped).toEqual([]);
    }
    await screenshot(page, `reflow-360-200pct-${lang}`);
    p.expectClean();
  });
}

test('under forced colours the guide section a reason leads to is marked by an outline', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const p = new CalculatorPage(page);
  await p.open(EXAMPLES.payg.query);
  await p.result.getByRole('link', { name: /哪些订单能退/ }).click();
  const section = page.getByTestId('guide-scope');
  await expect(section).toBeFocused();
  const mark = await section.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(mark.style).toBe('solid');
  expect(mark.width).toBeGreaterThanOrEqual(2);
  const other = await page.getByTestId('guide-time-limit').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(other).toBe('none');
  await screenshot(page, 'forced-colours-target');
  p.expectClean();
});

test('the error summary takes the focus after "check" and is no alert (read once, not twice)', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open();
  await p.fill('amount', '12.345');
  await p.check();
  await expect(p.summary).toBeFocused();
  await expect(p.summary).not.toHaveAttribute('role', /./);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(p.summary).toHaveAccessibleName('有问题需要处理');
  p.expectClean();
});

test('a link with inputs shows its answer at the top without moving the reader', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const p = new CalculatorPage(page);
  await p.open(EXAMPLES.full.query);
  await expect(p.result).toBeVisible();
  expect(await page.evaluate(() => scrollY)).toBe(0);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  const line = page.getByTestId('result-line');
  await expect(line).toBeInViewport();
  await expect(line).toContainText('可以全额退款，¥1,200.00');
  // "Check" still moves the focus to the result.
  await p.check();
  await expect(p.result).toBeFocused();
  p.expectClean();
});

test.describe('an English browser typing a date by keyboard', () => {
  test.use({ locale: 'en-US' });

  test('the date-time fields offer only the accepted years, so a typed year stops at four digits', async ({ page }) => {
    const p = new CalculatorPage(page);
    await p.open('', '/en/');
    for (const key of ['paid', 'asof']) {
      await expect(p.input(key)).toHaveAttribute('min', '2000-01-01T00:00');
      await expect(p.input(key)).toHaveAttribute('max', '2099-12-31T23:59');
    }
    await p.input('paid').click({ position: { x: 12, y: 12 } });
    await page.keyboard.type('11252026');
    await page.keyboard.type('1000');
    await page.keyboard.type('A');
    await expect(p.input('paid')).toHaveValue('2026-11-25T10:00');
    p.expectClean();
  });
});

/** Text runs of one script whose nearest `lang` is not the expected one. */
function misLabelled(page, { script, lang }) {
  return page.evaluate(
    ({ script, lang }) => {
      const pattern = script === 'cjk' ? /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/ : /[A-Za-z]*[a-z][A-Za-z]*[A-Za-z]/;
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('script, style, [hidden]') || !el.getClientRects().length) continue;
        // Web addresses shown as text are neither language.
        const text = n.textContent.replace(/https?:\/\/\S+|[\w.-]+\.(com|cn|html)\S*/g, '');
        if (!pattern.test(text)) continue;
        const nearest = el.closest('[lang]')?.getAttribute('lang') ?? '';
        if (!nearest.toLowerCase().startsWith(lang)) out.push(text.trim().slice(0, 60));
      }
      return out;
    },
    { script, lang },
  );
}

test('every run of the other language carries its lang: Chinese on /en/, English on /', async ({ page }) => {
  test.setTimeout(60_000);
  const p = new CalculatorPage(page);
  const states = [
    { ...EXAMPLES.full.query, thirdparty: '100' },
    { policy: 'tencent', paid: '2026-11-25T23:50', asof: '2026-12-05T23:59', months: '12', amount: '407.96', vouchers: '100' },
    { policy: 'huawei', paid: '2024-01-01T10:30', asof: '2024-01-15T18:40', amount: '758.00' },
    { policy: 'aliyun', paid: '2026-11-25T10:00', asof: '2026-11-28T09:00', amount: '1200', used: '1' },
  ];
  for (const query of states) {
    await p.open(query, '/en/');
    await expect(p.result).toBeVisible();
    expect(await misLabelled(page, { script: 'cjk', lang: 'zh' }), `/en/ ${query.policy ?? 'article'}`).toEqual([]);
    await p.open(query, '/');
    await expect(p.result).toBeVisible();
    expect(await misLabelled(page, { script: 'latin', lang: 'en' }), `/ ${query.policy ?? 'article'}`).toEqual([]);
  }
  p.expectClean();
});

test('landmarks are few and named; link names are unique and say when they open a new tab', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open({ ...EXAMPLES.negotiable.query, thirdparty: '100', promo: 'yes' });
  const snapshot = await page.locator('body').ariaSnapshot();
  const landmarks = snapshot.match(/^\s*- (banner|main|complementary|navigation|region|form|contentinfo|search)\b.*$/gm) ?? [];
  expect(landmarks.length, landmarks.join('\n')).toBeLessThanOrEqual(6);
  // The result's links into the guide each have their own name.
  const names = await p.result.locator('a.section-link').evaluateAll((as) => as.map((a) => a.textContent.trim()));
  expect(new Set(names).size).toBe(names.length);
  // No aria-label on an element without a role to carry it.
  expect(await page.locator('div[aria-label]:not([role]), span[aria-label]:not([role])').count()).toBe(0);
  // Every link that opens a new tab says so in its name.
  for (const link of await page.locator('a[target="_blank"]:visible').all()) {
    await expect(link).toHaveAccessibleName(/在新标签页打开|opens in a new tab/);
  }
  // "Now" says what it fills.
  await expect(page.getByTestId('now-button')).toHaveAccessibleName('把申请退款时间填为现在');
  p.expectClean();
});

test('a second copy and a reset are announced', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const p = new CalculatorPage(page);
  await p.open(EXAMPLES.full.query);
  const status = page.getByTestId('copy-status');
  await page.getByTestId('copy-result').click();
  await expect(status).toHaveText('已复制到剪贴板。');
  const first = await status.textContent();
  await page.getByTestId('copy-result').click();
  // The same words, but the text changes, so a screen reader says it again.
  await expect.poll(() => status.textContent()).not.toBe(first);
  await expect(status).toContainText('已复制到剪贴板。');
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('live-result')).toHaveText('已清空，可以重新填写。');
  p.expectClean();
});

test('the focus ring has two tones, the outer one the text colour (visible on any background)', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { outline: s.outlineColor, text: getComputedStyle(document.body).color, style: s.outlineStyle };
  });
  expect(ring.style).toBe('solid');
  expect(ring.outline).toBe(ring.text);
  p.expectClean();
});
