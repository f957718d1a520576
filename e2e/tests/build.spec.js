// What the post-build step (crates/postbuild, docs/build.md) makes of trunk's output, read from
// the served HTML of both pages: the Content-Security-Policy first in <head>, the head script
// right after it, trunk's boot script moved into a file that waits for the first paint, and the
// boot script and the JS glue fetched at low priority while the wasm keeps its priority.
import { test, expect } from '@playwright/test';

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The attributes of an HTML start tag as a Map (names lower-cased, bare attributes as ''). */
function attributes(tag) {
  const attrs = new Map();
  for (const [, name, , value] of tag.matchAll(/\s([a-z-]+)(="([^"]*)")?/gi)) {
    attrs.set(name.toLowerCase(), value ?? '');
  }
  return attrs;
}

/** Every start tag `<NAME …>` of `html`, with its attributes. */
function tags(html, name) {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map(([tag]) => ({ tag, attrs: attributes(tag) }));
}

async function fetchText(request, url) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

// Every file is referred to relatively, so the site works at any path: from the root page as
// `./NAME`, from the English page one folder down as `../NAME`.
for (const [path, up] of [['./', '\\./'], ['en/', '\\.\\./']]) {
  test(`build: the head of ${path} is as the post-build step makes it`, async ({ request, baseURL }) => {
    const pageUrl = new URL(path, baseURL).href;
    const html = await fetchText(request, pageUrl);
    const head = html.slice(html.indexOf('<head>') + '<head>'.length, html.indexOf('</head>'));
    expect(html, 'no address from the root of the host').not.toMatch(/\s(href|src)="\//);

    // The policy first, then the head script, before anything else in <head>.
    const first = head.trimStart().match(/^<meta [^>]*>\s*<script [^>]*><\/script>/);
    expect(first, 'CSP meta, then a script, first in <head>').not.toBeNull();
    const [meta, route] = [tags(first[0], 'meta')[0], tags(first[0], 'script')[0]];
    expect(meta.attrs.get('http-equiv')).toBe('Content-Security-Policy');
    expect(meta.attrs.get('content')).toBe(CSP);
    expect(route.attrs.get('src')).toMatch(new RegExp(`^${up}route-[0-9a-f]{16}\\.js$`));
    expect([...route.attrs.keys()], 'the head script is a classic, blocking script').toEqual(['src']);
    expect(await fetchText(request, new URL(route.attrs.get('src'), pageUrl).href)).toContain('data-policy');
    expect(tags(html, 'meta').filter((m) => m.attrs.get('http-equiv') === 'Content-Security-Policy')).toHaveLength(1);

    // The boot script: one module, fetched at low priority, waiting for the first paint.
    const modules = tags(html, 'script').filter((s) => s.attrs.get('type') === 'module');
    expect(modules, 'one module script').toHaveLength(1);
    const boot = modules[0].attrs;
    expect(boot.get('fetchpriority'), 'the boot script at low priority').toBe('low');
    expect(boot.get('src')).toMatch(new RegExp(`^${up}boot-[0-9a-f]{16}\\.js$`));
    const bootJs = await fetchText(request, new URL(boot.get('src'), pageUrl).href);
    expect(bootJs, 'the boot script starts by waiting for an animation frame, at most 100 ms').toMatch(
      /^await new Promise\(\(?(\w+)\)?\s*=>\s*\{\s*requestAnimationFrame\(\(\)\s*=>\s*setTimeout\(\1\)\)\s*[;,]\s*setTimeout\(\1,\s*100\);?\s*\}\);/,
    );

    // The glue it imports is preloaded at low priority; the wasm preload keeps its priority.
    const preloads = tags(html, 'link').filter((l) => l.attrs.get('rel') === 'modulepreload');
    expect(preloads, 'one modulepreload: the JS glue').toHaveLength(1);
    const glue = preloads[0].attrs;
    expect(glue.get('fetchpriority'), 'the glue at low priority').toBe('low');
    // Each page loads the wasm of its own language: the English page the `-en-` one.
    expect(glue.get('href')).toMatch(
      new RegExp(`^${up}cloud-refund-calculator-${path === 'en/' ? 'en-' : ''}[0-9a-f]+\\.js$`),
    );
    // The boot script is a file at the site's root: it imports the glue beside it, and finds the
    // wasm beside itself too (not beside the page, which may be a folder down).
    const glueName = glue.get('href').replace(/^(\.\.?\/)/, '');
    expect(bootJs, 'the boot script imports the preloaded glue').toMatch(new RegExp(`from\\s*["']\\./${glueName}["']`));
    expect(bootJs, 'the wasm is found beside the boot script').toMatch(
      /module_or_path:\s*new URL\(["']\.\/cloud-refund-calculator-(en-)?[0-9a-f]+_bg\.wasm["'],\s*import\.meta\.url\)/,
    );
    await fetchText(request, new URL(glue.get('href'), pageUrl).href);
    const wasm = tags(html, 'link').filter((l) => l.attrs.get('rel') === 'preload' && /_bg\.wasm$/.test(l.attrs.get('href')));
    expect(wasm, 'one wasm preload').toHaveLength(1);
    expect(wasm[0].attrs.has('fetchpriority'), 'the wasm preload at its default priority').toBe(false);
    expect(wasm[0].attrs.get('href'), 'the wasm of the same build as the glue').toBe(glue.get('href').replace(/\.js$/, '_bg.wasm'));
    expect(bootJs, 'the boot script starts that wasm').toContain(wasm[0].attrs.get('href').replace(/^(\.\.?\/)/, ''));
  });
}
