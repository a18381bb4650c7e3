import { hasOwn } from './own.ts';
import type { UiKey } from './i18n/keys.ts';

/** Values for the `{name}` placeholders of a text. */
export type Vars = Readonly<Record<string, string | number>>;

/**
 * Replaces each `{name}` of `text` with `vars[name]`; a placeholder without a value stays
 * as it is, so a missing value shows up in review instead of vanishing. Used by every
 * caller that fills interface words (the build and the browser alike).
 */
export function interpolate(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** A lookup of interface words by key, filled with `vars`: a key that is not an interface word fails the type-check. */
export type Words = (key: UiKey, vars?: Vars) => string;

/** The lookup for one locale's words (as an island receives them); a key the island was not given shows as itself. */
export function wordLookup(words: Readonly<Partial<Record<UiKey, string>>>): Words {
  return (key, vars) => interpolate(hasOwn(words, key) ? words[key]! : key, vars);
}

/**
 * `text` cut around its first `{name}` placeholder: what comes before it and after it, so that
 * a view can put the value in an element of its own ("Did you mean {address}?" with the
 * address kept whole); undefined when `text` has no such placeholder.
 */
export function aroundPlaceholder(text: string, name: string): [before: string, after: string] | undefined {
  const mark = `{${name}}`;
  const at = text.indexOf(mark);
  return at < 0 ? undefined : [text.slice(0, at), text.slice(at + mark.length)];
}
