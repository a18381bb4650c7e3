/**
 * The node-by-node tests every version of every flow has (smart-answers' "tests by node"),
 * written once: where the machine starts, where each answer leads, that an answer a step
 * does not offer changes nothing, and which steps are final with which tag. Each version's
 * machine.test.ts gives its own table, copied from the graph it pins.
 */
import { expect, it } from 'vitest';
import { initialTransition, type AnyStateMachine } from 'xstate';
import { nextStep, snapshotAt } from '../src/lib/flows/transitions.ts';

export interface NodeTable {
  /** The first step. */
  start: string;
  /** `[from, answer, to]`: the answer's event without `user.answer.`. */
  answers: [from: string, answer: string, to: string][];
  /** `[step, answer]`: an answer the step does not offer. */
  ignored: [step: string, answer: string];
  /** `[step, tag]`: the final steps and their outcome tag. */
  finals: [step: string, tag: string][];
}

/** Registers the node-by-node tests of one machine in the surrounding `describe`. */
export function testNodeByNode(machine: AnyStateMachine, table: NodeTable) {
  it(`starts at ${table.start}`, () => {
    expect(initialTransition(machine)[0].value).toBe(table.start);
  });

  it.each(table.answers)('from %s, answer %s leads to %s', (from, answer, to) => {
    expect(nextStep(machine, from, answer)).toBe(to);
  });

  it(`ignores an answer a step does not offer (${table.ignored[1]} at ${table.ignored[0]})`, () => {
    expect(nextStep(machine, ...table.ignored)).toBe(table.ignored[0]);
  });

  it.each(table.finals)('%s is final and tagged %s', (step, tag) => {
    const at = snapshotAt(machine, step);
    expect(at.status).toBe('done');
    expect(at.hasTag(tag as never)).toBe(true);
  });
}
