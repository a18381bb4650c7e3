/**
 * The view signal (ADR 008): the one way a shown page tells the host's log that it was seen,
 * with nothing personal and no cookie. A page actually shown loads a tiny same-origin image,
 * served uncacheable, whose path names the step; a prefetch does not load a page's
 * images, and a page restored from the back/forward cache loads nothing, so each request
 * for one of these files in the host's access log is one page shown.
 *
 * - a view: `/_seen/{flow}/v{version}/{locale}/{step-slug}.gif`; with JavaScript, the same
 *   file with `?from={previous-step-slug}&answer={answer}` (the edge walked from the trail),
 *   where `answer` is the answer's content key in kebab-case, `help-line` (the help line to
 *   the contact step) or `date` (a date answer). Without JavaScript, no query.
 * - "Did this solve it?": `/_seen/{flow}/v{version}/{locale}/{step-slug}.solved-yes.gif` and
 *   `.solved-no.gif`, on final steps only.
 *
 * Nothing else carries data. The build writes every file (src/integrations/view-signals.ts),
 * `npm run insights` reads them back from the log (scripts/insights/), both through this module.
 */
import { LOCALES, type Locale } from '../schemas/flow.ts';
import type { SignalEdge } from './view-signal-edge.ts';

/** The folder of the signal files, at the site's root. */
const SIGNAL_DIR = '/_seen/';

/** Every signal file's content: a transparent 1×1 GIF, 43 bytes (base64). */
export const SIGNAL_GIF_BASE64 = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

/** How every signal file is served: never stored, so each page shown asks again (also in `public/_headers`). */
export const SIGNAL_CACHE_CONTROL = 'no-store';

/** The answers to "Did this solve it?". */
const SOLVED_ANSWERS = ['yes', 'no'] as const;
export type SolvedAnswer = (typeof SOLVED_ANSWERS)[number];

/** A step of a version in one locale: what a signal's path names. */
export interface SignalAddress {
  flow: string;
  version: number;
  locale: Locale;
  /** The step's slug (kebab-case id), as in its URL. */
  step: string;
}

/** What a request for a signal file says. */
export type Signal = ({ kind: 'view'; edge?: SignalEdge } & SignalAddress) | ({ kind: 'solved'; answer: SolvedAnswer } & SignalAddress);

/** Lower-case words joined by hyphens: flow ids, step slugs and answers, as URLs write them. */
const WORDS = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest slug or answer read back from a query: far longer than any real one. */
const MAX_WORD = 100;

function checkedAddress({ flow, version, locale, step }: SignalAddress): SignalAddress {
  if (!WORDS.test(flow) || !WORDS.test(step) || !Number.isInteger(version) || version < 1 || !LOCALES.includes(locale))
    throw new Error(`not a step to signal: ${JSON.stringify({ flow, version, locale, step })}`);
  return { flow, version, locale, step };
}

function base(address: SignalAddress): string {
  const { flow, version, locale, step } = checkedAddress(address);
  return `${SIGNAL_DIR}${flow}/v${version}/${locale}/${step}`;
}

/**
 * `/_seen/invitation-code/v4/en/sign-in-directly.gif`, with `?from=…&answer=…` when the edge is known.
 */
export function viewSignalUrl(address: SignalAddress, edge?: SignalEdge): string {
  const path = `${base(address)}.gif`;
  if (!edge) return path;
  if (!WORDS.test(edge.from) || !WORDS.test(edge.answer)) throw new Error(`not an edge to signal: ${JSON.stringify(edge)}`);
  return `${path}?from=${edge.from}&answer=${edge.answer}`;
}

/**
 * `/_seen/invitation-code/v4/en/solved-result.solved-yes.gif`: the answer to "Did this solve it?".
 */
export function solvedSignalUrl(address: SignalAddress, answer: SolvedAnswer): string {
  return `${base(address)}.solved-${answer}.gif`;
}

/** The files a step needs in the build: its view, and on a final step the two answers to "Did this solve it?". */
export function signalFiles(address: SignalAddress, final: boolean): string[] {
  return [viewSignalUrl(address), ...(final ? SOLVED_ANSWERS.map((a) => solvedSignalUrl(address, a)) : [])];
}

const PATH = /^\/_seen\/([a-z0-9]+(?:-[a-z0-9]+)*)\/v([1-9][0-9]{0,5})\/([a-z]{2})\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.solved-(yes|no))?\.gif$/;

/**
 * What a request target (`/path?query`, as a log writes it, or an absolute URL) says, or
 * undefined when it is not a signal. A view's query counts only when it holds exactly a
 * well-formed `from` and `answer`; otherwise the view is kept without its edge.
 */
export function parseSignal(target: string): Signal | undefined {
  let rest = target;
  const absolute = /^https?:\/\/[^/?#]*/i.exec(rest);
  if (absolute) rest = rest.slice(absolute[0].length) || '/';
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const mark = rest.indexOf('?');
  const path = mark >= 0 ? rest.slice(0, mark) : rest;
  const query = mark >= 0 ? rest.slice(mark + 1) : '';
  const match = PATH.exec(path);
  if (!match) return undefined;
  const [, flow, version, locale, step, solved] = match;
  if (!LOCALES.includes(locale as Locale)) return undefined;
  const address: SignalAddress = { flow: flow!, version: Number(version), locale: locale as Locale, step: step! };
  if (solved) return { kind: 'solved', answer: solved as SolvedAnswer, ...address };
  const edge = edgeOf(query);
  return edge ? { kind: 'view', ...address, edge } : { kind: 'view', ...address };
}

/** `from=…&answer=…` (either order), each once and well formed, and nothing else; otherwise undefined. */
function edgeOf(query: string): SignalEdge | undefined {
  if (!query) return undefined;
  const pairs = query.split('&').map((pair) => pair.split('='));
  if (pairs.length !== 2 || pairs.some((p) => p.length !== 2)) return undefined;
  const values = Object.fromEntries(pairs as [string, string][]);
  const { from, answer } = values;
  if (from === undefined || answer === undefined) return undefined;
  if (from.length > MAX_WORD || answer.length > MAX_WORD || !WORDS.test(from) || !WORDS.test(answer)) return undefined;
  return { from, answer };
}
