import { describe, expect, it } from 'vitest';
import { checkEvaluationDate, daysUntil, formatEvaluationDate, isSoon, readEvaluationDate } from './evaluation-date.ts';
import { parseDate } from './calendar.ts';

// 26 November 2026, evening, in the machine's own time zone: the person's day.
const today = new Date(2026, 10, 26, 20, 0, 0);

/** A real date, as the date boxes give it. */
const on = (iso: string) => {
  const parsed = parseDate(iso);
  if (!parsed.ok) throw new Error(`not a date: ${iso}`);
  return parsed.date;
};

describe('checkEvaluationDate', () => {
  it('takes today, tomorrow and a year ahead to the day', () => {
    expect(checkEvaluationDate(on('2026-11-26'), today)).toEqual({ ok: true, iso: '2026-11-26' });
    expect(checkEvaluationDate(on('2026-11-27'), today)).toEqual({ ok: true, iso: '2026-11-27' });
    expect(checkEvaluationDate(on('2027-11-26'), today)).toEqual({ ok: true, iso: '2027-11-26' });
  });
  it('writes the date with leading zeros', () => {
    expect(checkEvaluationDate({ year: 2026, month: 12, day: 5 }, today)).toEqual({ ok: true, iso: '2026-12-05' });
  });
  it('refuses yesterday, ten days ago and 1999 as past, saying how many days ago', () => {
    expect(checkEvaluationDate(on('2026-11-25'), today)).toEqual({ ok: false, problem: 'past', vars: { days: 1 } });
    expect(checkEvaluationDate(on('2026-11-16'), today)).toEqual({ ok: false, problem: 'past', vars: { days: 10 } });
    expect(checkEvaluationDate(on('1999-01-01'), today)).toMatchObject({ ok: false, problem: 'past' });
  });
  it('refuses a year and a day ahead, and 2099, as too far', () => {
    expect(checkEvaluationDate(on('2027-11-27'), today)).toMatchObject({ ok: false, problem: 'farFuture' });
    expect(checkEvaluationDate(on('2099-12-31'), today)).toMatchObject({ ok: false, problem: 'farFuture' });
  });
  it('a year ahead of 29 February is 28 February', () => {
    const leapDay = new Date(2028, 1, 29, 9);
    expect(checkEvaluationDate(on('2029-02-28'), leapDay)).toEqual({ ok: true, iso: '2029-02-28' });
    expect(checkEvaluationDate(on('2029-03-01'), leapDay)).toMatchObject({ ok: false, problem: 'farFuture' });
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
  it('writes the date in full and exactly, for support', () => {
    expect(formatEvaluationDate('2026-12-01', 'en')).toBe('December 1, 2026 (2026-12-01)');
    expect(formatEvaluationDate('2027-03-01', 'fr')).toBe('1er mars 2027 (2027-03-01)');
  });
});

describe('evaluation dates, at the edges of each check', () => {
  it('refuses a date with more digits before it', () => {
    expect(parseDate('12026-12-15')).toEqual({ ok: false, problem: 'format', vars: {} });
  });
  it('says how many days ahead a date too far is', () => {
    expect(checkEvaluationDate(on('2027-11-27'), today)).toEqual({ ok: false, problem: 'farFuture', vars: { days: 366 } });
  });
});

describe('readEvaluationDate: the three boxes read and checked, one message for each problem', () => {
  const boxes = (day: string, month: string, year: string) => ({ day, month, year });
  it('takes empty boxes as no date (it is optional), and a date from today to a year ahead', () => {
    expect(readEvaluationDate(boxes('', ' ', ''), today)).toEqual({ ok: true, iso: '' });
    expect(readEvaluationDate(boxes('26', '11', '2026'), today)).toEqual({ ok: true, iso: '2026-11-26' });
    expect(readEvaluationDate(boxes('10', 'déc', '2026'), today)).toEqual({ ok: true, iso: '2026-12-10' });
    expect(readEvaluationDate(boxes('26', '11', '2027'), today)).toEqual({ ok: true, iso: '2027-11-26' });
  });
  it("gives a box's problem with its message key and the boxes to mark", () => {
    expect(readEvaluationDate(boxes('', '12', '2026'), today)).toEqual({
      ok: false,
      key: 'date.error.missingDay',
      vars: {},
      parts: ['day'],
    });
    expect(readEvaluationDate(boxes('31', '11', '2026'), today)).toEqual({
      ok: false,
      key: 'date.error.dayInMonth',
      vars: { days: 30 },
      parts: ['day'],
    });
    expect(readEvaluationDate(boxes('10', '13', '2026'), today)).toEqual({
      ok: false,
      key: 'date.error.month',
      vars: {},
      parts: ['month'],
    });
  });
  it('refuses a past date and one more than a year ahead, marking every box', () => {
    expect(readEvaluationDate(boxes('25', '11', '2026'), today)).toEqual({
      ok: false,
      key: 'contact.error.evaluationDate.past',
      vars: { days: 1 },
      parts: ['day', 'month', 'year'],
    });
    expect(readEvaluationDate(boxes('27', '11', '2027'), today)).toEqual({
      ok: false,
      key: 'contact.error.evaluationDate.farFuture',
      vars: { days: 366 },
      parts: ['day', 'month', 'year'],
    });
  });
});
