// Hostile input through the URL and through typing. Each case gets its documented error
// (the error-KEY element and its message) or its documented normalisation (the result, the field's
// shown value); never a panic, never markup from input in the DOM. The same values, natively and
// per parser: tests/adversarial.rs.
//
// Links are grouped into rows, one hostile value per field, so that one page load checks up to
// eight cases; typed cases all run on one page.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from './page.js';
import { watch, expectNothingInjected, expectAlive } from './guards.js';

const IMG = '<img src=x onerror=alert(1)>';
const XSS_IMG = '<img src=x onerror="window.__xss=1">';
const SVG = '"><svg onload=alert(1)>';
const XSS_SVG = '"><svg onload="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';
const DIGITS_25 = '1234567890123456789012345';
const NINES = '9'.repeat(10_000);
const LONG_TEXT = `${XSS_IMG}中`.repeat(300); // > 10,000 characters, for typing
// 10,000 characters for links: values that stay 10 kB in the URL, since servers refuse much
// longer request lines (the test server, like Node's default, above 16 kB).
const TEN_K = 'x'.repeat(10_000);
const MAX_VALUE_CHARS = 200; // query.rs: longer linked values are cut to this

// A distinctive part of each message (src/i18n.rs), per language.
const MESSAGES = {
  en: {
    required: 'Enter the',
    'not-a-number': 'must be a number',
    negative: 'cannot be negative',
    'too-many-decimals': 'at most 2 decimal places',
    exponent: 'not as 1e3',
    'not-finite': 'must be an actual number',
    'too-small': 'or more',
    'too-large': 'or less',
    'not-whole-number': 'must be a whole number',
    'bad-date-format': 'as year-month-day hour:minute',
    'not-a-real-date': 'must be a real date and time',
    'year-out-of-range': 'must be between 2000 and 2099',
    'before-paid': 'must be the payment time or later',
    'in-future': 'cannot be later than now',
    'more-than-amount': 'cannot be more than the amount paid',
    'unknown-option': 'Select the',
  },
  zh: {
    required: '请填写',
    'not-a-number': '只能填数字',
    negative: '不能是负数',
    'bad-date-format': '请按 年-月-日 时:分 填写',
    'unknown-option': '请选择',
  },
};

const TEXT_FIELDS = ['paid', 'asof', 'amount', 'months', 'thirdparty', 'requests'];
const CHOICES = { billing: ['subscription', 'converted', 'payg'], promo: ['no', 'yes', 'unsure'] };
const DEFAULTS = { billing: 'subscription', months: '1', thirdparty: '0', promo: 'no', requests: '0', paid: '', asof: '', amount: '' };
const BASE = [['paid', '2026-11-25T10:00'], ['asof', '2026-11-28T09:00'], ['amount', '1200']];

/**
 * Link rows. `params` go first (the first value of a key wins, so they override BASE, which
 * follows); `raw` is a query given literally (broken encodings). `errors`: the error kind of each
 * field in error (every other field must show none). `result`: the result of a valid row.
 * `shows`: a field's shown value where it is not simply the value linked.
 */
