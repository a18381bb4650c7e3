import { describe, expect, it } from 'vitest';
import { earlierEntry, type HistoryEntry } from './history-return.ts';

const site = 'https://help.example.org';
const walk = (...paths: string[]): HistoryEntry[] => paths.map((p, index) => ({ key: `k${index}`, index, url: `${site}${p}` }));

describe('earlierEntry: returning through history', () => {
  const entries = walk('/en/flow/', '/en/flow/a/', '/en/flow/b/', '/en/flow/a/', '/en/flow/c/');

  it('finds the previous step for Back', () => {
    expect(earlierEntry(entries, 4, `${site}/en/flow/a/`)).toBe('k3');
  });
  it('finds the nearest earlier visit, not the first one', () => {
    expect(earlierEntry(entries, 4, `${site}/en/flow/a/`)).not.toBe('k1');
    expect(earlierEntry(entries, 2, `${site}/en/flow/a/`)).toBe('k1');
  });
  it('finds the start page several steps back for Start over', () => {
    expect(earlierEntry(entries, 4, `${site}/en/flow/`)).toBe('k0');
  });
  it('ignores the fragment but not the query', () => {
    expect(earlierEntry(entries, 4, `${site}/en/flow/b/#trail`)).toBe('k2');
    expect(earlierEntry(entries, 4, `${site}/en/flow/b/?course=x`)).toBeUndefined();
  });
  it('never goes forward, nor to the current entry', () => {
    expect(earlierEntry(entries, 2, `${site}/en/flow/c/`)).toBeUndefined();
    expect(earlierEntry(entries, 4, `${site}/en/flow/c/`)).toBeUndefined();
  });
  it('gives nothing for a page not seen in this tab, or an entry without a URL', () => {
    expect(earlierEntry(entries, 4, `${site}/fr/flow/a/`)).toBeUndefined();
    expect(earlierEntry([{ key: 'x', index: 0, url: null }], 1, `${site}/en/flow/`)).toBeUndefined();
  });
});
