import { describe, expect, it } from 'vitest';
import { datePartsOf, exampleDate, isOverAYearBefore, monthNumber, readDateParts } from './date-parts.ts';

const read = (day: string, month: string, year: string) => readDateParts({ day, month, year });
/** What the boxes give for a real date: the date written YYYY-MM-DD and as numbers. */
const real = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { kind: 'date', iso, date: { year, month, day } };
};

describe('readDateParts', () => {
  it('reads a date typed as the hint shows it', () => {
    expect(read('2', '11', '2026')).toEqual(real('2026-11-02'));
  });
  it('takes leading zeros and stray spaces', () => {
    expect(read(' 02 ', '011'.slice(1), ' 2026')).toEqual(real('2026-11-02'));
    expect(read('0 5', ' 1 2 ', '20 26')).toEqual(real('2026-12-05'));
  });
  it('takes a month by name or abbreviation, in English or French, with or without accents and full stop', () => {
    for (const month of ['nov', 'Nov.', 'novembre', 'November', 'NOV']) expect(read('2', month, '2026')).toEqual(real('2026-11-02'));
    for (const month of ['déc', 'Déc.', 'décembre', 'decembre', 'dec', 'December'])
      expect(read('2', month, '2026')).toEqual(real('2026-12-02'));
    expect(read('1', 'févr.', '2027')).toEqual(real('2027-02-01'));
    expect(read('1', 'août', '2027')).toEqual(real('2027-08-01'));
    expect(read('1', 'juil', '2027')).toEqual(real('2027-07-01'));
    expect(read('1', 'sept', '2027')).toEqual(real('2027-09-01'));
    expect(read('1', 'mai', '2027')).toEqual(real('2027-05-01'));
    expect(read('1', 'may', '2027')).toEqual(real('2027-05-01'));
  });
  it('refuses a name that fits two months or none', () => {
    expect(read('1', 'jui', '2027')).toMatchObject({ kind: 'problem', problem: 'month', parts: ['month'] });
    expect(read('1', 'ju', '2027')).toMatchObject({ kind: 'problem', problem: 'month' });
    expect(read('1', 'noel', '2027')).toMatchObject({ kind: 'problem', problem: 'month' });
  });
  it('is empty when all three boxes are', () => {
    expect(read('', ' ', '')).toEqual({ kind: 'empty' });
  });
  it('names every empty box, and highlights those', () => {
    expect(read('', '11', '2026')).toEqual({ kind: 'problem', problem: 'missingDay', parts: ['day'], vars: {} });
    expect(read('2', '', '2026')).toEqual({ kind: 'problem', problem: 'missingMonth', parts: ['month'], vars: {} });
    expect(read('2', '11', '')).toEqual({ kind: 'problem', problem: 'missingYear', parts: ['year'], vars: {} });
    expect(read('', '', '2026')).toEqual({ kind: 'problem', problem: 'missingDayMonth', parts: ['day', 'month'], vars: {} });
    expect(read('', '11', '')).toEqual({ kind: 'problem', problem: 'missingDayYear', parts: ['day', 'year'], vars: {} });
    expect(read('2', '', '')).toEqual({ kind: 'problem', problem: 'missingMonthYear', parts: ['month', 'year'], vars: {} });
  });
  it('reads a whole date pasted into one box', () => {
    expect(read('2026-11-02', '', '')).toEqual(real('2026-11-02'));
    expect(read('', '', '2026-11-2')).toEqual(real('2026-11-02'));
    expect(read('2026-02-30', '', '')).toMatchObject({ kind: 'problem', problem: 'dayInMonth' });
  });
  it('refuses a day that is not 1 to 31', () => {
    for (const day of ['0', '32', 'x', '1.5', '-1', '123'])
      expect(read(day, '11', '2026')).toMatchObject({ kind: 'problem', problem: 'day', parts: ['day'] });
  });
  it('refuses a month that is not 1 to 12', () => {
    for (const month of ['0', '13', '00', '1x'])
      expect(read('2', month, '2026')).toMatchObject({ kind: 'problem', problem: 'month', parts: ['month'] });
  });
  it('wants a year of four numbers', () => {
    for (const year of ['26', '202', '20261', 'deux'])
      expect(read('2', '11', year)).toMatchObject({ kind: 'problem', problem: 'year', parts: ['year'] });
  });
  it('says how many days the month has when the day is past its end, leap years included', () => {
    expect(read('31', '11', '2026')).toEqual({ kind: 'problem', problem: 'dayInMonth', parts: ['day'], vars: { days: 30 } });
    expect(read('29', '2', '2027')).toEqual({ kind: 'problem', problem: 'dayInMonth', parts: ['day'], vars: { days: 28 } });
    expect(read('29', '2', '2028')).toEqual(real('2028-02-29'));
  });
  it('names the first wrong box when several are wrong', () => {
    expect(read('40', '13', '26')).toMatchObject({ problem: 'day', parts: ['day'] });
    expect(read('4', '13', '26')).toMatchObject({ problem: 'month', parts: ['month'] });
  });
});

