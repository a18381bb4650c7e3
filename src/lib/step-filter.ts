/**
 * Finding a step on the staff map by any word of it: accents and case ignored
 * ("reinitialiser" finds "réinitialiser"), every word typed must appear. Pure and tiny:
 * the map's script uses it as the agent types.
 */

/** Lower case, without accents or other marks, spaces collapsed: the form both sides are compared in. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of `query` appears in `haystack` (already folded); an empty query matches everything. */
export function matchesFilter(query: string, haystack: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.every((word) => haystack.includes(word));
}
