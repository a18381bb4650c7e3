import { describe, expect, it } from 'vitest';
import { splitLangMarks, stripLangMarks } from './lang-marks.ts';

describe('splitLangMarks', () => {
  it('gives a marked phrase alone as one run, with no empty runs around it', () => {
    expect(splitLangMarks('[en:Sign in]')).toEqual([{ text: 'Sign in', lang: 'en' }]);
  });
  it('keeps the text between and around marks, in order', () => {
    expect(splitLangMarks('Choisissez [en:Forgot password] puis [en:Sign in].')).toEqual([
      { text: 'Choisissez ' },
      { text: 'Forgot password', lang: 'en' },
      { text: ' puis ' },
      { text: 'Sign in', lang: 'en' },
      { text: '.' },
    ]);
  });
});

describe('stripLangMarks', () => {
  it('keeps the phrase and drops its mark', () => {
    expect(stripLangMarks('Cliquez sur [en:Forgot password], puis [en:Send].')).toBe('Cliquez sur Forgot password, puis Send.');
  });
});
