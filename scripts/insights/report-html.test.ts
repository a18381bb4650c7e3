import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { datedFlow } from '../../src/lib/flows/fixtures/dated-flow.ts';
import { aggregate } from './aggregate.ts';
import type { DatedSignal } from './classify.ts';
import { edgeWeight, reportHtml } from './report-html.ts';

const flow = datedFlow();
const views = (n: number, step: string, edge?: { from: string; answer: string }): DatedSignal[] =>
  Array.from(
    { length: n },
    () =>
      ({
        day: '2026-12-01',
        signal: { kind: 'view', flow: 'dated', version: 2, locale: 'en', step, ...(edge ? { edge } : {}) },
      }) as DatedSignal,
  );
const signals = [
  ...views(12, 'is-it-broken'),
  ...views(7, 'try-again', { from: 'is-it-broken', answer: 'yes' }),
  ...views(3, 'solved-result', { from: 'try-again', answer: 'it-worked' }),
];
const read = { files: 1, lines: 40, skipped: { unreadable: 0, notSignal: 18, method: 0, status: 0, bot: 0 }, problems: [] };
const html = await reportHtml(aggregate([flow], signals, {}, config), read, [flow], config, { generated: '2026-12-07T10:00:00.000Z' });

describe('the HTML report', () => {
  it('is one self-contained page: no script, no stylesheet or image to fetch', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-CA">/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
  });
  it("follows the reader's light or dark setting and prints on white", () => {
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toContain('@media print');
  });
  it('says the period, what was read, how to read it, and each part per version', () => {
    expect(html).toContain('<title>Is the help guide helping? December 1, 2026</title>');
    for (const heading of [
      'What was read',
      'How to read this report',
      'Dated guide',
      'By week',
      'Version 2 (latest), published November 1, 2026',
      'Views of each step',
      'How each question was answered',
      'Where people stop',
      'Outcomes reached, and “Did this solve it?”',
    ])
      expect(html, heading).toContain(heading);
    expect(html).toContain('No views of version 1 in this period.');
  });
  it('writes a small count as "fewer than 5" everywhere, in tables and on the map', () => {
    expect(html).toContain('<td class="num small"><span class="n">fewer than 5</span></td>');
    expect(html).not.toMatch(/<span class="n">3<\/span>/);
    expect(html).toContain('>fewer than 5</text>');
    expect(html).toContain('>7</text>');
    expect(html).toContain('12 views');
  });
  it("draws the version's map with its counts, each step linked to its pinned page", () => {
    expect(html).toContain('aria-labelledby="dated-v2-picture"');
    expect(html).toContain('id="dated-v2-picture"');
    expect(html).toContain(`href="${config.site}/en/dated/v2/try-again/"`);
  });
});

describe('edge widths on the map', () => {
  it('draws no one dashed, 1 to 4 alike, then in proportion to the largest', () => {
    expect(edgeWeight(0, 100)).toEqual({ label: '0', penwidth: 0.75, dashed: true });
    expect(edgeWeight(1, 100)).toEqual(edgeWeight(4, 100));
    expect(edgeWeight(4, 100).label).toBe('fewer than 5');
    expect(edgeWeight(100, 100)).toEqual({ label: '100', penwidth: 8 });
    expect(edgeWeight(50, 100).penwidth).toBe(4.75);
  });
});
