import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems, inlineProblems } from './inline-text.ts';

describe('the grammar of a line of words', () => {
  it('lets markup through as text (it is never rendered as markup)', () => {
    expect(inlineProblems('<b>hi</b>')).toEqual([]);
  });
  it('reports unknown placeholders and unclosed bold', () => {
    expect(inlineProblems('{password} **x')).toHaveLength(2);
  });
  it('accepts the extra placeholders a field allows', () => {
    expect(inlineProblems('on {date}', ['date'])).toEqual([]);
    expect(inlineProblems('on {date}')).toHaveLength(1);
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
  it('refuses an ordinary space, or none, before a colon that ends a clause', () => {
    const colon = [
      'has an ordinary space, or none, before a colon; in Quebec French a no-break space (U+00A0) goes there: write "Erreur\u00a0:" (with U+00A0), not "Erreur :" or "Erreur:"',
    ];
    expect(frenchTypographyProblems('Voici mes renseignements :')).toEqual(colon);
    expect(frenchTypographyProblems('Erreur: le code')).toEqual(colon);
    expect(frenchTypographyProblems('Étapes affichées :\n1')).toEqual(colon);
    expect(frenchTypographyProblems('Erreur\u00a0: le code; Objet\u202f: rien')).toEqual([]);
  });
  it('lets through the colon of a URL, a time and an English phrase', () => {
    expect(frenchTypographyProblems('https://app.nexam.io/connexion à 9:30, mailto:support@nexam.io')).toEqual([]);
    expect(frenchTypographyProblems('**Activer** (**[en:Step 1: Activate]**)')).toEqual([]);
  });
  it('refuses an ordinary space, or none, inside « »', () => {
    const guillemets = [
      'has an ordinary space, or none, inside « »; in Quebec French a no-break space (U+00A0) goes after « and before »: write "«\u00a0mot\u00a0»" (with U+00A0)',
    ];
    expect(frenchTypographyProblems('sans accents (« é »)')).toEqual(guillemets);
    expect(frenchTypographyProblems('sans accents (« é\u00a0»)')).toEqual(guillemets);
    expect(frenchTypographyProblems('sans accents («\u00a0é »)')).toEqual(guillemets);
    expect(frenchTypographyProblems('avec «Mot de passe oublié»')).toEqual(guillemets);
    expect(frenchTypographyProblems('avec «\u00a0Mot de passe oublié\u00a0» et «\u202fok\u202f»')).toEqual([]);
  });
  it('names every kind of problem of one string', () => {
    expect(frenchTypographyProblems('activé ? « mot » :')).toHaveLength(3);
  });
});
