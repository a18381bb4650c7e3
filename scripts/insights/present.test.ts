import { describe, expect, it } from 'vitest';
import { FEWER_THAN_SMALL, jsonCount, share, shown, toJson } from './present.ts';
import type { Figures } from './aggregate.ts';

describe('small counts', () => {
  it('writes 1 to 4 as "fewer than 5", and 0 and 5 or more as they are', () => {
    expect([0, 1, 4, 5, 1234].map(shown)).toEqual(['0', FEWER_THAN_SMALL, FEWER_THAN_SMALL, '5', '1,234']);
    expect(FEWER_THAN_SMALL).toBe('fewer than 5');
  });
  it('gives no share of a small count, nor of a small or empty whole', () => {
    expect(share(5, 20)).toBe('25%');
    expect(share(0, 20)).toBe('0%');
    expect(share(3, 20)).toBeUndefined();
    expect(share(0, 0)).toBeUndefined();
    expect(share(0, 3)).toBeUndefined();
  });
  it('puts the count in the JSON only when it may be written, or when asked for exact counts', () => {
    expect(jsonCount(3, false)).toEqual({ display: FEWER_THAN_SMALL });
    expect(jsonCount(3, true)).toEqual({ display: FEWER_THAN_SMALL, count: 3 });
    expect(jsonCount(0, false)).toEqual({ display: '0', count: 0 });
    expect(jsonCount(12, false)).toEqual({ display: '12', count: 12 });
  });
});

describe('the JSON', () => {
  const figures = {
    period: { from: '2026-11-01', to: '2026-11-30' },
    counted: 3,
    outsidePeriod: 1,
    unknownStep: 0,
    flows: [
      {
        flow: 'f',
        title: 'T',
        starts: 3,
        outcomes: { solved: 2, coordinator: 0, support: 7 },
        solvedYes: 1,
        solvedNo: 0,
        weeks: [],
        versions: [{ version: 2, published: '2026-11-01', latest: true, sections: [] }],
      },
    ],
  } as unknown as Figures;
  const read = { files: 1, lines: 10, skipped: { unreadable: 1, notSignal: 5, method: 0, status: 1, bot: 2 }, problems: [] };

  it('turns every count of people into { display, count? } and leaves other numbers (versions) alone', () => {
    const json = toJson(figures, read, { exact: false, generated: '2026-12-01T00:00:00.000Z' }) as {
      flows: unknown[];
      read: unknown;
      exact: boolean;
    };
    expect(json.flows).toEqual([
      {
        flow: 'f',
        title: 'T',
        starts: { display: FEWER_THAN_SMALL },
        outcomes: { solved: { display: FEWER_THAN_SMALL }, coordinator: { display: '0', count: 0 }, support: { display: '7', count: 7 } },
        solvedYes: { display: FEWER_THAN_SMALL },
        solvedNo: { display: '0', count: 0 },
        weeks: [],
        versions: [{ version: 2, published: '2026-11-01', latest: true, sections: [] }],
      },
    ]);
    expect(json.read).toEqual({
      files: 1,
      lines: 10,
      counted: 3,
      skipped: { unreadable: 1, notSignal: 5, method: 0, status: 1, bot: 2, outsidePeriod: 1, unknownStep: 0 },
      problems: [],
    });
    expect(json.exact).toBe(false);
  });
});
