// What must never happen, whatever a person types or a link carries: shared by
// hostile.spec.js, csp.spec.js and faults.spec.js.
import { expect } from '@playwright/test';

/**
 * Starts watching `page` before its first script runs: CSP violation events (kept in the page as
 * window.__cspViolations, read by expectNothingInjected), console messages about the
 * Content-Security-Policy, every request, dialogs (alert(1) from an injected handler) and
 * uncaught errors. Call before the first navigation.
 */
export async function watch(page) {
  const seen = { requests: [], cspConsole: [], consoleErrors: [], dialogs: [], pageErrors: [] };
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('console', (m) => {
    if (/content.security.policy/i.test(m.text())) seen.cspConsole.push(m.text());
    if (m.type() === 'error') seen.consoleErrors.push(m.text());
  });
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  return seen;
}

/**
 * No markup from input in the DOM: no element kinds the page never renders itself (the payloads
 * use img and svg), no inline script, no on* attribute, window.__xss (set by the payloads) never
 * set, no CSP violation.
 */
export async function expectNothingInjected(page, why = '') {
  const found = await page.evaluate(() => ({
    foreign: [...document.querySelectorAll('img, svg, iframe, object, embed, math, video, audio')].map((e) =>
      e.outerHTML.slice(0, 80),
    ),
    inlineScripts: [...document.scripts].filter((s) => !s.src).map((s) => s.text.slice(0, 80)),
    handlers: [...document.querySelectorAll('*')].flatMap((e) =>
      [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`),
    ),
    xss: window.__xss ?? null,
    violations: window.__cspViolations ?? ['the CSP watcher is missing'],
  }));
  expect(found, `injected markup ${why}`).toEqual({ foreign: [], inlineScripts: [], handlers: [], xss: null, violations: [] });
}

/** The app is still alive: the failure notice stayed hidden and nothing was thrown or alerted. */
export async function expectAlive(page, seen) {
  await expect(page.locator('#fatal')).toBeHidden();
  expect(seen.pageErrors, 'uncaught errors').toEqual([]);
  expect(seen.dialogs, 'dialogs').toEqual([]);
}
