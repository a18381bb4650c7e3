/**
 * The engine tests' fixtures: each worker starts one engine (the project's `engine` option)
 * and serves the built site watched (site.ts); each test gets a new tab in a new session or
 * context, with no state of another test, and fails if any page it visited reported an
 * error, a rejected promise, a `console.error` or a CSP violation, or (Firefox) the browser
 * logged an error in its console.
 */
import { expect, test as base } from '@playwright/test';
import { launch, type Engine, type EngineName, type EnginePage } from './drivers.ts';
import { serveWatched, type WatchedSite } from './site.ts';

export const test = base.extend<
  { ui: EnginePage; at: (path: string) => string },
  { engine: EngineName; browserEngine: Engine; site: WatchedSite }
>({
  engine: ['firefox', { option: true, scope: 'worker' }],
  browserEngine: [
    async ({ engine }, use) => {
      const browserEngine = await launch(engine);
      await use(browserEngine);
      await browserEngine.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  site: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: the server has none.
    async ({}, use) => {
      const site = await serveWatched();
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  at: async ({ site }, use) => use((path: string) => new URL(path, site.origin).href),
  ui: async ({ browserEngine, site }, use) => {
    await site.take();
    site.mark();
    const ui = await browserEngine.newPage();
    await use(ui);
    const logged = ui.consoleErrors();
    await ui.close();
    expect(await site.take(), 'errors, rejections, console errors and CSP violations reported by the pages visited').toEqual([]);
    expect(logged, "errors in the browser's console").toEqual([]);
  },
});

export { expect };
