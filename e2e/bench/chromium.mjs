// One Chromium set-up for every measurement, so that Lighthouse, the load timings and the edits see
// the same browser: Debian's Chromium, headless, offline, and set up like the page's main audience:
// a Chinese-speaking browser on Beijing time. Lighthouse also runs as the other visitors of
// VISITORS (an English browser, and UTC), each with its own language and zone.
import { CHROMIUM_ARGS } from '../playwright.config.js';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const LOCALE = 'zh-CN';
export const TIME_ZONE = 'Asia/Shanghai';

// Any host name that would need DNS fails to resolve: nothing can leave the machine, even if a
// Chromium or Lighthouse feature tried to.
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

export const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, OFFLINE, `--accept-lang=${LOCALE}`];

/** The browsers' languages and zones measured: the page's languages × Beijing time and UTC. */
export const VISITORS = [
  { locale: 'zh-CN', timeZone: 'Asia/Shanghai' },
  { locale: 'zh-CN', timeZone: 'UTC' },
  { locale: 'en-US', timeZone: 'Asia/Shanghai' },
  { locale: 'en-US', timeZone: 'UTC' },
];

/** Chromium's flags for a visitor whose browser prefers `locale`. */
export function visitorArgs(locale) {
  return [...CHROMIUM_ARGS, OFFLINE, `--accept-lang=${locale}`, `--lang=${locale}`];
}

/** True for URLs that stay on this machine (loopback) or carry their own data. */
export function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  if (['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:'].includes(protocol)) return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}