const LINK_ROWS = [
  {
    name: 'signs, exponents, impossible dates',
    params: [['amount', '-1200'], ['months', '0'], ['requests', '1e9'], ['thirdparty', 'Infinity'], ['billing', 'weekly'], ['promo', IMG], ['paid', '2026-02-30T10:00'], ['asof', '2100-01-01T00:00']],
    errors: { amount: 'negative', months: 'too-small', requests: 'exponent', thirdparty: 'not-finite', billing: 'unknown-option', promo: 'unknown-option', paid: 'not-a-real-date', asof: 'year-out-of-range' },
  },
  {
    name: 'exponent, NaN, markup',
    params: [['amount', '1e9'], ['months', 'NaN'], ['requests', '-1'], ['thirdparty', SCRIPT], ['billing', SVG], ['promo', 'maybe'], ['paid', '2026-13-01T10:00'], ['asof', XSS_IMG]],
    errors: { amount: 'exponent', months: 'not-finite', requests: 'negative', thirdparty: 'not-a-number', billing: 'unknown-option', promo: 'unknown-option', paid: 'not-a-real-date', asof: 'bad-date-format' },
  },
  {
    name: 'NaN, fractions, 24:00, 10,000 characters',
    params: [['amount', 'NaN'], ['months', '1.5'], ['requests', '100'], ['thirdparty', '-1'], ['billing', '包年包月'], ['promo', TEN_K], ['paid', '2026-11-25T24:00'], ['asof', '2026-02-30T10:00']],
    errors: { amount: 'not-finite', months: 'not-whole-number', requests: 'too-large', thirdparty: 'negative', billing: 'unknown-option', promo: 'unknown-option', paid: 'not-a-real-date', asof: 'not-a-real-date' },
  },
  {
    name: 'Infinity, 25 digits, year 1999',
    params: [['amount', 'Infinity'], ['months', '61'], ['requests', SCRIPT], ['thirdparty', DIGITS_25], ['paid', '1999-12-31T23:59'], ['asof', XSS_SVG]],
    errors: { amount: 'not-finite', months: 'too-large', requests: 'not-a-number', thirdparty: 'too-large', paid: 'year-out-of-range', asof: 'bad-date-format' },
  },
  {
    name: '0x10, 10,000 digits, year 2100',
    params: [['amount', '0x10'], ['months', '0x10'], ['requests', 'Infinity'], ['thirdparty', NINES], ['paid', '2100-01-01T00:00'], ['asof', '2026-13-01T10:00']],
    errors: { amount: 'not-a-number', months: 'not-a-number', requests: 'not-finite', thirdparty: 'too-large', paid: 'year-out-of-range', asof: 'not-a-real-date' },
  },
  {
    name: '25-digit amount, full-width date',
    params: [['amount', DIGITS_25], ['months', '1e1'], ['requests', '1.5'], ['thirdparty', 'NaN'], ['paid', '２０２６-１１-２５T１０:００']],
    errors: { amount: 'too-large', months: 'exponent', requests: 'not-whole-number', thirdparty: 'not-finite', paid: 'bad-date-format' },
  },
  {
    name: 'markup, in Chinese (the default language)',
    lang: 'zh',
    params: [['amount', XSS_IMG], ['paid', XSS_SVG], ['months', '-1'], ['requests', '0x10']],
    errors: { amount: 'not-a-number', paid: 'bad-date-format', months: 'negative', requests: 'not-a-number' },
  },
  {
    name: 'empty and spaces only',
    params: [['amount', ''], ['paid', '   '], ['months', '  ']],
    errors: { amount: 'required', paid: 'required' },
    shows: { paid: '', months: '1' },
  },
  {
    name: '10,000 digits',
    params: [['amount', NINES]],
    errors: { amount: 'too-large' },
  },
  {
    name: '10,000 characters in a date',
    params: [['paid', TEN_K]],
    errors: { paid: 'bad-date-format' },
  },
  {
    name: 'application before payment, costs over the amount',
    params: [['asof', '2026-11-25T09:59'], ['thirdparty', '1200.01']],
    errors: { asof: 'before-paid', thirdparty: 'more-than-amount' },
  },
  {
    name: 'payment in the future, three decimals, minus zero',
    params: [['paid', '2099-01-01T00:00'], ['asof', ''], ['amount', '1200.001'], ['months', '-0']],
    errors: { paid: 'in-future', amount: 'too-many-decimals', months: 'negative' },
  },
  {
    name: 'zero, decimal comma, plus sign',
    params: [['amount', '0'], ['thirdparty', '12,00'], ['requests', '+1']],
    errors: { amount: 'too-small', thirdparty: 'not-a-number', requests: 'not-a-number' },
  },
  {
    name: 'broken percent-encoding is kept and reported',
    raw: 'amount=%zz&paid=2026-11-25T10%3&months=%E4%BD&requests=12%&thirdparty=%',
    errors: { amount: 'not-a-number', paid: 'bad-date-format', months: 'not-a-number', requests: 'not-a-number', thirdparty: 'not-a-number' },
    shows: { amount: '%zz', paid: '2026-11-25T10%3', months: '\uFFFD', requests: '12%', thirdparty: '%' },
  },
  {
    name: 'a key given twice: the first value wins',
    raw: 'amount=abc&amount=1200&AMOUNT=5',
    errors: { amount: 'not-a-number' },
    shows: { amount: 'abc' },
  },
  {
    name: 'full-width numbers are read, padded dates and options in any case are normalised',
    params: [['amount', '１，２００．５０'], ['thirdparty', '１００'], ['months', '１２'], ['paid', ' 2026-11-25 10:00 '], ['billing', ' CONVERTED '], ['promo', 'UNSURE'], ['requests', '  ']],
    result: { verdict: 'full', fen: 110050, deadline: '2026-11-30T10:00:00+08:00' },
    shows: { paid: '2026-11-25T10:00', billing: 'converted', promo: 'unsure', requests: '0' },
  },
  {
    name: 'unknown keys, a blank option, a hostile lang and seconds are ignored',
    raw: 'amount=1200&amount=5&AMOUNT=9&billing=&foo=bar&__proto__=x&x%3Cimg%3E=1&paid=2026-11-25T10%3A00%3A00',
    result: { verdict: 'full', fen: 120000, deadline: '2026-11-30T10:00:00+08:00' },
    shows: { amount: '1200', billing: 'subscription', paid: '2026-11-25T10:00' },
  },
  {
    name: 'a currency sign and thousands comma, a blank cost, an option in capitals',
    params: [['amount', '¥1,200'], ['thirdparty', ''], ['promo', 'Yes']],
    result: { verdict: 'full', fen: 120000 },
    shows: { thirdparty: '0', promo: 'yes' },
  },
  {
    name: 'a value over 200 characters is cut, then validated',
    raw: `amount=1${'+'.repeat(MAX_VALUE_CHARS)}x`,
    result: { verdict: 'full', fen: 100 },
    shows: { amount: `1${' '.repeat(MAX_VALUE_CHARS - 1)}` },
  },
];

