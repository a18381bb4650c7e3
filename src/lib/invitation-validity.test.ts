import { describe, expect, it } from 'vitest';
import { codeExpiryDate, hasCodeExpired, invitationDateProblem } from './invitation-validity.ts';

// A fixed clock: today is 26 November 2026; the code is valid for 30 days.
const today = '2026-11-26';
const answer = (date: string) => ({ date, today, validityDays: 30 });

describe('hasCodeExpired, at the boundaries', () => {
  it('sent today: valid', () => expect(hasCodeExpired(answer('2026-11-26'))).toBe(false));
  it('day 29 after sending: still valid', () => expect(hasCodeExpired(answer('2026-10-28'))).toBe(false));
  it('day 30: expired', () => expect(hasCodeExpired(answer('2026-10-27'))).toBe(true));
  it('day 31: expired', () => expect(hasCodeExpired(answer('2026-10-26'))).toBe(true));
  it("a date in the future cannot be the invitation's: not expired, and named as a problem", () => {
    expect(hasCodeExpired(answer('2026-11-27'))).toBe(false);
    expect(invitationDateProblem('2026-11-27', today)).toBe('future');
  });
  it('an impossible date is not expired, and named as a problem', () => {
    expect(hasCodeExpired(answer('2026-02-30'))).toBe(false);
    expect(invitationDateProblem('2026-02-30', today)).toBe('invalid');
    expect(invitationDateProblem('30/10/2026', today)).toBe('invalid');
    expect(invitationDateProblem('2026-10-5', today)).toBe('invalid');
  });
  it('follows the validity it is given', () => {
    expect(hasCodeExpired({ date: '2026-11-19', today, validityDays: 7 })).toBe(true);
    expect(hasCodeExpired({ date: '2026-11-20', today, validityDays: 7 })).toBe(false);
  });
  it('counts calendar days across a month and a year', () => {
    expect(hasCodeExpired({ date: '2026-12-02', today: '2026-12-31', validityDays: 30 })).toBe(false);
    expect(hasCodeExpired({ date: '2026-12-02', today: '2027-01-01', validityDays: 30 })).toBe(true);
  });
});

describe('codeExpiryDate', () => {
  it('is the first day the code no longer works', () => {
    expect(codeExpiryDate('2026-10-20', 30)).toBe('2026-11-19');
    expect(codeExpiryDate('2026-12-15', 30)).toBe('2027-01-14');
    expect(codeExpiryDate('2026-02-30', 30)).toBeUndefined();
  });
});

describe('invitationDateProblem, each check alone', () => {
  it('refuses anything but two strings, without throwing (events come from outside)', () => {
    expect(invitationDateProblem(undefined as unknown as string, today)).toBe('invalid');
    expect(invitationDateProblem('2026-11-01', 20261126 as unknown as string)).toBe('invalid');
  });
  it("refuses a today that is not a date, as the date's problem", () => {
    expect(invitationDateProblem('2026-11-01', 'not a date')).toBe('invalid');
  });
  it('refuses a date with anything before or after YYYY-MM-DD', () => {
    expect(invitationDateProblem(' 2026-11-01', today)).toBe('invalid');
    expect(invitationDateProblem('2026-11-01 ', today)).toBe('invalid');
  });
  it('takes today itself: sent today is not in the future', () => {
    expect(invitationDateProblem(today, today)).toBeUndefined();
  });
  it('never calls a code expired for a date it refuses, however long ago it reads', () => {
    // 2026-10-5 reads as 52 days ago, but it is not written YYYY-MM-DD.
    expect(hasCodeExpired(answer('2026-10-5'))).toBe(false);
  });
});
