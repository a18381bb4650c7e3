/**
 * The one plural rule of the interface words: a key `…One` holds the words for the count
 * the locale calls "one" (1 in English; 0 and 1 in French), the key itself every other.
 * Used by the pages (`tCount`) and the islands (the character count) alike.
 */
export function pluralKey<K extends string>(locale: string, key: K, count: number): K | `${K}One` {
  return new Intl.PluralRules(locale).select(count) === 'one' ? `${key}One` : key;
}
