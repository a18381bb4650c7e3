import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesFilter } from './step-filter.ts';

const reset = foldForSearch("Réinitialisez votre mot de passe avec « Mot de passe oublié » Je n'ai reçu aucun courriel");

describe('matchesFilter', () => {
  it('ignores accents and case: "reinitialiser" finds "Réinitialisez"', () => {
    expect(matchesFilter('reinitialis', reset)).toBe(true);
    expect(matchesFilter('RÉINITIALISEZ', reset)).toBe(true);
    expect(matchesFilter('recu', reset)).toBe(true);
  });
  it('needs every word typed, in any order', () => {
    expect(matchesFilter('oublie mot', reset)).toBe(true);
    expect(matchesFilter('oublie microsoft', reset)).toBe(false);
  });
  it('matches everything when the query is empty or blank', () => {
    expect(matchesFilter('', reset)).toBe(true);
    expect(matchesFilter('   ', reset)).toBe(true);
  });
  it('treats typographic and straight apostrophes alike', () => {
    expect(matchesFilter('n’ai', reset)).toBe(true);
  });
});

describe('foldForSearch', () => {
  it('folds ç, é, È, œ-free text and collapses spaces', () => {
    expect(foldForSearch('  Ça  ÉTÉ\u00a0bien  ')).toBe('ca ete bien');
  });
});

describe('matchesFilter and foldForSearch, word by word', () => {
  it('turns a typographic apostrophe into a straight one', () => {
    expect(foldForSearch('n’ai reçu')).toBe("n'ai recu");
  });
  it('looks for whole words typed, not for their letters anywhere', () => {
    // Every letter of "tom" is in the text, the word is not.
    expect(matchesFilter('tom', reset)).toBe(false);
  });
});
