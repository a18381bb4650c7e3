import { describe, expect, it } from 'vitest';
import { hasOwn } from './own.ts';

describe('hasOwn', () => {
  it("sees an object's own keys, not its prototype's", () => {
    expect(hasOwn({ a: 1 }, 'a')).toBe(true);
    expect(hasOwn({ a: 1 }, 'b')).toBe(false);
    expect(hasOwn({}, 'constructor')).toBe(false);
    expect(hasOwn({}, 'toString')).toBe(false);
  });
});