describe('monthNumber', () => {
  it('reads numbers 1 to 12 with or without a leading zero', () => {
    expect(monthNumber('1')).toBe(1);
    expect(monthNumber('09')).toBe(9);
    expect(monthNumber('12')).toBe(12);
    expect(monthNumber('13')).toBeUndefined();
  });
  it('wants three letters at least', () => {
    expect(monthNumber('no')).toBeUndefined();
    expect(monthNumber('nov')).toBe(11);
  });
});

describe('datePartsOf and exampleDate', () => {
  it('split a date into what the boxes hold, without leading zeros', () => {
    expect(datePartsOf('2026-11-02')).toEqual({ day: '2', month: '11', year: '2026' });
    expect(datePartsOf('not a date')).toEqual({ day: '', month: '', year: '' });
    expect(exampleDate('2026-11-02')).toBe('2 11 2026');
  });
});

describe('isOverAYearBefore', () => {
  it('is true from the day before the same date a year ago', () => {
    expect(isOverAYearBefore('2025-12-06', '2026-12-06')).toBe(false);
    expect(isOverAYearBefore('2025-12-05', '2026-12-06')).toBe(true);
    expect(isOverAYearBefore('2016-11-02', '2026-12-06')).toBe(true);
    expect(isOverAYearBefore('2026-12-06', '2026-12-06')).toBe(false);
  });
  it('counts a year before 29 February from 28 February', () => {
    expect(isOverAYearBefore('2027-02-28', '2028-02-29')).toBe(false);
    expect(isOverAYearBefore('2027-02-27', '2028-02-29')).toBe(true);
  });
});

describe('month names, every one', () => {
  const names: [string, number][] = [
    ['january', 1],
    ['janvier', 1],
    ['jan', 1],
    ['janv.', 1],
    ['february', 2],
    ['février', 2],
    ['fevrier', 2],
    ['feb', 2],
    ['févr', 2],
    ['march', 3],
    ['mars', 3],
    ['mar', 3],
    ['april', 4],
    ['avril', 4],
    ['apr', 4],
    ['avr.', 4],
    ['may', 5],
    ['mai', 5],
    ['june', 6],
    ['juin', 6],
    ['jun', 6],
    ['july', 7],
    ['juillet', 7],
    ['jul', 7],
    ['juil.', 7],
    ['august', 8],
    ['août', 8],
    ['aout', 8],
    ['aug', 8],
    ['september', 9],
    ['septembre', 9],
    ['sep', 9],
    ['sept.', 9],
    ['october', 10],
    ['octobre', 10],
    ['oct', 10],
    ['november', 11],
    ['novembre', 11],
    ['nov', 11],
    ['december', 12],
    ['décembre', 12],
    ['dec', 12],
    ['déc.', 12],
  ];
  it.each(names)('reads "%s" as month %i', (name, month) => {
    expect(monthNumber(name)).toBe(month);
    expect(monthNumber(` ${name.toUpperCase()} `)).toBe(month);
  });
  it('refuses a name with more after it, or two full stops, or letters and digits mixed', () => {
    expect(monthNumber('novembre2')).toBeUndefined();
    expect(monthNumber('nov..')).toBeUndefined();
    expect(monthNumber('1nov')).toBeUndefined();
    expect(monthNumber('n.ov')).toBeUndefined();
    expect(monthNumber('123')).toBeUndefined();
  });
});

describe('readDateParts, spaces and pasted dates at their edges', () => {
  it('takes several spaces inside a box, and a month name with spaces around', () => {
    expect(read('1  2', '1   1', '2 0 2 6')).toMatchObject({ kind: 'date', iso: '2026-11-12' });
    expect(read('2', '  nov  ', '2026')).toMatchObject({ kind: 'date', iso: '2026-11-02' });
  });
  it('reads a pasted date only when the two other boxes are empty, and only a whole one', () => {
    expect(read('2026-11-02', '11', '')).toMatchObject({ kind: 'problem', problem: 'missingYear' });
    expect(read('x2026-11-02', '', '')).toMatchObject({ kind: 'problem', problem: 'missingMonthYear' });
    expect(read('2026-11-02x', '', '')).toMatchObject({ kind: 'problem', problem: 'missingMonthYear' });
    expect(read('', '2026-11-02', '')).toMatchObject({ kind: 'date', iso: '2026-11-02' });
  });
  it('refuses a day or a year with more around the digits', () => {
    expect(read('2x', '11', '2026')).toMatchObject({ problem: 'day' });
    expect(read('x2', '11', '2026')).toMatchObject({ problem: 'day' });
    expect(read('2', '11', '2026x')).toMatchObject({ problem: 'year' });
    expect(read('2', '11', 'x2026')).toMatchObject({ problem: 'year' });
  });
});
