import { describe, expect, it } from 'vitest';
import {
  checkEvaluationDate,
  daysInMonth,
  daysUntil,
  formatEvaluationDate,
  isoDaysAhead,
  isRealDate,
  isSoon,
  longDate,
  parseDate,
} from './evaluation-date.ts';

// 26 November 2026, evening, in the machine's own time zone: the person's day.
const today = new Date(2026, 10, 26, 20, 0, 0);

describe('checkEvaluationDate', () => {
  it('takes an empty field: the date is optional', () => {
    expect(checkEvaluationDate('  ', today)).toEqual({ ok: true, iso: '' });
  });
  it('takes today, tomorrow and a year ahead to the day', () => {
    expect(checkEvaluationDate('2026-11-26', today)).toEqual({ ok: true, iso: '2026-11-26' });
    expect(checkEvaluationDate('2026-11-27', today)).toEqual({ ok: true, iso: '2026-11-27' });
    expect(checkEvaluationDate('2027-11-26', today)).toEqual({ ok: true, iso: '2027-11-26' });
  });
  it('pads a date typed without leading zeros', () => {
    expect(checkEvaluationDate('2026-12-5', today)).toEqual({ ok: true, iso: '2026-12-05' });
  });
  it('refuses yesterday, ten days ago and 1999 as past, saying how many days ago', () => {
    expect(checkEvaluationDate('2026-11-25', today)).toEqual({ ok: false, problem: 'past', vars: { days: 1 } });
    expect(checkEvaluationDate('2026-11-16', today)).toEqual({ ok: false, problem: 'past', vars: { days: 10 } });
    expect(checkEvaluationDate('1999-01-01', today)).toMatchObject({ ok: false, problem: 'past' });
  });
  it('refuses a year and a day ahead, and 2099, as too far', () => {
    expect(checkEvaluationDate('2027-11-27', today)).toMatchObject({ ok: false, problem: 'farFuture' });
    expect(checkEvaluationDate('2099-12-31', today)).toMatchObject({ ok: false, problem: 'farFuture' });
  });
  it('a year ahead of 29 February is 28 February', () => {
    const leapDay = new Date(2028, 1, 29, 9);
    expect(checkEvaluationDate('2029-02-28', leapDay)).toEqual({ ok: true, iso: '2029-02-28' });
    expect(checkEvaluationDate('2029-03-01', leapDay)).toMatchObject({ ok: false, problem: 'farFuture' });
  });
  it('says what is wrong with a date that is not real', () => {
    expect(checkEvaluationDate('2027-02-29', today)).toEqual({ ok: false, problem: 'day', vars: { day: 29, days: 28 } });
    expect(checkEvaluationDate('2026-12-00', today)).toEqual({ ok: false, problem: 'day', vars: { day: 0, days: 31 } });
    expect(checkEvaluationDate('2026-13-01', today)).toEqual({ ok: false, problem: 'month', vars: { month: 13 } });
    expect(checkEvaluationDate('2026-00-10', today)).toEqual({ ok: false, problem: 'month', vars: { month: 0 } });
  });
  it('refuses other shapes as a format problem', () => {
    for (const value of ['15/12/2026', '2026/12/15', 'tomorrow', '2026-12-15T10:00', '20261215']) {
      expect(checkEvaluationDate(value, today), value).toEqual({ ok: false, problem: 'format', vars: {} });
    }
  });
});

describe('parseDate and daysInMonth', () => {
  it('knows leap years', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
  it('accepts the last day of a month and refuses the next', () => {
    expect(parseDate('2026-04-30')).toEqual({ ok: true, date: { year: 2026, month: 4, day: 30 } });
    expect(parseDate('2026-04-31')).toMatchObject({ ok: false, problem: 'day' });
    expect(parseDate('2026-12-31')).toMatchObject({ ok: true });
    expect(parseDate('2026-12-32')).toMatchObject({ ok: false, problem: 'day' });
  });
});

describe('isRealDate (staff prefill)', () => {
  it('takes strict YYYY-MM-DD real dates from 2000 to 2100 only', () => {
    expect(isRealDate('2026-12-10')).toBe(true);
    expect(isRealDate('2000-01-01')).toBe(true);
    expect(isRealDate('2100-12-31')).toBe(true);
    expect(isRealDate('1999-12-31')).toBe(false);
    expect(isRealDate('2101-01-01')).toBe(false);
    expect(isRealDate('2026-02-31')).toBe(false);
    expect(isRealDate('2026-2-3')).toBe(false);
  });
});

describe('urgency', () => {
  it('counts calendar days, whatever the time of day', () => {
    expect(daysUntil('2026-11-26', today)).toBe(0);
    expect(daysUntil('2026-12-03', today)).toBe(7);
    expect(daysUntil('2026-11-25', today)).toBe(-1);
    expect(daysUntil('not a date', today)).toBeUndefined();
  });
  it('is soon from today to the limit, not before and not after', () => {
    expect(isSoon('2026-11-26', today, 7)).toBe(true);
    expect(isSoon('2026-12-03', today, 7)).toBe(true);
    expect(isSoon('2026-12-04', today, 7)).toBe(false);
    expect(isSoon('2026-11-25', today, 7)).toBe(false);
    expect(isSoon('', today, 7)).toBe(false);
  });
});

describe('display', () => {
  it('gives an example date ahead, across a month and a year', () => {
    expect(isoDaysAhead(today, 21)).toBe('2026-12-17');
    expect(isoDaysAhead(new Date(2026, 11, 20), 21)).toBe('2027-01-10');
  });
  it('writes dates in full in each language, with « 1er » in French', () => {
    expect(longDate('2026-12-15', 'en')).toBe('December 15, 2026');
    expect(longDate('2026-12-15', 'fr')).toBe('15 décembre 2026');
    expect(longDate('2027-03-01', 'fr')).toBe('1er mars 2027');
    expect(longDate('2027-03-01', 'en')).toBe('March 1, 2027');
    expect(formatEvaluationDate('2026-12-01', 'en')).toBe('December 1, 2026 (2026-12-01)');
  });
});

describe('evaluation dates, at the edges of each check', () => {
  it('refuses a date with more digits before it', () => {
    expect(checkEvaluationDate('12026-12-15', today)).toEqual({ ok: false, problem: 'format', vars: {} });
  });
  it('reads a date with spaces around it', () => {
    expect(parseDate(' 2026-12-15 ')).toEqual({ ok: true, date: { year: 2026, month: 12, day: 15 } });
  });
  it('says how many days ahead a date too far is', () => {
    expect(checkEvaluationDate('2027-11-27', today)).toEqual({ ok: false, problem: 'farFuture', vars: { days: 366 } });
  });
  it('takes nothing around a prefilled date', () => {
    expect(isRealDate(' 2026-12-10')).toBe(false);
    expect(isRealDate('2026-12-10 ')).toBe(false);
  });
  it('always writes the year with four digits', () => {
    expect(isoDaysAhead(new Date(999, 0, 1), 1)).toBe('0999-01-02');
  });
});
