import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from './budgets.ts';

/** The rows of docs/design.md's budget table: what, budget. */
const design = readFileSync(join(import.meta.dirname, '../../docs/design.md'), 'utf8');
const rows = design
  .slice(design.indexOf('## Budgets'))
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| what') && !line.startsWith('| ---'))
  .map(
    (line) =>
      line
        .split('|')
        .map((cell) => cell.trim())
        .slice(1, 3) as [string, string],
  );
const budgetOf = (what: string) => rows.find(([w]) => w.startsWith(what))?.[1];
const kb = (bytes: number) => `${bytes / 1024} KB`;

describe('docs/design.md quotes the budgets of scripts/shared/budgets.ts', () => {
  it.each([
    ['any step page, first render', `<= ${kb(BUDGETS.stepDocumentBytes)} transferred`],
    ['JavaScript on question and advice pages', `<= ${kb(BUDGETS.questionAdviceScriptBytes)} gzipped`],
    ['JavaScript on the contact page', `<= ${kb(BUDGETS.contactScriptBytes)} gzipped`],
    ['Largest Contentful Paint', `<= ${BUDGETS.lcpFactor} x a bare`],
    ['click on an answer', `<= ${BUDGETS.answerClickMs} ms`],
    ['any in-flow navigation', `p90 <= ${BUDGETS.throttledMs.p90} ms, median <= ${BUDGETS.throttledMs.median} ms`],
    [
      'the same in a browser without speculation rules',
      `p90 <= ${BUDGETS.throttledNoRulesMs.p90} ms, median <= ${BUDGETS.throttledNoRulesMs.median} ms`,
    ],
    ['Lighthouse (mobile)', `${BUDGETS.lighthouseScore * 100} in each category`],
    [`build of a generated ${BUDGETS.build.steps.toLocaleString('en')}-step flow`, `<= ${BUDGETS.build.seconds} s`],
  ])('%s: %s', (what, quoted) => {
    expect(budgetOf(what)).toContain(quoted);
  });
});
