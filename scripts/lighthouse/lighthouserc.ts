/**
 * Lighthouse CI settings and assertions for `npm run lighthouse` (scripts/lighthouse/run.ts),
 * with the numbers of scripts/shared/budgets.ts.
 *
 * `collect` is lhci's own section. `assertionsByKind` is not lhci's: run.ts picks the pages
 * from the flow model, knows each page's kind, and writes lhci's `assertMatrix` (one entry per
 * URL, matched exactly, aggregated as the median of the runs) into the lighthouserc.json it
 * passes to `lhci assert`, adding the Largest Contentful Paint limit measured on the bare page
 * (`BUDGETS.lcpFactor` times its median). Sizes are bytes as Lighthouse counts them: transfer
 * size, response headers included.
 */
import { BUDGETS } from '../shared/budgets.ts';
import type { Page } from './report.ts';

type Assertions = Record<string, [level: 'error', options: Record<string, number>]>;

/** The goal in each category (100). */
const categories: Assertions = {
  'categories:performance': ['error', { minScore: BUDGETS.lighthouseScore }],
  'categories:accessibility': ['error', { minScore: BUDGETS.lighthouseScore }],
  'categories:best-practices': ['error', { minScore: BUDGETS.lighthouseScore }],
  'categories:seo': ['error', { minScore: BUDGETS.lighthouseScore }],
};

/** Every page: the site calls no other host. */
const everyPage: Assertions = {
  ...categories,
  'resource-summary:third-party:count': ['error', { maxNumericValue: 0 }],
};

/**
 * A step page: the document within its budget on the wire (one round trip's worth) and nothing
 * blocking the first render. `render-blocking-resources` is Lighthouse 12.1's audit
 * (`render-blocking-insight` came later); with Chromium 150 it errors (see run.ts,
 * `unmeasured`), so no stylesheet file, which Lighthouse does count, stands beside it.
 */
const stepPage: Assertions = {
  ...everyPage,
  'resource-summary:document:size': ['error', { maxNumericValue: BUDGETS.stepDocumentBytes }],
  'render-blocking-resources': ['error', { maxLength: 0 }],
  'resource-summary:stylesheet:count': ['error', { maxNumericValue: 0 }],
};

/**
 * The JavaScript budgets (question and advice pages, the contact page) count gzipped code.
 * Lighthouse counts transfer size, response headers included: about 0.8 KB more per script
 * file from this HTTP/1.1 server (the security headers), which HTTP/2 and HTTP/3 hosts
 * compress away. So the budgets are checked exactly on every built page by `npm run bench`
 * (scripts/bench/sizes.ts), and the report shows Lighthouse's figure beside the code's.
 */

export const collect = {
  // Medians of 3. run.ts runs them as 3 rounds over every URL (the bare page included) rather
  // than 3 runs in a row per URL, so a busy moment on the shared machine hits every page alike.
  numberOfRuns: 3,
  settings: {
    // Lighthouse's mobile profile with its slow 4G and 4x CPU applied to the browser (562.5 ms
    // round trip, 1.47 Mbit/s down), not simulated: Lantern's simulation counts the answers'
    // speculative prefetches and the deferred module scripts, which arrive before the first
    // paint when served locally, as if the paint waited for them (LCP 1.3-1.8x the bare page's
    // with simulation, while the paint itself never waits for them).
    formFactor: 'mobile',
    throttlingMethod: 'devtools',
    // The 404 page is measured as a host serves it, with status 404, which Lighthouse
    // otherwise refuses to audit. Every other page's status stays checked: SEO's
    // `http-status-code` audit fails below 100 on any 4xx.
    ignoreStatusCode: true,
  },
};

export const assertionsByKind: Record<Page['kind'], Assertions> = {
  // `/`: the bilingual front door; `/{locale}/`: each language's list of guides.
  front: everyPage,
  home: everyPage,
  // The flow's start page (`/{locale}/{flow}/`) is its first question.
  question: stepPage,
  advice: stepPage,
  outcome: stepPage,
  // The contact step carries the form island (Preact); its JavaScript budget is checked by the bench (see above).
  contact: stepPage,
  // The staff map is no step page: no document budget (it lists every step and path).
  map: everyPage,
  notFound: {
    ...everyPage,
    // SEO: `http-status-code` fails on purpose, a missing page answers 404 (0.91 without it).
    'categories:seo': ['error', { minScore: 0.9 }],
    // Best practices: Chromium logs the document's 404 to the console (`errors-in-console`),
    // which is what a 404 is; 0.96 with that audit alone failing.
    'categories:best-practices': ['error', { minScore: 0.96 }],
  },
};
