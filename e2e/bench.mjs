// The benchmark behind `./run.sh bench` : not a test, a report. It prints, in one run,
// the sizes of dist/, Lighthouse 12 for the desktop and mobile presets, the static floor's FCP,
// load-to-interactive and input-to-result timed in the page, and the evaluate() time handed over by
// run.sh; then one summary of every figure against its target, saying by how much a miss misses.
//
// Usage: node e2e/bench.mjs BASE_URL [--dist dist] [--floor-port PORT] [--evaluate "LINE"]
//                                    [--lh-runs 3] [--loads 10] [--edits 50]
// BASE_URL serves dist/ (run.sh starts it); the floor is served on --floor-port (default: the
// base port + 1). Everything stays on loopback.
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALE, TIME_ZONE, VISITORS } from './bench/chromium.mjs';
import { startFloor } from './bench/floor.mjs';
import {
  CATEGORIES,
  lighthouseSummary,
  LIGHTHOUSE_VERSION,
  PRESETS,
} from './bench/lighthouse.mjs';
import { measureEdits, measureLoads } from './bench/page-timings.mjs';
import {
  bytes,
  check,
  kB,
  median,
  ms,
  percentile,
  score,
  section,
  table,
} from './bench/report.mjs';
import { measureSizes, pageDownloads } from './bench/sizes.mjs';
import { LIMITS } from './bench/limits.mjs';

// The targets, in one place; the size limits are shared with the size test. kB = 1000 bytes.
const TARGETS = {
  lighthouseScore: 0.98,
  cls: 0.02,
  fcpRatio: 1.1,
  readyMs: 300,
  editMs: 8,
  evaluateMicros: 1, // from crates/rules/benches/evaluate.rs
  pageGzip: LIMITS.pageGzip,
  wasmGzip: LIMITS.wasmGzip,
};

// The spec's public example 1: a subscription paid 2026-11-25T10:00, asked 2026-11-28T09:00,
// ¥1,200.00 → a full refund of 120000 fen, which the edits then change.
const EDIT_QUERY =
  '?billing=subscription&paid=2026-11-25T10%3A00&asof=2026-11-28T09%3A00&months=1&amount=1200.00&requests=0';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    'floor-port': { type: 'string' },
    evaluate: { type: 'string', default: '' },
    'lh-runs': { type: 'string', default: '3' },
    loads: { type: 'string', default: '10' },
    edits: { type: 'string', default: '50' },
  },
});
if (positionals.length !== 1) {
  console.error('usage: node e2e/bench.mjs BASE_URL [--dist dist] [--floor-port PORT] ...');
  process.exit(2);
}
const base = new URL(positionals[0]);
const oursUrl = new URL('/', base).href;
const distDir = resolve(opts.dist);
const floorPort = Number(opts['floor-port'] ?? Number(base.port) + 1);
const lhRuns = Number(opts['lh-runs']);
const loads = Number(opts.loads);
const edits = Number(opts.edits);

const progress = (msg) => console.error(`... ${msg}`);
const startedAt = Date.now();
const loadBefore = loadavg()[0];
// Each section is printed as soon as it is measured, so a failure later keeps what came before.
const print = (s) => console.log(s);

// ---- sizes ----
progress(`sizes of ${distDir}`);
const sizes = await measureSizes(distDir);
const wasm = sizes.files.filter((f) => f.file.endsWith('.wasm'));
const wasmGzip = Math.max(...wasm.map((f) => f.gzip));
const pages = await pageDownloads(distDir, sizes);
const pageGzip = Math.max(...pages.map((p) => p.gzip));
print(section(`Sizes of dist/ in bytes (gzip -9, brotli quality 11; kB = 1000 bytes)`));
print(
  table(
    ['file', 'raw', 'gzip', 'brotli'],
    [...sizes.files, sizes.total].map((f) => [f.file, bytes(f.raw), bytes(f.gzip), bytes(f.brotli)]),
  ),
);
print('\nWhat a visitor downloads for each page (the page and every file it loads):');
print(
  table(
    ['page', 'files', 'gzip', 'brotli'],
    pages.map((p) => [p.page, String(p.files.length), bytes(p.gzip), bytes(p.brotli)]),
  ),
);

