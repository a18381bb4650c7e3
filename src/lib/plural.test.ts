import { describe, expect, it } from 'vitest';
import { pluralKey } from './plural.ts';

describe('pluralKey', () => {
  it('is the …One key for 1 in English, and for 0 and 1 in French', () => {
    expect(pluralKey('en-CA', 'count', 1)).toBe('countOne');
    expect(pluralKey('en-CA', 'count', 0)).toBe('count');
    expect(pluralKey('en-CA', 'count', 2)).toBe('count');
    expect(pluralKey('fr-CA', 'count', 0)).toBe('countOne');
    expect(pluralKey('fr-CA', 'count', 1)).toBe('countOne');
    expect(pluralKey('fr-CA', 'count', 2)).toBe('count');
    expect(pluralKey('fr', 'count', 1)).toBe('countOne');
  });
});
