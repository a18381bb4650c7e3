import { describe, expect, it } from 'vitest';
import { toCamel, toKebab } from './slug.ts';

describe('toKebab', () => {
  it('splits an acronym from the word after it', () => {
    expect(toKebab('sendURLNow')).toBe('send-url-now');
    expect(toKebab('checkHTML')).toBe('check-html');
  });
  it('splits before a capital after a digit', () => {
    expect(toKebab('step2Done')).toBe('step2-done');
  });
});

describe('toCamel', () => {
  it('joins kebab-case words, digits included', () => {
    expect(toCamel('already-activated')).toBe('alreadyActivated');
    expect(toCamel('no-reset-e-mail')).toBe('noResetEMail');
    expect(toCamel('step-2')).toBe('step2');
  });
});
