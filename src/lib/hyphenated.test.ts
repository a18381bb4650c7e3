import { describe, expect, it } from 'vitest';
import { hyphenatedWords } from './hyphenated.ts';

describe('hyphenatedWords', () => {
  it('marks each word joined by a hyphen, the rest of the text as it is', () => {
    expect(hyphenatedWords('Votre compte Nexam est-il déjà activé?')).toEqual([
      { text: 'Votre compte Nexam ', whole: false },
      { text: 'est-il', whole: true },
      { text: ' déjà activé?', whole: false },
    ]);
    expect(hyphenatedWords('Look for the invitation e-mail')).toEqual([
      { text: 'Look for the invitation ', whole: false },
      { text: 'e-mail', whole: true },
    ]);
  });
  it('keeps words of several parts, accents and digits, and a word at the start', () => {
    expect(hyphenatedWords('Est-ce que ça a marché? Vous-même, 202-NYA-05')).toEqual([
      { text: 'Est-ce', whole: true },
      { text: ' que ça a marché? ', whole: false },
      { text: 'Vous-même', whole: true },
      { text: ', ', whole: false },
      { text: '202-NYA-05', whole: true },
    ]);
  });
  it('leaves a free-standing dash, a dash between spaces and a word without a hyphen alone', () => {
    expect(hyphenatedWords('A – B - C -d e-')).toEqual([{ text: 'A – B - C -d e-', whole: false }]);
    expect(hyphenatedWords('')).toEqual([]);
  });
  it('leaves a word longer than 20 characters free to break, to fit a narrow screen', () => {
    expect(hyphenatedWords('an extraordinarily-long-compound')).toEqual([{ text: 'an extraordinarily-long-compound', whole: false }]);
    expect(hyphenatedWords('twenty-characters-ok')).toEqual([{ text: 'twenty-characters-ok', whole: true }]);
  });
  it('gives back the whole text, piece after piece', () => {
    const text = "L'adresse e-mail de Marie-Ève Tremblay-Gagnon, s'il-vous-plaît.";
    expect(
      hyphenatedWords(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
