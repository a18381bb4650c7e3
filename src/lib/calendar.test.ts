import { describe, expect, it } from 'vitest';
import { dayNumber, dateOfDayNumber, daysInMonth, isoDaysAhead, isoOf, isRealDate, longDate, parseDate, todayIso } from './calendar.ts';

// 26 November 2026, evening, in the machine's own time zone: the person's day.
const today = new Date(2026, 10, 26, 20, 0, 0);

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

describe('counting and writing dates', () => {
  it('gives an example date ahead, across a month and a year', () => {
    expect(isoDaysAhead(today, 21)).toBe('2026-12-17');
    expect(isoDaysAhead(new Date(2026, 11, 20), 21)).toBe('2027-01-10');
  });
  it('always writes the year with four digits', () => {
    expect(isoDaysAhead(new Date(999, 0, 1), 1)).toBe('0999-01-02');
    expect(isoOf({ year: 999, month: 1, day: 2 })).toBe('0999-01-02');
  });
  it("takes today in the clock's own time zone, late in the evening too", () => {
    expect(todayIso(today)).toBe('2026-11-26');
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
  it('counts days across months, years and leap days, both ways', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(dayNumber({ year: 2027, month: 1, day: 1 }) - dayNumber({ year: 2026, month: 12, day: 2 })).toBe(30);
    expect(dateOfDayNumber(dayNumber({ year: 2028, month: 2, day: 28 }) + 1)).toEqual({ year: 2028, month: 2, day: 29 });
  });
  it('says what is wrong with a date that is not real', () => {
    expect(parseDate('2027-02-29')).toEqual({ ok: false, problem: 'day', vars: { day: 29, days: 28 } });
    expect(parseDate('2026-12-00')).toEqual({ ok: false, problem: 'day', vars: { day: 0, days: 31 } });
    expect(parseDate('2026-13-01')).toEqual({ ok: false, problem: 'month', vars: { month: 13 } });
    expect(parseDate('2026-00-10')).toEqual({ ok: false, problem: 'month', vars: { month: 0 } });
  });
  it('refuses other shapes as a format problem, and pads a day or month of one digit', () => {
    for (const value of ['15/12/2026', '2026/12/15', 'tomorrow', '2026-12-15T10:00', '20261215']) {
      expect(parseDate(value), value).toEqual({ ok: false, problem: 'format', vars: {} });
    }
    expect(parseDate('2026-12-5')).toEqual({ ok: true, date: { year: 2026, month: 12, day: 5 } });
  });
  it('reads a date with spaces around it', () => {
    expect(parseDate(' 2026-12-15 ')).toEqual({ ok: true, date: { year: 2026, month: 12, day: 15 } });
  });
  it('takes nothing around a prefilled date', () => {
    expect(isRealDate(' 2026-12-10')).toBe(false);
    expect(isRealDate('2026-12-10 ')).toBe(false);
  });
  it('writes dates in full in each language, with « 1er » in French', () => {
    expect(longDate('2026-12-15', 'en')).toBe('December 15, 2026');
    expect(longDate('2026-12-15', 'fr')).toBe('15 décembre 2026');
    expect(longDate('2027-03-01', 'fr')).toBe('1er mars 2027');
    expect(longDate('2027-03-01', 'en')).toBe('March 1, 2027');
  });
});
