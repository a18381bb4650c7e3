import { describe, expect, it } from 'vitest';
import { cutAtWord, toPlain, toRuns } from './text.ts';
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
