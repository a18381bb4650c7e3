import type { KnipConfig } from 'knip';

/**
 * `npm run knip`: files, exports and dependencies nothing uses. Knip finds most entry points
 * itself, through its plugins: Astro (the routes, astro.config.mjs, the .astro files), Vitest
 * (the unit tests), Playwright (the browser tests), ESLint, Prettier, Stryker, and the tsx
 * scripts of package.json (the tools in scripts/). Run twice by `npm run knip`:
 *
 * - `knip`: everything, tests and tools included; an export nothing imports is reported.
 * - `knip --production`: the shipped code alone (the patterns marked `!`), without the tests,
 *   so an export that only tests import is reported too, unless its JSDoc says `@internal`
 *   (kept for its unit tests on purpose).
 */
const config: KnipConfig = {
  entry: [
    // What astro.config.mjs imports for the build: knip reads that config through its Astro
    // plugin, and so leaves it out of production mode, where these would look unused.
    'src/integrations/*.ts!',
    'src/config.ts!',
    // Served by the bench to every page it walks (read from disk by scripts/bench/walk.ts).
    'scripts/bench/driver.js',
    'scripts/bench/no-rules.js',
    // The Vitest config Stryker runs (stryker.config.mjs's vitest.configFile) and its setup file.
    'scripts/mutation/*.ts',
  ],
  project: [
    'src/**/*.{ts,tsx,astro}!',
    // Test helpers, never shipped.
    '!src/**/fixtures/**!',
    'flows/**/*.ts!',
    'scripts/**/*.{ts,js}',
    'e2e/**/*.ts',
  ],
  // The HTML check runs vnu.jar on the system's Java (the README says how to install it).
  ignoreBinaries: ['java'],
  ignoreDependencies: [
    // The Node 24 the npm scripts run on: a runtime, imported by nothing.
    'node',
    // Only the type of Stryker's options, in stryker.config.mjs's JSDoc; comes with @stryker-mutator/core.
    '@stryker-mutator/api',
  ],
};

export default config;
