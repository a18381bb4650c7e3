/**
 * Playwright's `test` with a watched `page`: a test fails if a page it visited threw an
 * uncaught error or had something blocked by its Content Security Policy, whatever the test
 * itself checks (the engine tests do the same in Firefox and WebKit, e2e/engines/fixtures.ts).
 * The listener is in each page before its own scripts. What was heard is `pageProblems`: a
 * test that provokes a problem on purpose takes it from there (and checks it) before it ends.
 * Pages of contexts a test opens itself (`browser.newContext()`) are not watched.
 */
import { expect, test as base } from '@playwright/test';

const CSP_MARK = '[csp violation]';

export const test = base.extend<{ pageProblems: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: the list has none.
  pageProblems: async ({}, use) => use([]),
  page: async ({ page, pageProblems }, use) => {
    const where = () => new URL(page.url() || 'about:blank').pathname;
    page.on('pageerror', (error) => pageProblems.push(`page error on ${where()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.text().startsWith(CSP_MARK)) pageProblems.push(`CSP violation on ${where()}:${message.text().slice(CSP_MARK.length)}`);
    });
    await page.addInitScript((mark) => {
      document.addEventListener('securitypolicyviolation', (e) => console.info(`${mark} ${e.violatedDirective} ${e.blockedURI}`));
    }, CSP_MARK);
    await use(page);
    expect(pageProblems, 'page errors and CSP violations on the pages visited').toEqual([]);
  },
});

export { expect };
