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
