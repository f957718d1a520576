// Size of the release build. Sizes are deterministic for a given toolchain, so this is a plain
// assertion, not a timing. It measures exactly as `./run.sh bench` does (e2e/bench/sizes.mjs), and
// the limits are those of e2e/bench/limits.mjs (why each is what it is: docs/size.md).
import { test, expect } from '@playwright/test';
import { measureSizes } from '../bench/sizes.mjs';
import { LIMITS } from '../bench/limits.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;

test('the release dist/ stays within its gzip size limits', async () => {
  const { files, total } = await measureSizes(DIST);
  const wasm = files.filter((f) => f.file.endsWith('.wasm')).reduce((sum, f) => sum + f.gzip, 0);
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log(
    `dist gzip: total ${kB(total.gzip)} (limit ${kB(LIMITS.totalGzip)}), ` +
      `wasm ${kB(wasm)} (limit ${kB(LIMITS.wasmGzip)})`,
  );
  expect(files.map((f) => f.file)).toEqual(
    expect.arrayContaining(['index.html', 'en/index.html', 'embed.js']),
  );
  expect(wasm, 'wasm gzip bytes').toBeLessThanOrEqual(LIMITS.wasmGzip);
  expect(total.gzip, 'dist gzip bytes').toBeLessThanOrEqual(LIMITS.totalGzip);
});