function rowQuery(row) {
  const pairs = [...(row.params ?? []), ...BASE, ['lang', row.lang ?? 'en']];
  const encoded = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return row.raw ? `${row.raw}&${encoded}` : encoded;
}

/** What a field shows after the link: the value as linked (cut), or the default when blank. */
function shownValue(row, key) {
  if (row.shows && key in row.shows) return row.shows[key];
  const given = (row.params ?? []).find(([k]) => k === key);
  if (!given) return null; // from BASE or a raw query without `shows`: not checked here
  const value = [...given[1]].slice(0, MAX_VALUE_CHARS).join('');
  return value.trim() === '' ? DEFAULTS[key] : value;
}

/**
 * A datetime-local input cannot hold an impossible date (2026-02-30T10:00): the browser blanks
 * it, so such a value must be shown in a text input (calc_form.rs date_kind). That has its own
 * test below; the rows skip the "shows" check for these values so that they test the rest.
 */
const IMPOSSIBLE_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
function hiddenByDatetimeLocal(key, value) {
  return (key === 'paid' || key === 'asof') && IMPOSSIBLE_DATE.test(value) && !isRealDate(value);
}
function isRealDate(value) {
  const [y, mo, d, h, mi] = value.split(/[-T:]/).map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return h < 24 && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCMinutes() === mi;
}

async function expectErrors(p, errors, lang) {
  const messages = MESSAGES[lang];
  await expect(p.summary).toBeVisible();
  await expect(p.result).toHaveCount(0);
  for (const key of [...TEXT_FIELDS, ...Object.keys(CHOICES)]) {
    const kind = errors[key];
    if (!kind) {
      await expect.soft(p.error(key), `${key}: no error`).toHaveCount(0);
      continue;
    }
    await expect.soft(p.error(key), `${key}: ${kind}`).toContainText(messages[kind]);
    await expect.soft(p.summary.locator(`a[href="#field-${key}"]`), `${key} in the summary`).toHaveCount(1);
  }
}

