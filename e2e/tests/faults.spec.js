// No fault loses what the person typed. Bad or unusable storage is ignored silently (the
// page uses its defaults or the URL), and a panic in the wasm leaves a short notice with a reload
// link that brings the inputs back from the URL.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from './page.js';
import { watch, expectNothingInjected, expectAlive } from './guards.js';

const KEY = 'cloud-refund-calculator'; // src/state.rs STORAGE_KEY
const INPUTS = { paid: '2026-11-25T10:00', asof: '2026-11-28T09:00', amount: '1200' };

/** Puts `value` under the app's storage key before the page's scripts run (first load only). */
async function seedStorage(page, value) {
  await page.addInitScript(
    ([key, v]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, v);
    },
    [KEY, value],
  );
}

async function fillInputs(p) {
  for (const [key, value] of Object.entries(INPUTS)) await p.fill(key, value);
}

/** The page is usable and quiet: defaults in the form, no error shown, nothing logged. */
async function expectQuietDefaults(p, seen) {
  await expect(p.input('amount')).toHaveValue('');
  await expect(p.input('paid')).toHaveValue('');
  await expect(p.input('months')).toHaveValue('1');
  await expect(p.page.getByTestId('input-billing-subscription')).toBeChecked();
  await expect(p.page.getByTestId('result-pending')).toBeVisible();
  await expect(p.summary).toHaveCount(0);
  await expect(p.page.locator('.error-message')).toHaveCount(0);
  await expectAlive(p.page, seen);
  expect(seen.consoleErrors, 'console errors').toEqual([]);
}

// What the page stores (src/state.rs): its own URL query behind a version prefix, `v1?…`.
// Anything else under the key is ignored: the form starts from its defaults.
const IGNORED_STORAGE = [
  ['corrupted JSON', '{"version":1,"raw":{"amount":"12'],
  ['the older JSON format', '{"version":1,"raw":{"amount":"999","paid":"2026-11-25T10:00"},"lang":"en"}'],
  ['an older version', 'v0?amount=999&lang=en'],
  ['a future version', 'v2?amount=999&lang=en'],
  ['a query without its version', 'amount=999&lang=en'],
  ['a number', '42'],
  ['a boolean', 'true'],
  ['JSON null', 'null'],
  ['an object turned into a string', '[object Object]'],
  ['an empty string', ''],
  ['markup', '<img src=x onerror="window.__xss=1">'],
];

for (const [name, stored] of IGNORED_STORAGE) {
  test(`storage holding ${name} is ignored silently`, async ({ page }) => {
    const seen = await watch(page);
    await seedStorage(page, stored);
    const p = new CalculatorPage(page);
    await p.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expectQuietDefaults(p, seen);
    // The page still works, and stores a good copy over the bad one.
    await fillInputs(p);
    await p.expectResult({ verdict: 'full', fen: 120000 });
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), KEY))
      .toMatch(/^v1\?(.*&)?amount=1200(&|$)/);
    await expectNothingInjected(page);
  });
}

// Control for the table above: a good copy is restored, so "defaults" there means "ignored".
test('storage holding the current format is restored', async ({ page }) => {
  const seen = await watch(page);
  await seedStorage(page, `v1?${new URLSearchParams({ ...INPUTS, lang: 'en' })}`);
  const p = new CalculatorPage(page);
  await p.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(p.input('amount')).toHaveValue('1200');
  await p.expectResult({ verdict: 'full', fen: 120000 });
  await expectAlive(page, seen);
});

// Values of the wrong kind inside the current format are restored like typed input: shown as
// text, reported only once the person asks, never run as markup.
test('stored values of the wrong kind come back as text, with no error until asked', async ({ page }) => {
  const seen = await watch(page);
  const xss = '<img src=x onerror="window.__xss=1">';
  const svg = '"><svg onload="window.__xss=1">';
  const stored = new URLSearchParams({ amount: xss, paid: svg, months: 'true', billing: '5', promo: '[object Object]', lang: 'fr' });
  await seedStorage(page, `v1?${stored}`);
  const p = new CalculatorPage(page);
  await p.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN'); // fr is unknown: the browser's
  await expect(p.input('amount')).toHaveValue(xss);
  await expect(p.input('paid')).toHaveValue(svg);
  await expect(p.input('months')).toHaveValue('true');
  await expect(page.locator('input[name="billing"]:checked')).toHaveCount(0);
  await expect(p.summary).toHaveCount(0);
  await expect(page.locator('.error-message')).toHaveCount(0);
  expect(seen.consoleErrors).toEqual([]);
  await p.check();
  await expect(p.error('amount')).toContainText('只能填数字');
  await expect(p.error('billing')).toContainText('请选择');
  await expectNothingInjected(page);
  await expectAlive(page, seen);
});

