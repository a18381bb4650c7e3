import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import { uiWordsProblems } from './index.ts';

describe('interface words', () => {
  it('every locale has exactly the English keys', () => {
    expect(uiWordsProblems()).toEqual([]);
  });
  it('names the locale, file and key of a missing or unused word', () => {
    const broken: Record<string, string | string[]> = { ...en, 'nav.bakc': 'Retour' };
    delete broken['nav.back'];
    expect(uiWordsProblems({ fr: broken })).toEqual([
      'src/i18n/fr.json (locale fr), key "nav.back": is missing; add its words',
      'src/i18n/fr.json (locale fr), key "nav.bakc": is not a key of src/i18n/en.json; remove it or add it there',
    ]);
  });
});
