import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesFilter, searchText, SYNONYMS } from './step-filter.ts';

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

describe('synonyms: the words agents type for one thing are found as one, in either language', () => {
  const english = searchText('Look for the reset e-mail in your junk or spam folder');
  const french = searchText('Cherchez le courriel de réinitialisation dans vos courriels indésirables');

  it('finds "email", "e-mail", "e mail", "emails" and "courriel" in a text that writes "e-mail"', () => {
    for (const query of ['email', 'e-mail', 'e mail', 'E-Mail', 'emails', 'courriel', 'courriels', 'reset email', 'reset e mail'])
      expect(matchesFilter(query, english), query).toBe(true);
  });
  it('finds "spam", "junk", "pourriel" and "indésirable" in a text that writes "courriels indésirables"', () => {
    for (const query of ['spam', 'junk', 'pourriel', 'pourriels', 'indesirable', 'Indésirables', 'courriel spam', 'email junk'])
      expect(matchesFilter(query, french), query).toBe(true);
  });
  it('adds the word of each group a text uses, once, after its own words', () => {
    expect(english).toBe('look for the reset e-mail in your junk or spam folder email');
    expect(french).toBe('cherchez le courriel de reinitialisation dans vos courriels indesirables email spam');
    expect(searchText('Sign in with your password')).toBe('sign in with your password');
  });
  it('reads a word of a group only whole, plural or not, never inside another word', () => {
    expect(searchText('junkyard spamming mailbox')).toBe('junkyard spamming mailbox');
    expect(searchText('female')).toBe('female');
    expect(searchText('e-mails')).toBe('e-mails email');
    expect(searchText('courriel.')).toBe('courriel. email');
    expect(searchText('(spam)')).toBe('(spam) spam');
    expect(searchText('spam or junk')).toBe('spam or junk');
    expect(searchText('re-e-mail')).toBe('re-e-mail');
  });
  it('does not find a synonym where the text has none of its group', () => {
    const password = searchText('Reset your password');
    expect(matchesFilter('email', password)).toBe(false);
    expect(matchesFilter('junk', password)).toBe(false);
    expect(matchesFilter('reset', password)).toBe(true);
  });
  it('still needs every word typed, synonyms or not', () => {
    expect(matchesFilter('junk password', french)).toBe(false);
  });
  it('keeps a word being typed found by its start', () => {
    expect(matchesFilter('indesir', french)).toBe(true);
    expect(matchesFilter('courr', french)).toBe(true);
  });
  it('lists two groups, each with its own word first among its words', () => {
    expect(Object.entries(SYNONYMS).map(([group, words]) => [group, words[0]])).toEqual([
      ['email', 'email'],
      ['spam', 'spam'],
    ]);
  });
});
