// The calculator embedded in a blog article with embed.js. The article
// (fixtures/host.html) is served from its own origin, http://localhost:<free port>, while the
// calculator is on E2E_BASE_URL (http://127.0.0.1:…): another port and another host name, as on
// a real blog. The article holds two widgets with different inputs.
import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { startHostServer } from '../fixtures/host-server.js';

const HEIGHT = 'refund-calculator:height';

// The calculator's site (SITE, with a trailing slash: the root of its host or a folder of it,
// per Playwright project) and the same site on the second origin.
let SITE, CALCULATOR, OTHER_SITE, OTHER_ORIGIN;
let host;
test.beforeAll(async () => {
  const project = test.info().project;
  SITE = project.use.baseURL;
  CALCULATOR = new URL(SITE).origin;
  OTHER_SITE = project.metadata.otherSite;
  OTHER_ORIGIN = new URL(OTHER_SITE).origin;
  host = await startHostServer(SITE.replace(/\/$/, ''));
});
test.afterAll(async () => {
  await host?.close();
});

/** Opens the article; resolves to its two widgets, each hydrated and reporting its height. */
async function openArticle(page, theme = '') {
  await page.goto(`${host.origin}/host.html${theme ? `?theme=${theme}` : ''}`);
  const iframes = page.locator('[data-refund-calculator] > iframe');
  await expect(iframes).toHaveCount(2);
  // Logs every message the article receives, with the data-name of the iframe it came from.
  // embed.js added its listener before it created the iframes, so this one runs after it: once
  // a message is logged, embed.js has handled it.
  await page.evaluate(() => {
    document.querySelectorAll('[data-refund-calculator] > iframe').forEach((f, i) => {
      f.dataset.name = 'ab'[i];
    });
    window.seen = [];
    addEventListener('message', (e) => {
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      const from = e.source === window ? 'article' : (frame?.dataset.name ?? null);
      window.seen.push({ origin: e.origin, from, type: e.data?.type, height: e.data?.height });
    });
  });
  const widgets = [];
  for (const i of [0, 1]) {
    const iframe = iframes.nth(i);
    // Off-screen cross-origin frames are not rendered, so they would not measure themselves.
    await iframe.scrollIntoViewIfNeeded();
    const inside = iframe.contentFrame();
    await expect(inside.locator('html[data-ready][data-auto-height]')).toHaveCount(1);
    widgets.push({ iframe, inside, html: inside.locator('html') });
  }
  return widgets;
}

/** The iframe is exactly as tall as its content, and the content is not cut off. */
async function expectFitted({ iframe, html }) {
  await iframe.scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        const content = await html.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
        return (await iframe.evaluate((f) => f.clientHeight)) - content;
      },
      { message: 'iframe height minus content height' },
    )
    .toBe(0);
  const overflow = await html.evaluate((el) => ({
    x: el.scrollWidth - innerWidth,
    y: el.scrollHeight - innerHeight,
  }));
  expect(overflow, 'content wider or taller than the iframe').toEqual({ x: 0, y: 0 });
  return iframe.evaluate((f) => f.clientHeight);
}

const styleHeight = (iframe) => iframe.evaluate((f) => f.style.height);

/** Waits until the article has received (and so embed.js has handled) a matching message. */
async function expectSeen(page, match) {
  await expect.poll(() => page.evaluate(() => window.seen)).toContainEqual(expect.objectContaining(match));
}

