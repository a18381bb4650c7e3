import { describe, expect, it } from 'vitest';
import { aroundPlaceholder, interpolate, wordLookup } from './interpolate.ts';
import type { UiKey } from './i18n/keys.ts';

describe('interpolate', () => {
  it('fills every placeholder that has a value, numbers included', () => {
    expect(interpolate('{count} steps of {flow}, {count} again', { count: 3, flow: 'x' })).toBe('3 steps of x, 3 again');
  });
  it('leaves a placeholder without a value as it is', () => {
    expect(interpolate('Hello {name}', {})).toBe('Hello {name}');
  });
  it('does not take values from the prototype chain', () => {
    expect(interpolate('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });
  it('inserts values literally, even when they look like placeholders or replacement patterns', () => {
    expect(interpolate('{a}', { a: '{b} $& $1' })).toBe('{b} $& $1');
  });
});

describe('wordLookup', () => {
  const words = wordLookup({ 'mail.closing': 'Thank you, {name}', 'mail.soon': 'soon' });
  it("fills a known key's words with the values given", () => {
    expect(words('mail.closing', { name: 'Marie' })).toBe('Thank you, Marie');
    expect(words('mail.soon')).toBe('soon');
  });
  it('shows an unknown key as itself, and never a key of the prototype chain', () => {
    // Keys the island was not given (the type-check refuses keys that are not interface words at all).
    expect(words('mail.noDate')).toBe('mail.noDate');
    expect(words('toString' as UiKey)).toBe('toString');
  });
});

describe('aroundPlaceholder', () => {
  it('gives the text before and after a placeholder, the other placeholders as they are', () => {
    expect(aroundPlaceholder('Did you mean {address}?', 'address')).toEqual(['Did you mean ', '?']);
    expect(aroundPlaceholder('Utiliser {address}', 'address')).toEqual(['Utiliser ', '']);
    expect(aroundPlaceholder('{address} or {other}', 'address')).toEqual(['', ' or {other}']);
    expect(aroundPlaceholder('{a}{a}', 'a')).toEqual(['', '{a}']);
  });
  it('gives nothing when the text has no such placeholder', () => {
    expect(aroundPlaceholder('Did you mean it?', 'address')).toBeUndefined();
    expect(aroundPlaceholder('{addresses}', 'address')).toBeUndefined();
  });
});
