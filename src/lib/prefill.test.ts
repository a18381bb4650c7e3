import { describe, expect, it } from 'vitest';
import { prefillFromQuery, prefillQuery } from './prefill.ts';

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
  it('reads the boxes as the contact form does, month names included', () => {
    expect(prefillFromQuery('?course=Examen&dateDay=10&dateMonth=d%C3%A9c&dateYear=2026')).toEqual({
      values: { course: 'Examen', evaluationDate: '2026-12-10' },
      ignored: false,
    });
  });
  it('takes empty fields as not given, and a date it cannot read as ignored', () => {
    expect(prefillFromQuery('?course=&dateDay=&dateMonth=&dateYear=')).toEqual({ values: {}, ignored: false });
    expect(prefillFromQuery('?course=Examen&dateDay=31&dateMonth=2&dateYear=2026')).toEqual({
      values: { course: 'Examen' },
      ignored: true,
    });
    expect(prefillFromQuery('?dateDay=10&dateMonth=&dateYear=2026')).toEqual({ values: {}, ignored: true });
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
