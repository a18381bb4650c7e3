import { describe, expect, it } from 'vitest';
import { prefillFromQuery, prefillQuery } from './prefill.ts';
import { prefilledDate, prefillToolQuery } from './prefill-date.ts';

describe('prefill by query string (support staff links)', () => {
  it('takes a valid course and date', () => {
    expect(prefillFromQuery('?course=Examen%20B&date=2026-12-01')).toEqual({
      values: { course: 'Examen B', evaluationDate: '2026-12-01' },
      ignored: false,
    });
  });
  it('takes nothing from an empty query, and says nothing', () => {
    expect(prefillFromQuery('')).toEqual({ values: {}, ignored: false });
  });
  it('ignores invalid or unknown values, and says so', () => {
    expect(prefillFromQuery('?course=%0Abcc&date=2026-13-01&email=a@b.c')).toEqual({ values: {}, ignored: true });
    expect(prefillFromQuery(`?course=${'x'.repeat(301)}`)).toEqual({ values: {}, ignored: true });
    expect(prefillFromQuery('?course=%20%20')).toEqual({ values: {}, ignored: true });
  });
  it('keeps the valid value when another is refused', () => {
    expect(prefillFromQuery(`?course=${'x'.repeat(300)}&date=2026-02-31`)).toEqual({ values: { course: 'x'.repeat(300) }, ignored: true });
    expect(prefillFromQuery('?course=Examen&utm=1')).toEqual({ values: { course: 'Examen' }, ignored: true });
  });
});

describe('prefill from the staff map without scripts (the date in three boxes)', () => {
  it('carries the boxes as typed, and reads them as the contact form does, month names included', () => {
    const prefill = prefillFromQuery('?course=Examen&dateDay=10&dateMonth=d%C3%A9c&dateYear=2026');
    expect(prefill).toEqual({ values: { course: 'Examen', dateBoxes: { day: '10', month: 'déc', year: '2026' } }, ignored: false });
    expect(prefilledDate(prefill.values)).toEqual({ iso: '2026-12-10', ignored: false });
  });
  it('takes empty fields as not given, and a date it cannot read as ignored', () => {
    expect(prefillFromQuery('?course=&dateDay=&dateMonth=&dateYear=')).toEqual({ values: {}, ignored: false });
    expect(prefilledDate(prefillFromQuery('?course=Examen&dateDay=31&dateMonth=2&dateYear=2026').values)).toEqual({ ignored: true });
    expect(prefilledDate(prefillFromQuery('?dateDay=10&dateMonth=&dateYear=2026').values)).toEqual({ ignored: true });
    expect(prefilledDate(prefillFromQuery('?course=Examen').values)).toEqual({ ignored: false });
  });
  it('refuses boxes longer than a month name', () => {
    expect(prefillFromQuery(`?dateDay=1&dateMonth=${'x'.repeat(21)}&dateYear=2026`)).toEqual({ values: {}, ignored: true });
  });
  it('prefers a written date to boxes, and carries boxes on in a link as they came', () => {
    expect(prefillFromQuery('?date=2026-12-10&dateDay=1').values).toEqual({ evaluationDate: '2026-12-10' });
    expect(prefillQuery({ dateBoxes: { day: '10', month: 'déc', year: '2026' } })).toBe('?dateDay=10&dateMonth=d%C3%A9c&dateYear=2026');
  });
});

describe('prefillQuery', () => {
  it('writes back what prefillFromQuery reads, and nothing when empty', () => {
    const query = prefillQuery({ course: "Examen d'admission", evaluationDate: '2026-12-10' });
    expect(prefillFromQuery(query)).toEqual({ values: { course: "Examen d'admission", evaluationDate: '2026-12-10' }, ignored: false });
    expect(prefillQuery({})).toBe('');
    expect(prefillQuery({ evaluationDate: '2026-12-10' })).toBe('?date=2026-12-10');
  });
});

describe('prefillFromQuery trims', () => {
  it('takes a course without the spaces around it', () => {
    expect(prefillFromQuery('?course=%20Examen%20B%20')).toEqual({ values: { course: 'Examen B' }, ignored: false });
  });
});

describe("prefillToolQuery: the staff map's link, its date checked as the contact form checks it", () => {
  // 26 November 2026, evening.
  const today = new Date(2026, 10, 26, 20, 0, 0);
  const fields = (course: string, day: string, month: string, year: string) =>
    new URLSearchParams({ course, dateDay: day, dateMonth: month, dateYear: year }).toString();

  it('builds the link of the course and a date from today to a year ahead, written YYYY-MM-DD', () => {
    expect(prefillToolQuery(fields('Examen B', '10', 'déc', '2026'), today)).toEqual({
      ok: true,
      query: '?course=Examen+B&date=2026-12-10',
    });
    expect(prefillToolQuery(fields('Examen B', '26', '11', '2026'), today)).toEqual({
      ok: true,
      query: '?course=Examen+B&date=2026-11-26',
    });
    expect(prefillToolQuery(fields('', '26', '11', '2027'), today)).toEqual({ ok: true, query: '?date=2027-11-26' });
  });
  it('builds it without a date when the boxes are empty, and empty when nothing is typed', () => {
    expect(prefillToolQuery(fields('  Examen B ', '', '', ''), today)).toEqual({ ok: true, query: '?course=Examen+B' });
    expect(prefillToolQuery(fields('', '', '', ''), today)).toEqual({ ok: true, query: '' });
    expect(prefillToolQuery('', today)).toEqual({ ok: true, query: '' });
  });
  it('refuses a past date and one more than a year ahead with the contact form’s messages, every box marked', () => {
    expect(prefillToolQuery(fields('Examen B', '1', '12', '2025'), today)).toMatchObject({
      ok: false,
      key: 'contact.error.evaluationDate.past',
      parts: ['day', 'month', 'year'],
    });
    expect(prefillToolQuery(fields('Examen B', '25', '11', '2026'), today)).toMatchObject({
      ok: false,
      key: 'contact.error.evaluationDate.past',
    });
    expect(prefillToolQuery(fields('Examen B', '27', '11', '2027'), today)).toMatchObject({
      ok: false,
      key: 'contact.error.evaluationDate.farFuture',
    });
  });
  it('refuses a date that is not one, naming the box', () => {
    expect(prefillToolQuery(fields('Examen B', '31', '11', '2026'), today)).toEqual({
      ok: false,
      key: 'date.error.dayInMonth',
      vars: { days: 30 },
      parts: ['day'],
    });
    expect(prefillToolQuery(fields('Examen B', '10', '', '2026'), today)).toMatchObject({
      ok: false,
      key: 'date.error.missingMonth',
      parts: ['month'],
    });
  });
});