test('two widgets in an article: each renders its own case in its language, sized to fit', async ({ page }) => {
  const [a, b] = await openArticle(page);

  for (const [w, lang] of [[a, 'en'], [b, 'zh']]) {
    const src = new URL(await w.iframe.getAttribute('src'));
    expect(src.origin).toBe(CALCULATOR);
    expect(src.href.startsWith(SITE), 'embed.js finds the calculator beside itself').toBe(true);
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('origin')).toBe(host.origin);
    expect(src.searchParams.get('lang')).toBe(lang);
    await expect(w.iframe).toHaveAttribute('loading', 'lazy');
    await expect(w.iframe).toHaveAttribute('title', lang === 'en' ? /refund calculator/i : /退款计算器/);
    // Embedded mode: no page header and no guide; the guide is a link away, in a new tab.
    await expect(w.inside.getByTestId('lang-switch')).toBeHidden();
    await expect(w.inside.locator('h1')).toBeHidden();
    await expect(w.inside.getByTestId('guide')).toBeHidden();
    const how = w.inside.getByRole('link', { name: lang === 'en' ? 'How this works' : '规则说明' });
    await expect(how).toHaveAttribute('target', '_blank');
    await expect(how).toHaveAttribute('href', /#guide-article$/);
  }
  await expect(a.html).toHaveAttribute('lang', 'en');
  await expect(b.html).toHaveAttribute('lang', /^zh/);
  await expect(a.inside.getByTestId('result')).toHaveAttribute('data-verdict', 'full');
  await expect(a.inside.getByTestId('result')).toHaveAttribute('data-refund-fen', '120000');
  await expect(b.inside.getByTestId('result')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect(b.inside.getByTestId('result')).toHaveAttribute('data-reason', 'payg');

  // "Open the full page" carries the widget's inputs, not the embedding.
  const full = new URL(
    await a.inside.getByTestId('open-full-page').getAttribute('href'),
    await a.iframe.getAttribute('src'),
  );
  expect(`${full.origin}${full.pathname}`, 'the full page of the same site').toBe(`${SITE}en/`);
  expect(full.searchParams.get('amount')).toBe('1200.00');
  expect(full.searchParams.get('paid')).toBe('2026-11-25T10:00');
  expect(full.searchParams.get('lang')).toBe('en');
  expect(full.searchParams.has('embed')).toBe(false);
  expect(full.searchParams.has('origin')).toBe(false);

  await expectFitted(a);
  const bHeight = await expectFitted(b);
  const aFull = await styleHeight(a.iframe);

  // The result changes (full refund → not eligible): the iframe follows, the other one stays.
  await a.inside.getByTestId('input-billing-payg').check();
  await expect(a.inside.getByTestId('result')).toHaveAttribute('data-verdict', 'not-eligible');
  await expect.poll(() => styleHeight(a.iframe)).not.toBe(aFull);
  const aShort = await expectFitted(a);

  // Errors shown after "check" are a layout change too.
  await a.inside.getByTestId('input-amount').fill('abc');
  await a.inside.getByTestId('check').click();
  await expect(a.inside.getByTestId('error-summary')).toBeVisible();
  expect(await expectFitted(a)).not.toBe(aShort);

  expect(await expectFitted(b)).toBe(bHeight);
});

test('height messages from a wrong origin or a wrong iframe are ignored; no origin, no messages', async ({
  page,
}) => {
  const [a, b] = await openArticle(page);
  const before = [await expectFitted(a), await expectFitted(b)];
  const heightsNow = () => Promise.all([a, b].map((w) => w.iframe.evaluate((f) => f.clientHeight)));
  const spoof = { type: HEIGHT, height: 4321 };

  // 1. The article's own window (wrong origin, wrong source).
  await page.evaluate((msg) => postMessage(msg, '*'), spoof);
  await expectSeen(page, { origin: host.origin, from: 'article', height: 4321 });
  expect(await heightsNow()).toEqual(before);

  // 2. A calculator page the article framed by itself (right origin, wrong iframe). Its origin=
  //    is not a valid http(s) origin, so it must not report heights at all.
  await page.evaluate((src) => {
    const stray = document.createElement('iframe');
    stray.src = src;
    stray.dataset.name = 'stray';
    stray.style.height = '300px';
    document.body.prepend(stray);
  }, `${SITE}en/?embed=1&origin=${encodeURIComponent('javascript:alert(1)')}`);
  await page.evaluate(() => scrollTo(0, 0));
  const stray = page.locator('body > iframe').contentFrame().locator('html');
  await expect(stray).toHaveAttribute('data-ready', '');
  await expect(stray).not.toHaveAttribute('data-auto-height');
  await stray.evaluate(async (_, msg) => {
    // Two frames, so that any ResizeObserver report would already have been posted before this.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    parent.postMessage(msg, '*');
  }, spoof);
  await expectSeen(page, { origin: CALCULATOR, from: 'stray', height: 4321 });
  const fromStray = (await page.evaluate(() => window.seen)).filter((m) => m.from === 'stray');
  expect(fromStray, 'the calculator posted nothing without a valid origin').toHaveLength(1);
  expect(await heightsNow()).toEqual(before);

  // 3. Widget a's own iframe, navigated to another origin (right iframe, wrong origin).
  await a.html.evaluate((_, url) => {
    location.href = url;
  }, `${OTHER_SITE}en/`);
  await expect.poll(() => a.html.evaluate(() => location.origin)).toBe(OTHER_ORIGIN);
  await a.html.evaluate((_, msg) => parent.postMessage(msg, '*'), spoof);
  await expectSeen(page, { origin: OTHER_ORIGIN, from: 'a', height: 4321 });
  expect(await heightsNow()).toEqual(before);
});

test('height messages are sanity-checked and only move their own iframe', async ({ page }) => {
  const [a, b] = await openArticle(page);
  const aHeight = await expectFitted(a);
  const post = (msg) => b.html.evaluate((_, m) => parent.postMessage(m, '*'), msg);

  for (const [height, expected] of [
    [555.2, '556px'], // rounded up
    [5, '100px'], // clamped
    [1e9, '10000px'],
  ]) {
    await post({ type: HEIGHT, height });
    await expect.poll(() => styleHeight(b.iframe)).toBe(expected);
  }
  for (const junk of [
    { type: HEIGHT, height: '700' },
    { type: HEIGHT, height: Infinity },
    { type: HEIGHT, height: NaN },
    { type: 'something-else', height: 700 },
    '{"type":"refund-calculator:height","height":700}',
  ]) {
    await post(junk);
  }
  await expect.poll(() => page.evaluate(() => window.seen.length)).toBeGreaterThanOrEqual(8);
  expect(await styleHeight(b.iframe)).toBe('10000px');
  expect(await expectFitted(a)).toBe(aHeight);

  // The next real layout change in b brings it back to its content height. (Typed from inside
  // rather than with the mouse: a click into a 10000 px frame can land elsewhere while the
  // article reflows under load.)
  await b.inside.getByTestId('input-amount').evaluate((input) => {
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(b.inside.getByTestId('result')).toHaveCount(0);
  await expectFitted(b);
});

test('a host stylesheet that restyles body, button, input and iframe does not change the widget', async ({
  page,
}) => {
  const look = async (theme) => {
    const [a] = await openArticle(page, theme);
    await expectFitted(a);
    const frame = await a.iframe.evaluate((f) => {
      const s = getComputedStyle(f);
      return {
        display: s.display,
        border: s.borderTopWidth,
        padding: s.paddingTop,
        fillsWidth: f.getBoundingClientRect().width === f.parentElement.clientWidth,
      };
    });
    const inside = await a.html.evaluate((html) => {
      const pick = (sel, props) => {
        const s = getComputedStyle(document.querySelector(sel));
        return Object.fromEntries(props.map((p) => [p, s[p]]));
      };
      const text = ['color', 'backgroundColor', 'fontFamily', 'fontSize', 'fontStyle', 'lineHeight'];
      const box = ['width', 'height', 'paddingTop', 'borderTopWidth', 'borderTopStyle'];
      return {
        body: pick('body', text),
        button: pick('[data-testid="check"]', [...text, ...box]),
        input: pick('[data-testid="input-amount"]', [...text, ...box]),
        height: Math.ceil(html.getBoundingClientRect().height),
      };
    });
    return { frame, inside };
  };

  const plain = await look('');
  const hostile = await look('hostile');
  await expect(page.locator('body'), 'the hostile theme did apply to the article').toHaveCSS(
    'background-color',
    'rgb(255, 0, 255)',
  );
  expect(hostile.frame).toEqual({ display: 'block', border: '0px', padding: '0px', fillsWidth: true });
  expect(hostile).toEqual(plain);
});

test('embed.js is small and served as JavaScript', async ({ request }) => {
  const res = await request.get(`${SITE}embed.js`);
  expect(res.ok()).toBe(true);
  expect(res.headers()['content-type']).toMatch(/javascript/);
  expect(gzipSync(await res.body(), { level: 9 }).length).toBeLessThan(2048);
});

test.describe('before the app starts', () => {
  test.use({ javaScriptEnabled: false });

  test('a widget loaded at #calculator shows no page header or open guide', async ({ page }) => {
    await page.goto('./?embed=1#calculator');
    await expect(page.getByTestId('input-amount')).toBeVisible();
    await expect(page.locator('.page-header')).toBeHidden();
    await expect(page.getByTestId('guide')).toBeHidden();
    // The full page is unaffected.
    await page.goto('./');
    await expect(page.locator('.page-header')).toBeVisible();
    await expect(page.getByTestId('guide')).toBeVisible();
  });
});