test('a 1 MB stored value is cut like a linked one and the page stays quiet', async ({ page }) => {
  const seen = await watch(page);
  await seedStorage(page, `v1?amount=${'9'.repeat(1_000_000)}`);
  const p = new CalculatorPage(page);
  await p.open();
  await expect(p.input('amount')).toHaveValue('9'.repeat(200));
  await expect(p.summary).toHaveCount(0);
  await expectAlive(page, seen);
  expect(seen.consoleErrors).toEqual([]);
});

test('storage holding corrupted data does not stand in the way of a link', async ({ page }) => {
  const seen = await watch(page);
  await seedStorage(page, 'v1?amount=%zz&billing=%');
  const p = new CalculatorPage(page);
  await p.open({ ...INPUTS, lang: 'en' });
  await p.expectResult({ verdict: 'full', fen: 120000 });
  await expectAlive(page, seen);
  expect(seen.consoleErrors).toEqual([]);
});

// Storage that cannot be used at all. Each init script runs before the app's first read.
const UNUSABLE_STORAGE = {
  'storage disabled (localStorage throws SecurityError)': () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  },
  'every storage method throwing': () => {
    for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
      Storage.prototype[method] = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
    }
  },
  'storage full (setItem throws QuotaExceededError)': () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
};

for (const [name, breakStorage] of Object.entries(UNUSABLE_STORAGE)) {
  test(`${name}: the page works, quietly, and the URL keeps the inputs`, async ({ page }) => {
    const seen = await watch(page);
    await page.addInitScript(breakStorage);
    const p = new CalculatorPage(page);
    await p.open();
    await expectQuietDefaults(p, seen);
    await fillInputs(p);
    await p.expectResult({ verdict: 'full', fen: 120000 });
    await page.getByTestId('reset').click(); // reset also removes the stored copy
    await expect(p.input('amount')).toHaveValue('');
    await fillInputs(p);
    await p.expectResult({ verdict: 'full', fen: 120000 });
    // Nothing could be stored, so a reload restores the inputs from the URL alone.
    await page.reload();
    await p.ready();
    await expect(p.input('amount')).toHaveValue('1200');
    await p.expectResult({ verdict: 'full', fen: 120000 });
    await expectAlive(page, seen);
    expect(seen.consoleErrors, 'console errors').toEqual([]);
  });
}

test('a panic leaves a notice with a reload link, and the reload restores the inputs', async ({ page }) => {
  const seen = await watch(page);
  const p = new CalculatorPage(page);
  await p.open('', '/en/');
  await fillInputs(p);
  await p.fill('months', '12');
  await p.choose('promo', 'unsure');
  await p.expectResult({ verdict: 'full', fen: 120000 });
  await expect(page.locator('#fatal')).toBeHidden();

  // The panic unwinds into the caller as a wasm trap (the release build aborts on panic).
  const trap = await page.evaluate(() => window.wasmBindings.simulate_fault()).then(
    () => 'returned',
    (e) => String(e),
  );
  expect(trap, 'the fault reached the wasm').toMatch(/unreachable|RuntimeError/);

  const notice = page.locator('#fatal');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('Something went wrong');
  const reload = page.locator('#fatal-reload');
  const href = await reload.getAttribute('href');
  const kept = new URL(href, page.url()).searchParams;
  expect(Object.fromEntries(kept)).toMatchObject({ ...INPUTS, months: '12', promo: 'unsure', lang: 'en' });
  expect(seen.consoleErrors.join('\n'), 'the panic message is logged').toContain('simulated fault');

  await reload.click();
  await p.ready();
  await expect(notice).toBeHidden();
  for (const [key, value] of Object.entries({ ...INPUTS, months: '12' })) await expect(p.input(key)).toHaveValue(value);
  await expect(page.getByTestId('input-promo-unsure')).toBeChecked();
  await p.expectResult({ verdict: 'full', fen: 120000 });
});
