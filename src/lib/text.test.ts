import { describe, expect, it } from 'vitest';
import { cutAtWord, frenchTypographyProblems, inlineProblems, toPlain, toRuns } from './text.ts';
import { config } from '../config.ts';

describe('content text', () => {
  it('fills configuration values and marks bold runs', () => {
    expect(toRuns('From **{inviteSender}** within {codeValidityDays} days', config)).toEqual([
      { text: 'From ', strong: false },
      { text: 'noreply@nexam.io', strong: true },
      { text: ' within 30 days', strong: false },
    ]);
  });
  it('keeps markup as text: a content file cannot inject HTML', () => {
    expect(toPlain('<img src=x onerror=alert(1)>', config)).toBe('<img src=x onerror=alert(1)>');
    expect(inlineProblems('<b>hi</b>')).toEqual([]);
  });
  it('reports unknown placeholders and unclosed bold', () => {
    expect(inlineProblems('{password} **x')).toHaveLength(2);
  });
});

describe('phrases in another language', () => {
  it('marks [en:...] as a run with its language, inside bold or not', () => {
    expect(toRuns('Choisissez **[en:Forgot password]** ou [en:Sign in].', config)).toEqual([
      { text: 'Choisissez ', strong: false },
      { text: 'Forgot password', strong: true, lang: 'en' },
      { text: ' ou ', strong: false },
      { text: 'Sign in', strong: false, lang: 'en' },
      { text: '.', strong: false },
    ]);
    expect(toPlain('Le message **[en:Invitation code does not exist or has expired]**', config)).toBe(
      'Le message Invitation code does not exist or has expired',
    );
  });
  it('fills placeholders inside a mark', () => {
    expect(toRuns("l'objet **[en:{inviteSubject}]**", config)).toEqual([
      { text: "l'objet ", strong: false },
      { text: 'Invitation to Nexam', strong: true, lang: 'en' },
    ]);
  });
  it('refuses an unknown language, a stray bracket and bold inside a mark, saying how to write it', () => {
    expect(inlineProblems('[de:Passwort vergessen]')).toEqual([
      'marks a phrase as [de:...], which is not a language of the site; use [en:...] or [fr:...]',
    ]);
    expect(inlineProblems('see [note] here')).toEqual([
      'has a [ or ] that is not a language mark; write a phrase in another language as [en:the phrase], and no other brackets',
    ]);
    expect(inlineProblems('[en:Forgot password')).toHaveLength(1);
    expect(inlineProblems('[en:**Forgot** password]')).toEqual([
      'has ** inside a language mark; put the bold outside: **[en:the phrase]**',
    ]);
    expect(inlineProblems('**[en:Forgot password]** and [fr:Mot de passe oublié]')).toEqual([]);
  });
});

describe('Quebec French typography', () => {
  it('refuses a full space or a no-break space before ; ? !', () => {
    expect(frenchTypographyProblems('Votre compte est-il activé\u00a0?')).toEqual([
      'has a space before ?; in Quebec French there is none (or a narrow no-break space, U+202F): write "activé?" not "activé ?"',
    ]);
    expect(frenchTypographyProblems('utilisé ; expiré !')).toHaveLength(1);
    expect(frenchTypographyProblems('utilisé ; expiré !')[0]).toContain('before ; !');
  });
  it('accepts no space, a narrow no-break space, and the no-break space before a colon', () => {
    expect(frenchTypographyProblems('activé? utilisé; bravo! Erreur\u00a0: code\u202f?')).toEqual([]);
  });
});

describe('cutAtWord (meta descriptions)', () => {
  it('leaves a short text alone', () => expect(cutAtWord('Short text.', 160)).toBe('Short text.'));
  it('cuts at a word boundary and adds an ellipsis, never mid-word', () => {
    const text =
      "Si votre code n'est pas expiré, il a peut-être été mal copié. Il se peut aussi que le lien d'activation utilisé ne soit plus valide. Refaites l'activation et terminez toutes les étapes.";
    const cut = cutAtWord(text, 160);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('…')).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(text[cut.length - 1]).toMatch(/[\s,.]/);
  });
  it('drops punctuation before the ellipsis', () => expect(cutAtWord('one two, three four', 10)).toBe('one two…'));
});

describe('cutAtWord at its boundaries', () => {
  it('leaves a text of exactly the maximum alone', () => expect(cutAtWord('abcde', 5)).toBe('abcde'));
  it('cuts mid-word when the last space is in the first half, keeping room for the ellipsis', () => {
    expect(cutAtWord('a bcdefghijkl', 10)).toBe('a bcdefgh…');
    // A space exactly at half the room is still too early to cut at.
    expect(cutAtWord('abcde fghijklmn', 10)).toBe('abcde fgh…');
  });
  it('cuts at the last space once it is past half the room', () => {
    expect(cutAtWord('abcdef ghijklmn', 10)).toBe('abcdef…');
  });
  it('drops every punctuation mark and space before the ellipsis, not only the last', () => {
    expect(cutAtWord('one two., three', 10)).toBe('one two…');
  });
});