async function expectShown(p, row) {
  for (const key of TEXT_FIELDS) {
    const want = shownValue(row, key);
    if (want === null || hiddenByDatetimeLocal(key, want)) continue;
    await expect.soft(p.input(key), `${key} shows what came`).toHaveValue(want);
  }
  for (const [key, options] of Object.entries(CHOICES)) {
    const want = shownValue(row, key);
    if (want === null) continue;
    for (const option of options) {
      const radio = p.page.getByTestId(`input-${key}-${option}`);
      await expect.soft(radio, `${key}=${option} checked?`).toBeChecked({ checked: option === want });
    }
  }
}

test('hostile links: each value gets its message or its normalisation', async ({ page }) => {
  test.setTimeout(60_000);
  const seen = await watch(page);
  const p = new CalculatorPage(page);
  let cases = 0;
  for (const row of LINK_ROWS) {
    await test.step(row.name, async () => {
      await p.open(rowQuery(row));
      if (row.errors) await expectErrors(p, row.errors, row.lang ?? 'en');
      if (row.result) {
        await expect(p.summary).toHaveCount(0);
        await p.expectResult(row.result);
      }
      await expectShown(p, row);
      await expectNothingInjected(page, row.name);
      await expectAlive(page, seen);
    });
    cases += Object.keys(row.errors ?? {}).length + Object.keys(row.shows ?? {}).length + (row.result ? 1 : 0);
  }
  expect(cases).toBeGreaterThanOrEqual(60);
  expect(seen.requests.filter((u) => new URL(u).pathname === '/x'), 'an injected <img src=x> loaded').toEqual([]);
});

