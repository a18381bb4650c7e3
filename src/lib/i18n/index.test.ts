import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import { tCount, uiWordsProblems } from './index.ts';

describe('interface words', () => {
  it('every locale has exactly the English keys', () => {
    expect(uiWordsProblems()).toEqual([]);
  });
  it('names the locale, file and key of a missing or unused word', () => {
    const broken: Record<string, string | string[]> = { ...fr, 'nav.bakc': 'Retour' };
    delete broken['nav.back'];
    expect(uiWordsProblems({ fr: broken })).toEqual([
      'src/lib/i18n/fr.json (locale fr), key "nav.back": is missing; add its words',
      'src/lib/i18n/fr.json (locale fr), key "nav.bakc": is not a key of src/lib/i18n/en.json; remove it or add it there',
    ]);
  });
});

describe('the typography of French interface words', () => {
  it('is checked like flow words: no space before ? ; !, a no-break space before : and inside « »', () => {
    const broken: Record<string, string | string[]> = {
      ...fr,
      'nav.back': 'Retour ?',
      'map.contactLink': 'Lien à envoyer :',
      'contact.error.email.accent': "Écrivez l'adresse sans accents (« {char} »)",
    };
    expect(uiWordsProblems({ fr: broken })).toEqual([
      expect.stringMatching(/^src\/lib\/i18n\/fr.json \(locale fr\), key "nav.back": has a space before \?/),
      expect.stringMatching(
        /^src\/lib\/i18n\/fr.json \(locale fr\), key "contact.error.email.accent": has an ordinary space, or none, inside « »/,
      ),
      expect.stringMatching(
        /^src\/lib\/i18n\/fr.json \(locale fr\), key "map.contactLink": has an ordinary space, or none, before a colon/,
      ),
    ]);
    // English words keep English typography.
    expect(uiWordsProblems({ en: { ...en, 'map.contactLink': 'Link to send:' } })).toEqual([]);
  });
});

describe('words with a number', () => {
  it('follow each locale’s plural rules: one in English is 1, in French 0 and 1', () => {
    expect(tCount('en', 'map.pathCount', 1)).toBe('1 way:');
    expect(tCount('en', 'map.pathCount', 0)).toBe('0 ways:');
    expect(tCount('en', 'map.pathCount', 3)).toBe('3 ways:');
    expect(tCount('fr', 'map.pathCount', 0)).toBe('0 chemin possible\u00a0:');
    expect(tCount('fr', 'map.pathCount', 2)).toBe('2 chemins possibles\u00a0:');
  });
});

describe('interface words of the wrong type', () => {
  it('say so, not that they are missing', () => {
    const problems = uiWordsProblems({ en: { ...en, 'site.name': 3 } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('key "site.name"');
    expect(problems[0]).not.toContain('is missing');
  });
});
