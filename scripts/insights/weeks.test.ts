import { describe, expect, it } from 'vitest';
import { isDay, isoWeek, monthDays, weekDays } from './weeks.ts';

describe('ISO weeks', () => {
  it('numbers weeks from Monday, week 1 holding the first Thursday', () => {
    expect(isoWeek('2026-11-30')).toBe('2026-W49');
    expect(isoWeek('2026-12-06')).toBe('2026-W49');
    expect(isoWeek('2026-12-07')).toBe('2026-W50');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });
  it('gives back the Monday and Sunday of a week, even across years', () => {
    expect(weekDays('2026-W49')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(weekDays('2026-W01')).toEqual({ monday: '2025-12-29', sunday: '2026-01-04' });
    expect(weekDays('2026-W53')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
    for (const day of ['2026-01-01', '2026-06-15', '2027-01-03']) {
      const { monday, sunday } = weekDays(isoWeek(day));
      expect(monday <= day && day <= sunday, day).toBe(true);
    }
    expect(() => weekDays('2026-49')).toThrow(/not an ISO week/);
  });
  it('gives the days of a month, and tells a real day', () => {
    expect(monthDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthDays('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthDays('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(() => monthDays('2026-13')).toThrow(/not a month/);
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-2-1')).toBe(false);
    expect(() => isoWeek('someday')).toThrow(/not a day/);
  });
});
