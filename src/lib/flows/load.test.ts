import { describe, expect, it } from 'vitest';
import { loadFlows } from './load.ts';
import { FlowCheckError } from './problem.ts';
import { tinyContent, tinyFlow, tinyMachineConfig } from './fixtures/tiny-flow.ts';

const tiny = (extra: Record<string, unknown> = {}) => tinyFlow([{ machine: tinyMachineConfig(), content: { en: tinyContent() } }], extra);

/** The error loadFlows throws for `definitions` (it must throw one). */
function failure(definitions: unknown[]): FlowCheckError {
  try {
    loadFlows(definitions, ['en']);
  } catch (error) {
    if (error instanceof FlowCheckError) return error;
    throw error;
  }
  throw new Error('loadFlows accepted the definitions');
}

describe('loadFlows', () => {
  it('returns the model of each flow, in the order listed', () => {
    expect(loadFlows([tiny(), tiny({ id: 'other' })], ['en']).map((f) => f.id)).toEqual(['tiny', 'other']);
  });

  it('refuses a flow listed twice, naming flows/index.ts', () => {
    const error = failure([tiny(), tiny({ id: 'other' }), tiny()]);
    expect(error.name).toBe('FlowCheckError');
    expect(error.problems).toEqual([{ file: 'flows/index.ts', flow: 'tiny', message: 'is listed twice; list each flow once' }]);
    expect(error.message).toBe('1 problem(s) in the flows:\n  - flows/index.ts (tiny): is listed twice; list each flow once');
  });

  it('lists every problem of every flow in one error, one line each', () => {
    const error = failure([tiny({ latest: 2 }), tiny({ id: 'Bad id' })]);
    expect(error.message).toBe(
      [
        '2 problem(s) in the flows:',
        '  - flows/tiny/flow.ts (tiny, field latest): latest is 2 but no such version is listed',
        '  - flows/Bad id/flow.ts (Bad id, field id): must be lower-case words joined by hyphens',
      ].join('\n'),
    );
  });
});
