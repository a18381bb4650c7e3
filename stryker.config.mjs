// @ts-check
// The property test of mailto.test.ts runs for every change made to mailto.ts: 100 runs
// instead of 1,000 under Stryker (the test reads FAST_CHECK_NUM_RUNS; the workers inherit it).
process.env.FAST_CHECK_NUM_RUNS ??= '100';

/**
 * Mutation testing of the pure modules (issue 16): `npm run test:mutation`. Stryker changes
 * the code one small way at a time (a `<` for a `<=`, a check dropped, a message emptied) and
 * runs the unit tests that cover it; a mutant no test notices means a boundary or a check
 * the tests do not pin down. Not part of `npm test`: a whole run takes about 20 minutes on
 * a shared 2-core machine (README).
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // vitest.config.ts, plus fast-check's `endOnFailure` (see scripts/mutation/fast-check.setup.ts).
  vitest: { configFile: 'scripts/mutation/vitest.config.ts' },
  // Only the tests that reach a mutant run against it.
  coverageAnalysis: 'perTest',
  mutate: ['src/lib/**/*.ts', 'src/schemas/**/*.ts', '!src/**/*.test.ts', '!src/**/fixtures/**'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The run fails under 90 %.
  thresholds: { high: 90, low: 85, break: 90 },
  // Survivors left on purpose (Nov. 2026): no input can tell them from the code.
  // - Conditions already implied by another: steps.ts readSteps (`!config` implies `!states`,
  //   a non-string initial is never in the list, one branch not in a list or in an empty
  //   one both make too few branches, a string branch has no guard), check.ts (`typeof
  //   path[1] === 'string'` under `steps`, `checked.content` and the version's initial ''
  //   when a problem already blocks the model, Zod's issue `input` on a non-type issue, `!latest`
  //   after FlowSchema, the latest version's steps all in the latest ids, a non-object's
  //   $format), step-view.ts (words have an action, a date answer, a validity note exactly
  //   when the step does: the content schema ties them), map-view.ts (every step has words),
  //   contact-form.ts (an address problem always fails the schema too), evaluation-date.ts
  //   (`days !== undefined`; a year ahead of today is capped by today's month, and only the
  //   French long date starts with the day), trail.ts (a primitive item has no step; an
  //   empty catch returns undefined; cutting at 0 or emptying both give []),
  //   contact-mail.ts (an empty date is never soon; the heading of an empty trail is unused).
  // - The library already does it: email-address.ts suggestAddress (the spelling checker
  //   suggests nothing for a domain it knows, in any case), csp.ts (strings hash as UTF-8).
  // - Filters of what cannot be there: text.ts (toRuns's empty runs, `key ?? ''` of a
  //   required group, the text put in place of a language mark), paths.ts (a bare date
  //   event takes a branch an example takes too; duplicates are merged), step-filter.ts
  //   (a folded query has no empty word), content.ts (a number or boolean has no strings).
  // - Unread values: the `code: 'custom'` of Zod issues (content.ts, flow.ts, the contact
  //   form's "other" check on an already-trimmed value), trail-data.ts's cache keys (still
  //   distinct), graph-picture.ts (`\s` for `\s*` after Graphviz's one newline; wrapping "").
  // - map-view.ts's outcomes with no path: the checks refuse an unreachable step.
  tempDirName: '.stryker-tmp',
  // Not copied to the sandbox: build output, pictures and reports no unit test reads.
  ignorePatterns: ['/dist', '/screenshots', '/test-results', '/playwright-report', '/bench-results', '/reports', '/.astro'],
};
