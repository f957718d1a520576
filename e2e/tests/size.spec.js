// Size of the release build (issue 5). Sizes are deterministic for a given toolchain, so this is a
// plain assertion, not a timing. It measures exactly as `./run.sh bench` does (e2e/bench/sizes.mjs:
// Node's zlib at level 9, which compresses the wasm about 4% less well than GNU `gzip -9`).
//
// Issue 5's budget is 120 kB gzip for all of dist/ and 100 kB for the wasm (kB = 1000 bytes). This
// build does not meet it: the README's "Size" section measures why (Yew 0.23 with hydration is
// 64.7 kB on its own) and what would. The enforced limits below are the current build plus a
// small margin, a guard against regressions. Lower them as the build shrinks; never raise them to
// make room.
import { test, expect } from '@playwright/test';
import { measureSizes } from '../bench/sizes.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const BUDGET = { total: 120_000, wasm: 100_000 };
const LIMIT = { total: 133_000, wasm: 116_000 };

test('the release dist/ stays within its gzip size limits', async () => {
  const { files, total } = await measureSizes(DIST);
  const wasm = files.filter((f) => f.file.endsWith('.wasm')).reduce((sum, f) => sum + f.gzip, 0);
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log(
    `dist gzip: total ${kB(total.gzip)} (budget ${kB(BUDGET.total)}), ` +
      `wasm ${kB(wasm)} (budget ${kB(BUDGET.wasm)})`,
  );
  expect(files.map((f) => f.file)).toEqual(
    expect.arrayContaining(['index.html', 'en/index.html', 'embed.js']),
  );
  expect(wasm, 'wasm gzip bytes').toBeLessThanOrEqual(LIMIT.wasm);
  expect(total.gzip, 'dist gzip bytes').toBeLessThanOrEqual(LIMIT.total);
});
