// axe-core finds no violation (all default rules: WCAG 2.x A/AA and best practices) in both
// languages, light and dark, at 1280 px and 375 px, on the empty form, each verdict (the
// negotiable one with its breakdown), and the error summary. Screenshots of each go to
// e2e/screenshots/.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CalculatorPage } from './page.js';
import { EXAMPLES, screenshot } from './helpers.js';

const STATES = {
  'empty-form': '',
  full: EXAMPLES.full.query,
  negotiable: EXAMPLES.negotiable.query,
  wait: EXAMPLES.wait.query,
  'not-eligible': EXAMPLES.payg.query,
  // Impossible billing, application before payment, 3 decimals: errors on load.
  errors: 'billing=monthly&paid=2026-11-25T10:00&asof=2026-11-24T10:00&amount=1.234',
};

/** The violations as short, readable lines (rule, impact, first targets), for the failure message. */
function describe(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const lang of ['zh', 'en']) {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const name = `${lang}-${colorScheme}-${width}`;
      test(`axe finds no violation: ${name}`, async ({ page }) => {
        test.setTimeout(120_000); // six pages, each scanned and photographed
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        const p = new CalculatorPage(page);
        for (const [state, query] of Object.entries(STATES)) {
          await p.open(query, lang === 'en' ? '/en/' : '/');
          if (state === 'errors') await expect(p.summary).toBeVisible();
          else if (state !== 'empty-form') await expect(p.result).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
          const { violations } = await new AxeBuilder({ page }).analyze();
          expect(describe(violations), `${state} ${name}`).toEqual([]);
          await screenshot(page, `${state}-${name}`);
        }
        p.expectClean();
      });
    }
  }
}
