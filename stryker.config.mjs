// @ts-check
/**
 * Mutation testing of the pure modules (issue 16): `npm run test:mutation`. Stryker changes
 * the code one small way at a time (a `<` for a `<=`, a check dropped, a message emptied) and
 * runs the unit tests that cover it; a mutant no test notices means a boundary or a check
 * the tests do not pin down. Not part of `npm test`: a full run takes a while.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  // Only the tests that reach a mutant run against it.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lib/**/*.ts',
    'src/schemas/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/fixtures/**',
    // Types only, nothing to mutate (the flow models' types).
    '!src/lib/flows/model.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The run fails under 90 %.
  thresholds: { high: 90, low: 85, break: 90 },
  tempDirName: '.stryker-tmp',
};
