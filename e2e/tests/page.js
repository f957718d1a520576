// Page object: every test reaches the page through these helpers and data-testid selectors.
import { expect } from '@playwright/test';

export class CalculatorPage {
  constructor(page) {
    this.page = page;
    this.consoleErrors = [];
    this.failedRequests = [];
    // A request the browser cuts off (net::ERR_ABORTED) because the tab is leaving its page is
    // not a failure of that page: the head script sends a visitor to the page in their language
    // before the first paint, and the browser may already be fetching the first page's files.
    // Such an abort is told by a navigation of the tab that started after the request was made.
    this.navigations = 0;
    this.navigationsBefore = new WeakMap();
    page.on('request', (r) => {
      this.navigationsBefore.set(r, this.navigations);
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) this.navigations += 1;
    });
    page.on('console', (m) => {
      // Playwright's own note where it blocks service workers (every spec but the offline ones,
      // see playwright.config.js): the page registered its worker, the test tool refused it.
      if (m.text() === 'Service Worker registration blocked by Playwright') return;
      if (m.type() === 'error' || m.type() === 'warning') this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText;
      const leaving = error === 'net::ERR_ABORTED' && this.navigations > this.navigationsBefore.get(r);
      if (!leaving) this.failedRequests.push(`${r.url()} ${error}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) this.failedRequests.push(`${r.url()} ${r.status()}`);
    });
  }

  /** Opens the page with a query (object or string) and waits until the app is interactive. */
  async open(query = '', path = './') {
    const qs = typeof query === 'string' ? query : new URLSearchParams(query).toString();
    await this.page.goto(`${path}${qs ? `?${qs}` : ''}`);
    await this.ready();
  }

  /** The app marks <html data-ready> once it has hydrated and read the URL. */
  async ready() {
    await expect(this.page.locator('html[data-ready]')).toHaveCount(1);
  }

  input(key) {
    return this.page.getByTestId(`input-${key}`);
  }

  async fill(key, value) {
    await this.input(key).fill(value);
  }

  async choose(key, value) {
    await this.page.getByTestId(`input-${key}-${value}`).check();
  }

  async check() {
    await this.page.getByTestId('check').click();
  }

  get result() {
    return this.page.getByTestId('result');
  }

  get summary() {
    return this.page.getByTestId('error-summary');
  }

  error(key) {
    return this.page.getByTestId(`error-${key}`);
  }

  async expectResult({ verdict, fen, deadline, earliest, reason }) {
    await expect(this.result).toHaveAttribute('data-verdict', verdict);
    if (fen !== undefined) await expect(this.result).toHaveAttribute('data-refund-fen', String(fen));
    if (deadline) await expect(this.result).toHaveAttribute('data-deadline', deadline);
    if (earliest) await expect(this.result).toHaveAttribute('data-earliest', earliest);
    if (reason) await expect(this.result).toHaveAttribute('data-reason', reason);
  }

  expectClean() {
    expect(this.consoleErrors, 'console errors').toEqual([]);
    expect(this.failedRequests, 'failed requests').toEqual([]);
  }
}
