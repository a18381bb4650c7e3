/**
 * The budgets of docs/design.md ("Budgets"), written once: `npm run bench` (scripts/bench/run.ts)
 * reports each one it measures as met or missed, `npm run lighthouse` (scripts/lighthouse/)
 * asserts the ones Lighthouse measures, and docs/design.md quotes them (a unit test checks it
 * does). Never asserted in a timed test. Sizes are bytes (1 KB = 1,024 bytes).
 *
 * Two budgets of design.md live elsewhere: the `mailto:` link's length is enforced by the code
 * itself (`MAX_MAILTO` in src/lib/mailto.ts), and the bytes of the bench's walk are compared
 * with a run written down in docs/benchmarks.md.
 */
const KB = 1024;

export const BUDGETS = {
  /** A step page's first render: its document, compressed (one round trip's worth), with no render-blocking script. */
  stepDocumentBytes: 14 * KB,
  /** The JavaScript a question or an advice page loads, gzipped (none is needed to walk the flow). */
  questionAdviceScriptBytes: 5 * KB,
  /** The JavaScript the contact page loads, gzipped, in all. */
  contactScriptBytes: 25 * KB,
  /** Largest Contentful Paint, Lighthouse mobile (slow 4G, 4x CPU), served locally: at most this times a bare 2 KB page's. */
  lcpFactor: 1.2,
  /** Lighthouse mobile, each category's score (1 is 100), every kind of page, both languages, or the reason why not. */
  lighthouseScore: 1,
  /** A click on an answer to the next heading painted, served locally, unthrottled: the median, in milliseconds. */
  answerClickMs: 100,
  /** Any in-flow step change to the next heading painted, 4x CPU and slow 4G, with JavaScript: median and p90, in milliseconds. */
  throttledMs: { median: 120, p90: 200 },
  /** The same in a browser that ignores speculation rules (Safari, Firefox): its own budget, the same numbers (issue 22). */
  throttledNoRulesMs: { median: 120, p90: 200 },
  /** A generated flow of `steps` steps (2 versions, 2 locales) builds in `seconds` on 2 cores, linearly in pages (R² of the fit). */
  build: { steps: 1000, seconds: 60, linearR2: 0.98 },
} as const;
