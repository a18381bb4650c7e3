import { describe, expect, it } from 'vitest';
import { ANSWER_GUARDS, isAnswerGuard } from './answer-guards.ts';

describe('the answer guards the browser can evaluate', () => {
  it('knows isCodeExpired, and no other name, not even one of the prototype chain', () => {
    expect(isAnswerGuard('isCodeExpired')).toBe(true);
    expect(isAnswerGuard('isCodeValid')).toBe(false);
    expect(isAnswerGuard('toString')).toBe(false);
  });
  it("isCodeExpired follows the invitation's date", () => {
    expect(ANSWER_GUARDS.isCodeExpired({ date: '2026-10-27', today: '2026-11-26', validityDays: 30 })).toBe(true);
    expect(ANSWER_GUARDS.isCodeExpired({ date: '2026-10-28', today: '2026-11-26', validityDays: 30 })).toBe(false);
  });
});
