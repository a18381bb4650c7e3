import { ANSWER_PREFIX } from './slug.ts';
import { initialTransition, transition, type AnyStateMachine, type EventFromLogic } from 'xstate';

/**
 * The machine's snapshot standing at `step` (for node-by-node tests of any step).
 * @internal Exported for the node-by-node tests (`fixtures/node-by-node.ts`).
 */
export function snapshotAt(machine: AnyStateMachine, step: string) {
  const [start] = initialTransition(machine as AnyStateMachine, undefined as never);
  return machine.resolveState({ ...(start as object), value: step } as never);
}

/**
 * The step reached by answering `answer` (`forgot-password`) on `from`, by XState's pure transition().
 * @internal Exported for the node-by-node tests (`fixtures/node-by-node.ts`) and the check tests.
 */
export function nextStep(machine: AnyStateMachine, from: string, answer: string): string {
  const [after] = transition(machine, snapshotAt(machine, from), { type: `${ANSWER_PREFIX}${answer}` } as EventFromLogic<AnyStateMachine>);
  return String(after.value);
}

/** The step reached by sending `event` (an answer with data, such as a date) at `from`. */
export function stepAfter(machine: AnyStateMachine, from: string, event: { type: string }): string {
  const [after] = transition(machine, snapshotAt(machine, from), event as EventFromLogic<AnyStateMachine>);
  return String(after.value);
}
