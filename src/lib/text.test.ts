import { describe, expect, it } from 'vitest';
import { inlineProblems, toPlain, toRuns } from './text.ts';
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
