import { describe, expect, it } from 'vitest';
import {
  CLEARED_BY_START_OVER,
  INVITATION_DATE_KEY,
  MAX_PENDING,
  MAX_TRAIL,
  PENDING_KEY,
  draftKey,
  trailStorageKey,
} from './storage-keys.ts';

describe('the keys of sessionStorage', () => {
  const keys = [trailStorageKey('invitation-code', 3), PENDING_KEY, INVITATION_DATE_KEY, draftKey('invitation-code')];

  it('"Start over" removes every key the wizard writes', () => {
    for (const key of keys) expect(key).toMatch(new RegExp(CLEARED_BY_START_OVER));
  });
  it('"Start over" leaves keys that are not the wizard\'s alone', () => {
    for (const key of ['theme', 'other:trail:x', 'contacts', 'trail']) expect(key).not.toMatch(new RegExp(CLEARED_BY_START_OVER));
  });
  it('gives each thing kept its own key', () => {
    expect(new Set(keys).size).toBe(keys.length);
    expect(trailStorageKey('invitation-code', 2)).not.toBe(trailStorageKey('invitation-code', 3));
    expect(trailStorageKey('a', 1)).not.toBe(trailStorageKey('b', 1));
    expect(draftKey('a')).not.toBe(draftKey('b'));
  });
  it('keys a trail by flow and version, a draft by flow', () => {
    expect(trailStorageKey('invitation-code', 2)).toBe('trail:invitation-code:v2');
    expect(draftKey('invitation-code')).toBe('contact:invitation-code');
  });
  it('keeps a full pending queue small enough to fit in the trail with the answer being given', () => {
    expect(MAX_PENDING + 1).toBeLessThanOrEqual(MAX_TRAIL);
  });
});