test('a hostile lang is ignored: the browser language (zh-CN here) applies', async ({ page }) => {
  const seen = await watch(page);
  const p = new CalculatorPage(page);
  await p.open(`lang=${encodeURIComponent(SCRIPT)}&lang=en&amount=${encodeURIComponent(XSS_IMG)}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(p.error('amount')).toContainText(MESSAGES.zh['not-a-number']);
  await expectNothingInjected(page);
  await expectAlive(page, seen);
});

test('an impossible date from a link stays visible in its field', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open({ paid: '2026-02-30T10:00', amount: '1200', lang: 'en' });
  await expect(p.error('paid')).toContainText(MESSAGES.en['not-a-real-date']);
  await expect(p.input('paid')).toHaveValue('2026-02-30T10:00');
});

// A date field shows text while its value is not one a picker can hold (here: a link gave "abc").
// Typing a valid date in another spelling must not turn it into a picker that blanks the value.
test('a valid date typed in another spelling into a text date field stays visible', async ({ page }) => {
  const p = new CalculatorPage(page);
  await p.open({ paid: 'abc', asof: '2026-11-28T09:00', amount: '1200', lang: 'en' });
  await expect(p.input('paid')).toHaveAttribute('type', 'text');
  for (const typed of [' 2026-11-25 10:00 ', '2026-11-25t10:00']) {
    await p.fill('paid', typed);
    await p.expectResult({ verdict: 'full', fen: 120000 });
    await expect(p.input('paid'), JSON.stringify(typed)).toHaveValue(typed);
  }
});

// Typed cases: [field, value, expected]. Expected is { field: kind } for errors (asof for a
// payment typed after the application time) or { fen, verdict } for a result.
const TYPED = [
  ['amount', '', { amount: 'required' }],
  ['amount', '   ', { amount: 'required' }],
  ['amount', '１２００', { fen: 120000 }],
  ['amount', '１，２００．５０', { fen: 120050 }],
  ['amount', ' ￥1,200.5 元 ', { fen: 120050 }],
  ['amount', DIGITS_25, { amount: 'too-large' }],
  ['amount', '-1200', { amount: 'negative' }],
  ['amount', '1e9', { amount: 'exponent' }],
  ['amount', 'NaN', { amount: 'not-finite' }],
  ['amount', 'Infinity', { amount: 'not-finite' }],
  ['amount', '0x10', { amount: 'not-a-number' }],
  ['amount', IMG, { amount: 'not-a-number' }],
  ['amount', XSS_IMG, { amount: 'not-a-number' }],
  ['amount', SVG, { amount: 'not-a-number' }],
  ['amount', NINES, { amount: 'too-large' }],
  ['amount', '0', { amount: 'too-small' }],
  ['amount', '1200.001', { amount: 'too-many-decimals' }],
  ['thirdparty', '', { fen: 120000 }],
  ['thirdparty', '１００', { fen: 110000 }],
  ['thirdparty', '1200.01', { thirdparty: 'more-than-amount' }],
  ['thirdparty', '-1', { thirdparty: 'negative' }],
  ['thirdparty', SCRIPT, { thirdparty: 'not-a-number' }],
  ['thirdparty', 'Infinity', { thirdparty: 'not-finite' }],
  ['months', '', { fen: 120000 }],
  ['months', '１２', { fen: 120000 }],
  ['months', '0', { months: 'too-small' }],
  ['months', '61', { months: 'too-large' }],
  ['months', '1.5', { months: 'not-whole-number' }],
  ['months', 'NaN', { months: 'not-finite' }],
  ['months', '0x10', { months: 'not-a-number' }],
  ['months', LONG_TEXT, { months: 'not-a-number' }],
  ['requests', '', { fen: 120000 }],
  ['requests', '1', { verdict: 'wait', fen: 96000 }],
  ['requests', '100', { requests: 'too-large' }],
  ['requests', '-1', { requests: 'negative' }],
  ['requests', '1e9', { requests: 'exponent' }],
  ['requests', XSS_SVG, { requests: 'not-a-number' }],
  // Date fields are datetime-local pickers: only well-formed dates can be typed into them.
  ['paid', '', { paid: 'required' }],
  ['paid', '1999-12-31T23:59', { paid: 'year-out-of-range' }],
  ['paid', '2100-01-01T00:00', { paid: 'year-out-of-range' }],
  ['paid', '2026-11-28T09:01', { asof: 'before-paid' }],
  ['asof', '2026-11-25T09:59', { asof: 'before-paid' }],
  ['asof', '2100-01-01T00:00', { asof: 'year-out-of-range' }],
  ['asof', '', { fen: 120000 }],
];

test('hostile values typed into every field', async ({ page }) => {
  test.setTimeout(60_000);
  const seen = await watch(page);
  const p = new CalculatorPage(page);
  // "Now" is 2026-11-28 09:00 Beijing time, for the cases that leave the application time empty.
  await page.clock.setFixedTime(new Date('2026-11-28T01:00:00Z'));
  const base = Object.fromEntries(BASE);
  await p.open({ ...base, lang: 'en' });
  await p.expectResult({ verdict: 'full', fen: 120000 });
  for (const [key, value, expected] of TYPED) {
    const label = `${key}=${value.slice(0, 30)}${value.length > 30 ? `… (${value.length})` : ''}`;
    await test.step(label, async () => {
      await p.fill(key, value);
      await expect(p.input(key)).toHaveValue(value);
      // The address bar follows, so the typed value survives a reload or a crash.
      await expect.poll(() => new URL(page.url()).searchParams.get(key) ?? '', `${key} in the URL`).toBe(value);
      if ('fen' in expected) {
        await expect(p.summary).toHaveCount(0);
        await p.expectResult({ verdict: expected.verdict ?? 'full', fen: expected.fen });
      } else {
        await expectErrors(p, expected, 'en'); // shown at once: the page was opened by a link

      }
      await expectNothingInjected(page, label);
      await p.fill(key, base[key] ?? DEFAULTS[key]);
    });
  }
  await expectAlive(page, seen);
  await p.expectResult({ verdict: 'full', fen: 120000 });
});
