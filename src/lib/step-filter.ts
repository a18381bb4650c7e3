/**
 * Finding a step on the staff map by any word of it: accents and case ignored
 * ("reinitialiser" finds "réinitialiser"), every word typed must appear. The words agents
 * type for one thing are found as one, in either language ("email", "e-mail", "e mail" and
 * "courriel"; "spam", "junk", "pourriel" and "indésirable"): the site writes "e-mail" and the
 * French map "courriels indésirables", and searches for "email" or "spam" found nothing (UX
 * review 2026-12-06, m5). Pure and tiny: the map's script uses it as the agent types.
 */

/**
 * Lower case, without accents or other marks, spaces collapsed: the form both sides are compared in.
 * @internal Exported for its unit tests.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words found as one, folded, each group under the word that stands for it. A word matches
 * whole, or with a final "s" ("courriels", "e-mails").
 * @internal Exported for its unit tests.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  email: ['email', 'e-mail', 'e mail', 'courriel'],
  spam: ['spam', 'junk', 'pourriel', 'indesirable'],
};

/** `variant` as a whole word of folded text, plural or not. */
const wholeWord = (variant: string) => new RegExp(`(^|[^a-z0-9-])${variant.replace(/[-\s]/g, '[-\\s]')}s?(?![a-z0-9-])`);

/** The groups whose words appear in folded `text`. */
function groupsIn(text: string): string[] {
  return Object.keys(SYNONYMS).filter((group) => SYNONYMS[group]!.some((variant) => wholeWord(variant).test(text)));
}

/**
 * The text a step is searched in: its words folded, then the word standing for each group of
 * synonyms they use ("e-mail" brings "email", "indésirables" brings "spam").
 */
export function searchText(text: string): string {
  const folded = foldForSearch(text);
  return [folded, ...groupsIn(folded).filter((group) => !folded.split(' ').includes(group))].join(' ');
}

/**
 * True when every word of `query` appears in `haystack` (a `searchText`), or one of its
 * synonyms does; an empty query matches everything. ("e mail" needs no synonym: its two
 * words are in "e-mail" and in the "email" a text with any of its group carries.)
 */
export function matchesFilter(query: string, haystack: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.every((word) => haystack.includes(word) || groupsIn(word).some((group) => haystack.includes(group)));
}