const floor = await startFloor(distDir, floorPort);
try {
  // ---- Lighthouse, ours and the floor, both presets ----
  const lh = {};
  for (const preset of Object.keys(PRESETS)) {
    progress(`Lighthouse ${preset}, our page, ${lhRuns} runs`);
    const ours = await lighthouseSummary(oursUrl, preset, { runs: lhRuns });
    progress(`Lighthouse ${preset}, static floor, ${lhRuns} runs`);
    const flr = await lighthouseSummary(floor.url, preset, {
      runs: lhRuns,
      categories: ['performance'],
    });
    lh[preset] = { ours, floor: flr };
  }
  const anyLh = lh.desktop.ours;
  print(
    section(
      `Lighthouse ${LIGHTHOUSE_VERSION}, headless Chromium ${anyLh.chromium}, offline, ` +
        `simulated throttling, zh-CN, Asia/Shanghai, median run of ${lhRuns}`,
    ),
  );
  const lhRow = (preset, who, s) => [
    `${preset} ${who}`,
    ...CATEGORIES.map((c) => score(s.scores[c] ?? null)),
    ms(s.metrics.fcp),
    ms(s.metrics.lcp),
    ms(s.metrics.tbt),
    ms(s.metrics.tti),
    s.metrics.cls === null ? '—' : s.metrics.cls.toFixed(3),
  ];
  print(
    table(
      ['page', 'perf', 'a11y', 'best-pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'TTI', 'CLS'],
      Object.keys(PRESETS).flatMap((p) => [
        lhRow(p, 'ours', lh[p].ours),
        lhRow(p, 'floor', lh[p].floor),
      ]),
    ),
  );
  print(
    `floor: ${floor.url} = dist/index.html without scripts or script/wasm preloads, same CSS. ` +
      'Both are served by e2e/static-server.mjs, compressed (brotli) as a real host would.',
  );
  for (const p of Object.keys(PRESETS)) {
    const { losses, errored, warnings } = lh[p].ours;
    if (losses.length) {
      print(`${p}: audits that cost points (category points lost):`);
      for (const l of losses) {
        print(
          `  ${l.category} · ${l.audit}: score ${score(l.score)} ${l.display} (−${(l.cost * 100).toFixed(1)})`,
        );
      }
    }
    const unscored = errored.filter((e) => !e.scored).map((e) => e.id);
    if (unscored.length) print(`${p}: unscored audits that Lighthouse could not run: ${unscored.join(', ')}`);
    for (const e of errored.filter((e) => e.scored)) {
      print(`${p}: SCORED audit that Lighthouse could not run: ${e.id}: ${e.message}`);
    }
    for (const w of warnings) print(`${p}: Lighthouse warning: ${w}`);
  }

  // ---- Lighthouse as each visitor: their language and zone, both presets ----
  const visitors = [];
  for (const visitor of VISITORS) {
    const name = `${visitor.locale}, ${visitor.timeZone}`;
    const row = { name, presets: {} };
    for (const preset of Object.keys(PRESETS)) {
      const same = visitor.locale === LOCALE && visitor.timeZone === TIME_ZONE;
      if (same) {
        row.presets[preset] = lh[preset].ours;
        continue;
      }
      progress(`Lighthouse ${preset}, our page as a ${name} visitor, ${lhRuns} runs`);
      row.presets[preset] = await lighthouseSummary(oursUrl, preset, { runs: lhRuns, visitor });
    }
    visitors.push(row);
  }
  print(section(`Lighthouse per visitor (browser language, time zone), median run of ${lhRuns}`));
  print(
    table(
      ['visitor', 'preset', 'landed on', 'perf', 'a11y', 'best-pr.', 'SEO', 'FCP', 'CLS'],
      visitors.flatMap((v) =>
        Object.entries(v.presets).map(([p, s]) => [
          v.name,
          p,
          new URL(s.finalUrl ?? s.url).pathname,
          ...CATEGORIES.map((c) => score(s.scores[c] ?? null)),
          ms(s.metrics.fcp),
          s.metrics.cls === null ? '—' : s.metrics.cls.toFixed(3),
        ]),
      ),
    ),
  );

  // ---- in the page ----
  progress(`${loads} fresh loads each of our page and the floor (plus one warm-up each)`);
  const loadRuns = await measureLoads(oursUrl, floor.url, loads);
  progress(`${edits} edits of the amount`);
  const editRuns = await measureEdits(new URL(`/${EDIT_QUERY}`, base).href, edits);

  const ready = loadRuns.ours.map((r) => r.ready);
  const fcpOurs = loadRuns.ours.map((r) => r.fcp);
  const fcpFloor = loadRuns.floor.map((r) => r.fcp);
  const spread = (xs, d = 0) =>
    `median ${ms(median(xs), d)} (min ${ms(Math.min(...xs), d)}, p90 ${ms(percentile(xs, 90), d)}, max ${ms(Math.max(...xs), d)})`;
  print(section('Timed in the page (Playwright, headless Chromium, unthrottled, zh-CN, Asia/Shanghai)'));
  print(`loads of ${oursUrl} and of the floor, each in a fresh context, alternating, after one warm-up each`);
  print(`navigation → <html data-ready>, ${loads} fresh loads: ${spread(ready)}`);
  print(`first contentful paint, ours:  ${spread(fcpOurs)}`);
  print(`first contentful paint, floor: ${spread(fcpFloor)}`);
  print(`edits of the amount on /${EDIT_QUERY} (a full refund, so data-refund-fen = the amount in fen)`);
  print(`input event dispatched → data-refund-fen updated, ${edits} edits: ${spread(editRuns.times, 1)}`);
  print(opts.evaluate || 'evaluate(): not measured (run through ./run.sh bench)');

  // ---- summary ----
  const external = [
    ...new Set([
      ...Object.values(lh).flatMap((x) => [...x.ours.external, ...x.floor.external]),
      ...visitors.flatMap((v) => Object.values(v.presets).flatMap((s) => s.external)),
      ...loadRuns.external,
      ...editRuns.external,
    ]),
  ];
  const evaluateMicros = Number(opts.evaluate.match(/median ([\d.]+) µs/)?.[1] ?? NaN);
  const ratio = (a, b) => (a === null || b === null ? null : a / b);
  const times = (n) => `${n.toFixed(2)}×`;
  const rows = [
    ...Object.keys(PRESETS).flatMap((p) =>
      CATEGORIES.map((c) =>
        check({
          figure: `Lighthouse ${p} ${c}`,
          value: lh[p].ours.scores[c],
          kind: 'min',
          limit: TARGETS.lighthouseScore,
          fmt: score,
          target: `≥ ${score(TARGETS.lighthouseScore)}`,
        }),
      ),
    ),
    ...visitors.flatMap((v) =>
      Object.entries(v.presets).flatMap(([p, s]) => [
        check({
          figure: `${v.name}: Lighthouse ${p} performance`,
          value: s.scores.performance,
          kind: 'min',
          limit: TARGETS.lighthouseScore,
          fmt: score,
          target: `≥ ${score(TARGETS.lighthouseScore)}`,
        }),
        check({
          figure: `${v.name}: Lighthouse ${p} CLS`,
          value: s.metrics.cls,
          kind: 'max',
          limit: TARGETS.cls,
          fmt: (n) => n.toFixed(3),
          target: `≤ ${TARGETS.cls}`,
        }),
      ]),
    ),
    ...Object.keys(PRESETS).map((p) =>
      check({
        figure: `FCP ours / floor, Lighthouse ${p}`,
        value: ratio(lh[p].ours.metrics.fcp, lh[p].floor.metrics.fcp),
        kind: 'max',
        limit: TARGETS.fcpRatio,
        fmt: times,
        target: `≤ ${times(TARGETS.fcpRatio)}`,
      }),
    ),
    check({
      figure: `FCP ours / floor, in the page (medians)`,
      value: ratio(median(fcpOurs), median(fcpFloor)),
      kind: 'max',
      limit: TARGETS.fcpRatio,
      fmt: times,
      target: `≤ ${times(TARGETS.fcpRatio)}`,
    }),
    check({
      figure: `hydrated and interactive (median of ${loads})`,
      value: median(ready),
      kind: 'max',
      strict: true,
      limit: TARGETS.readyMs,
      fmt: (n) => ms(n),
      target: `< ${ms(TARGETS.readyMs)}`,
    }),
    check({
      figure: `input to updated result (median of ${edits})`,
      value: median(editRuns.times),
      kind: 'max',
      strict: true,
      limit: TARGETS.editMs,
      fmt: (n) => ms(n, 1),
      target: `< ${ms(TARGETS.editMs)}`,
    }),
    check({
      figure: 'evaluate() per call (median)',
      value: Number.isNaN(evaluateMicros) ? null : evaluateMicros,
      kind: 'max',
      strict: true,
      limit: TARGETS.evaluateMicros,
      fmt: (n) => `${n.toFixed(2)} µs`,
      target: `< ${TARGETS.evaluateMicros} µs`,
    }),
    check({
      figure: 'one page and what it loads, gzip (the larger)',
      value: pageGzip,
      kind: 'max',
      limit: TARGETS.pageGzip,
      fmt: kB,
      target: `≤ ${kB(TARGETS.pageGzip)}`,
    }),
    check({
      figure: 'wasm, gzip (the larger)',
      value: wasm.length ? wasmGzip : null,
      kind: 'max',
      limit: TARGETS.wasmGzip,
      fmt: kB,
      target: `≤ ${kB(TARGETS.wasmGzip)}`,
    }),
    check({
      figure: 'requests leaving loopback',
      value: external.length,
      kind: 'max',
      limit: 0,
      fmt: String,
      target: '0',
    }),
  ];
  if (external.length) print(`requests that left loopback: ${external.join(', ')}`);

  const loadAfter = loadavg()[0];
  print(section('Summary'));
  print(table(['figure', 'value', 'target', 'status'], rows.map((r) => [r.figure, r.value, r.target, r.status])));
  const cores = cpus().length;
  print(
    `\nmachine: ${cores} cores, 1-minute load average ${loadBefore.toFixed(1)} at the start and ` +
      `${loadAfter.toFixed(1)} at the end` +
      (Math.max(loadBefore, loadAfter) > cores
        ? ' — the machine was busy with other work, so the timings are pessimistic'
        : ''),
  );
  print(`bench took ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
  print(`${rows.filter((r) => r.met).length} of ${rows.length} targets met`);
} finally {
  await floor.stop();
}
