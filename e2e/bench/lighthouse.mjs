// Lighthouse 12 through its node API, in Debian's headless Chromium, offline. Each page and preset
// is run a few times and the median run kept (Lighthouse's own computeMedianRun: the run nearest
// the median FCP and TTI), as Lighthouse recommends for variance.
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROME_PATH, isLocal, LOCALE, TIME_ZONE, visitorArgs } from './chromium.mjs';

export const LIGHTHOUSE_VERSION = createRequire(import.meta.url)('lighthouse/package.json').version;
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  tti: 'interactive',
  cls: 'cumulative-layout-shift',
};
// Lighthouse's default config is the mobile preset (simulated slow 4G and 4× CPU slowdown).
export const PRESETS = { desktop: desktopConfig, mobile: undefined };

/** Fails with a clear message when nothing answers at `url` (say, its server was stopped). */
async function assertServed(url) {
  const res = await fetch(url, { method: 'HEAD' }).catch((e) => e);
  if (res instanceof Response && res.ok) return;
  const why = res instanceof Response ? `HTTP ${res.status}` : (res.cause?.code ?? String(res));
  throw new Error(`${url} is not served (${why}); was its server stopped?`);
}

/** One Lighthouse run of `url` in a fresh Chromium, as `visitor`; returns the LHR. */
async function runOnce(url, config, categories, visitor) {
  await assertServed(url);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: visitorArgs(visitor.locale),
    envVars: { ...process.env, TZ: visitor.timeZone },
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
      config,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) {
      await assertServed(url);
      throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    return lhr;
  } finally {
    await chrome.kill();
  }
}

function scoredIds(lhr) {
  return new Set(
    Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)),
  );
}

/** The audits that cost points: scored (weight > 0) and below 1, biggest loss first. */
function losses(lhr) {
  const out = [];
  for (const category of Object.values(lhr.categories)) {
    const total = category.auditRefs.reduce((s, r) => s + r.weight, 0);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      out.push({
        category: category.id,
        audit: ref.id,
        score: audit.score,
        display: audit.displayValue ?? '',
        cost: ((1 - audit.score) * ref.weight) / total,
      });
    }
  }
  return out.sort((a, b) => b.cost - a.cost);
}

/**
 * Runs Lighthouse `runs` times on `url` with `preset` and summarises the median run: category
 * scores, metrics (ms; CLS unitless), audits that lost points, audits that errored, and every
 * request that was not local (which must be none).
 */
export async function lighthouseSummary(
  url,
  preset,
  { runs = 3, categories = CATEGORIES, visitor = { locale: LOCALE, timeZone: TIME_ZONE } } = {},
) {
  const lhrs = [];
  for (let i = 0; i < runs; i++) lhrs.push(await runOnce(url, PRESETS[preset], categories, visitor));
  const lhr = computeMedianRun(lhrs);
  const requests = lhrs.flatMap((r) => r.audits['network-requests']?.details?.items ?? []);
  return {
    url,
    finalUrl: lhr.finalDisplayedUrl,
    preset,
    runs,
    chromium: lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?',
    scores: Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? null])),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]),
    ),
    losses: losses(lhr),
    // Audits Lighthouse could not run, split by whether they count towards a category score.
    errored: Object.values(lhr.audits)
      .filter((a) => a.scoreDisplayMode === 'error')
      .map((a) => ({ id: a.id, scored: scoredIds(lhr).has(a.id), message: a.errorMessage ?? '' })),
    warnings: lhr.runWarnings,
    external: [...new Set(requests.map((r) => r.url).filter((u) => !isLocal(u)))],
  };
}
