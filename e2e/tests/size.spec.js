// Size of the release build. Sizes are deterministic for a given toolchain, so this is a plain
// assertion, not a timing. It measures exactly as `./run.sh bench` does (e2e/bench/sizes.mjs), and
// the limits are those of e2e/bench/limits.mjs (why each is what it is: docs/size.md).
import { test, expect } from '@playwright/test';
import { measureSizes, pageDownloads } from '../bench/sizes.mjs';
import { LIMITS } from '../bench/limits.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;

test('each page, and each wasm, stays within its gzip size limit', async () => {
  const sizes = await measureSizes(DIST);
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  expect(sizes.files.map((f) => f.file)).toEqual(
    expect.arrayContaining(['index.html', 'en/index.html', 'embed.js']),
  );
  const wasm = sizes.files.filter((f) => f.file.endsWith('.wasm'));
  expect(wasm.length, 'one wasm per page language').toBe(2);
  for (const f of wasm) {
    console.log(`${f.file}: ${kB(f.gzip)} (limit ${kB(LIMITS.wasmGzip)})`);
    expect(f.gzip, `${f.file} gzip bytes`).toBeLessThanOrEqual(LIMITS.wasmGzip);
  }
  const pages = await pageDownloads(DIST, sizes);
  expect(pages.map((p) => p.page).sort()).toEqual(['en/index.html', 'index.html']);
  for (const p of pages) {
    console.log(`${p.page} and what it loads: ${kB(p.gzip)} (limit ${kB(LIMITS.pageGzip)})`);
    // A page loads one wasm, its own language's.
    expect(p.files.filter((f) => f.endsWith('.wasm')), p.page).toHaveLength(1);
    expect(p.gzip, `${p.page} download gzip bytes`).toBeLessThanOrEqual(LIMITS.pageGzip);
  }
});
