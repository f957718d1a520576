// Timings measured inside the page (performance.now(), MutationObserver, PerformanceObserver), with
// Playwright only opening pages and collecting the figures: nothing here polls or sleeps.
import { chromium } from '@playwright/test';
import { BENCH_CHROMIUM_ARGS, CHROME_PATH, isLocal, LOCALE, TIME_ZONE } from './chromium.mjs';

// Installed before any page script: records when <html data-ready> appears and when the first
// contentful paint happens, both on the page's clock (0 = start of the navigation).
function loadProbe() {
  const probe = { readyAt: null, fcpAt: null };
  window.__bench = probe;
  probe.ready = new Promise((resolve) => {
    // The document element may not exist yet, so watch the whole document.
    const observer = new MutationObserver(() => {
      if (document.documentElement?.hasAttribute('data-ready')) {
        probe.readyAt = performance.now();
        observer.disconnect();
        resolve(probe.readyAt);
      }
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  probe.fcp = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) resolve((probe.fcpAt = entry.startTime));
    }).observe({ type: 'paint', buffered: true });
  });
}

async function withBrowser(fn) {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: BENCH_CHROMIUM_ARGS });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/**
 * A fresh context (empty cache and storage). Requests that leave loopback go into `external`; page
 * errors into `errors`, which the caller checks, since a broken page gives meaningless timings.
 */
async function freshPage(browser, external, errors) {
  const context = await browser.newContext({ locale: LOCALE, timezoneId: TIME_ZONE });
  context.on('request', (r) => {
    if (!isLocal(r.url())) external.add(r.url());
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page };
}

function throwIfErrors(errors, what) {
  if (errors.length) throw new Error(`page errors during ${what}: ${errors.join('; ')}`);
}

async function loadOnce(browser, url, { hydrates }, external) {
  const errors = [];
  const { context, page } = await freshPage(browser, external, errors);
  try {
    await page.addInitScript(loadProbe);
    await page.goto(url, { waitUntil: 'commit' });
    const figures = await page.evaluate(async (hydrates) => {
      const { fcp, ready } = window.__bench;
      const done = Promise.all([fcp, hydrates ? ready : null]);
      const timeout = new Promise((_, reject) =>
        setTimeout(() => reject(new Error('no first paint or data-ready within 20 s')), 20_000),
      );
      const [fcpAt, readyAt] = await Promise.race([done, timeout]);
      return { fcp: fcpAt, ready: readyAt };
    }, hydrates);
    throwIfErrors(errors, `the load of ${url}`);
    return figures;
  } finally {
    await context.close();
  }
}

/**
 * `loads` fresh loads each of our page and of the floor, alternating so that both see the same
 * machine load, after one uncounted warm-up of each (the first page of a new browser is slow).
 * Returns per-load { fcp, ready } figures (ms from navigation start).
 */
export async function measureLoads(oursUrl, floorUrl, loads) {
  const external = new Set();
  const result = await withBrowser(async (browser) => {
    const ours = [];
    const floor = [];
    for (let i = -1; i < loads; i++) {
      const a = await loadOnce(browser, oursUrl, { hydrates: true }, external);
      const b = await loadOnce(browser, floorUrl, { hydrates: false }, external);
      if (i >= 0) {
        ours.push(a);
        floor.push(b);
      }
    }
    return { ours, floor };
  });
  return { ...result, external: [...external] };
}

// Runs in the page: `edits` edits of the amount field, each timed from just before the input event
// is dispatched to the mutation that puts the new amount into the result's data-refund-fen. Each
// edit starts from an idle page (after a frame and a task), so edits do not queue behind each other.
async function editLoop(edits) {
  const input = document.querySelector('[data-testid="input-amount"]');
  const fen = () => document.querySelector('[data-testid="result"]')?.getAttribute('data-refund-fen');
  const idle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const times = [];
  for (let i = 0; i < edits; i++) {
    await idle();
    // A full refund is the amount paid, so the expected data-refund-fen is the amount in fen.
    const expected = String(120000 + (i + 1) * 101);
    const updated = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`edit ${i}: data-refund-fen is ${fen()}, expected ${expected} after 2 s`));
      }, 2000);
      const observer = new MutationObserver(() => {
        if (fen() !== expected) return;
        const at = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve(at);
      });
      observer.observe(document.getElementById('app'), {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-refund-fen'],
      });
    });
    const value = (Number(expected) / 100).toFixed(2);
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
    times.push((await updated) - start);
  }
  return times;
}

/** Opens `url` (a valid full-refund case of ¥1,200.00), then times `edits` edits in the page. */
export async function measureEdits(url, edits) {
  const external = new Set();
  const errors = [];
  const times = await withBrowser(async (browser) => {
    const { context, page } = await freshPage(browser, external, errors);
    try {
      await page.goto(url);
      await page.locator('html[data-ready] [data-testid="result"][data-refund-fen="120000"]').waitFor();
      const times = await page.evaluate(editLoop, edits);
      throwIfErrors(errors, 'the edits');
      return times;
    } finally {
      await context.close();
    }
  });
  return { times, external: [...external] };
}
