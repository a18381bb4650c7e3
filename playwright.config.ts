import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/shared/chromium.ts';
import type { EngineName } from './e2e/engines/drivers.ts';

/**
 * Browser tests run against the built site (`dist/`, served by `astro preview`) in the
 * system's Chromium. CHROMIUM_PATH points elsewhere on machines without /usr/bin/chromium.
 */
const port = Number(process.env.PORT ?? 4329);

export default defineConfig<object, { engine: EngineName }>({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A trace records every action of every test to keep those of failures: a tenth of the
    // suite's time. CI keeps a screenshot of a failure; run the test here for its trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium', channel: undefined } },
    // Firefox ESR and WebKitGTK, which Playwright cannot drive here: their own drivers (e2e/engines/, ADR 007).
    { name: 'firefox', testMatch: 'engines/*.engine.ts', use: { engine: 'firefox' } },
    { name: 'webkit', testMatch: 'engines/*.engine.ts', use: { engine: 'webkit' } },
  ],
  // Its own preview server, beside any other (`npm start` on 4321 keeps running):
  // --ignore-lock lets a second astro preview start, and a server already on this port is
  // never reused, so the tests always see this checkout's build.
  webServer: {
    command: `astro preview --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
