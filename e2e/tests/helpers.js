// Shared data and small helpers for the e2e specs: the spec's public examples, Beijing-time
// instants for the fake clock, the screenshot folder, and checks used by several files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';

export const STORAGE_KEY = 'cloud-refund-calculator';
export const INPUT_KEYS = ['billing', 'paid', 'asof', 'months', 'amount', 'thirdparty', 'promo', 'requests'];

/** A Beijing wall-clock time `YYYY-MM-DDTHH:MM[:SS]` as a Date (for page.clock). */
export function beijing(local) {
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return new Date(`${withSeconds}+08:00`);
}

// The four public examples of article-rules.md, as URL queries, with the contract attributes
// the spec gives for them (`fen` is data-refund-fen).
const EXAMPLE_1 = {
  billing: 'subscription',
  paid: '2026-11-25T10:00',
  asof: '2026-11-28T09:00',
  months: '1',
  amount: '1200.00',
};
export const EXAMPLES = {
  full: {
    query: EXAMPLE_1,
    expected: { verdict: 'full', fen: 120000, deadline: '2026-11-30T10:00:00+08:00' },
  },
  negotiable: {
    query: { ...EXAMPLE_1, asof: '2026-11-30T10:00' },
    expected: { verdict: 'negotiable', fen: 100000, deadline: '2026-11-30T10:00:00+08:00' },
  },
  payg: {
    query: { ...EXAMPLE_1, billing: 'payg' },
    expected: { verdict: 'not-eligible', fen: 0, deadline: '2026-11-30T10:00:00+08:00', reason: 'payg' },
  },
  wait: {
    query: { billing: 'subscription', paid: '2026-11-29T10:00', asof: '2026-11-30T12:00', requests: '1', amount: '500.00' },
    expected: {
      verdict: 'wait',
      fen: 50000,
      deadline: '2026-12-04T10:00:00+08:00',
      earliest: '2026-12-01T00:00:00+08:00',
    },
  },
};

const SHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** Saves a full-page screenshot as e2e/screenshots/NAME.png (the folder is git-ignored). */
export async function screenshot(page, name) {
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOT_DIR, `${name}.png`), fullPage: true });
}

/** No summary and no inline message: the person has not asked yet. */
export async function expectNoErrorsShown(page) {
  await expect(page.getByTestId('error-summary')).toHaveCount(0);
  for (const key of INPUT_KEYS) await expect(page.getByTestId(`error-${key}`)).toHaveCount(0);
}

/** The calculator inputs present in the page's current URL. */
export function inputKeysInUrl(page) {
  const params = new URL(page.url()).searchParams;
  return INPUT_KEYS.filter((k) => params.has(k));
}

/** The result's contract attributes, to compare two pages. */
export async function resultAttributes(page) {
  const result = page.getByTestId('result');
  const names = ['data-verdict', 'data-refund-fen', 'data-deadline', 'data-earliest', 'data-reason'];
  const values = await Promise.all(names.map((n) => result.getAttribute(n)));
  return Object.fromEntries(names.map((n, i) => [n, values[i]]));
}
