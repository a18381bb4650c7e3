import { describe, expect, it } from 'vitest';
import { characterCount } from './character-count.ts';
import { wordLookup } from './interpolate.ts';
import { wordsWithPrefix } from './i18n/index.ts';

const w = { en: wordLookup(wordsWithPrefix('en', ['contact.count.'])), fr: wordLookup(wordsWithPrefix('fr', ['contact.count.'])) };

describe('the character count', () => {
  it('says nothing while far from the limit, then counts from 80 % of it', () => {
    expect(characterCount(79, 100, w.en, 'en')).toBe('');
    expect(characterCount(80, 100, w.en, 'en')).toBe('You have 20 characters remaining');
  });
  it('uses the French singular for 0 and 1, the plural from 2, left or over the limit', () => {
    expect(characterCount(100, 100, w.fr, 'fr')).toBe('Il vous reste 0 caractère');
    expect(characterCount(99, 100, w.fr, 'fr')).toBe('Il vous reste 1 caractère');
    expect(characterCount(98, 100, w.fr, 'fr')).toBe('Il vous reste 2 caractères');
    expect(characterCount(101, 100, w.fr, 'fr')).toBe('Vous avez 1 caractère de trop');
    expect(characterCount(102, 100, w.fr, 'fr')).toBe('Vous avez 2 caractères de trop');
    expect(characterCount(100, 100, w.fr, 'fr-CA')).toBe('Il vous reste 0 caractère');
  });
  it('uses the English singular for 1 only', () => {
    expect(characterCount(100, 100, w.en, 'en')).toBe('You have 0 characters remaining');
    expect(characterCount(99, 100, w.en, 'en')).toBe('You have 1 character remaining');
    expect(characterCount(101, 100, w.en, 'en')).toBe('You have 1 character too many');
    expect(characterCount(102, 100, w.en, 'en')).toBe('You have 2 characters too many');
  });
});
