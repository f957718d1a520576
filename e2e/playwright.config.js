// Playwright drives Debian's Chromium (never a downloaded browser) against dist/ served on
// loopback by ../run.sh. Screenshots of the key states go to e2e/screenshots/.
// Two projects: `root`, every spec against dist/ at the root of its host (E2E_BASE_URL, and
// E2E_OTHER_ORIGIN as a second origin); `sub-path`, the specs that reach the page through
// relative addresses against the same dist/ served under a folder (E2E_SUBPATH_URL, e.g.
// http://127.0.0.1:4512/a/b/refund/, and E2E_OTHER_SUBPATH_URL), run when that is set; `nginx`,
// the specs of the page, its build and its hosting against dist/ under a folder of Debian's
// nginx configured with docs/nginx.conf (E2E_NGINX_URL), run when that is set.
// Service workers are blocked except where hosting.spec.js tests them: a page served by its worker would
// escape the request routing other specs use to break the page on purpose.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const ROOT = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4510';
const OTHER = process.env.E2E_OTHER_ORIGIN ?? 'http://localhost:4511';
const SUB_PATH = process.env.E2E_SUBPATH_URL;
const OTHER_SUB_PATH = process.env.E2E_OTHER_SUBPATH_URL;
const NGINX = process.env.E2E_NGINX_URL;

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'root', use: { baseURL: `${new URL(ROOT).origin}/` }, metadata: { otherSite: `${new URL(OTHER).origin}/` } },
    ...(SUB_PATH
      ? [
          {
            name: 'sub-path',
            use: { baseURL: SUB_PATH },
            metadata: { otherSite: OTHER_SUB_PATH },
            testMatch: /\/(smoke|state|embed|providers|build|hosting)\.spec\.js$/,
          },
        ]
      : []),
    ...(NGINX
      ? [{ name: 'nginx', use: { baseURL: NGINX }, testMatch: /\/(smoke|state|build|hosting)\.spec\.js$/ }]
      : []),
  ],
  use: {
    serviceWorkers: 'block',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
});
