import fc from 'fast-check';

/**
 * Under Stryker only (scripts/mutation/vitest.config.ts). A property that fails stops at its
 * first counterexample instead of shrinking it: nobody reads the counterexample, and shrinking
 * 10,000-character strings (mailto.test.ts) outlasted Stryker's timeout, so a change the test
 * caught counted as a timeout, a minute each. Whether the test fails is the same either way.
 */
fc.configureGlobal({ endOnFailure: true });
