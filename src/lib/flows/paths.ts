import { getSimplePaths } from 'xstate/graph';
import type { AnyStateMachine } from 'xstate';
import type { StepInfo } from './steps.ts';

/** One way through a flow, from the start to a final step. */
export interface FlowPath {
  /** Step ids visited, start first, final step last. */
  steps: string[];
  /** Answer events taken, one fewer than steps. */
  events: string[];
}

/**
 * Every simple path (no step twice) from the start to each final step, from
 * `xstate/graph`'s `getSimplePaths`. Sorted by their description, so output is stable.
 */
export function finalPaths(machine: unknown): FlowPath[] {
  const paths = getSimplePaths(machine as AnyStateMachine);
  return paths
    .filter((p) => p.state.status === 'done')
    .map((p) => ({
      steps: [...p.steps.map((s) => String(s.state.value))],
      events: p.steps.slice(1).map((s) => s.event.type),
    }))
    .sort((a, b) => describePath(a).localeCompare(describePath(b)));
}

/** `isAccountActivated -already-activated-> signInDirectly -signed-in-> solvedResult` */
export function describePath(path: FlowPath): string {
  return path.steps.map((step, i) => (i === 0 ? step : `-${path.events[i - 1]!.replace('user.answer.', '')}-> ${step}`)).join(' ');
}

/** Final step ids with how many simple paths reach each. */
export function countPathsByOutcome(paths: readonly FlowPath[], steps: readonly StepInfo[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of steps.filter((s) => s.final)) counts[s.id] = 0;
  for (const p of paths) {
    const last = p.steps.at(-1)!;
    counts[last] = (counts[last] ?? 0) + 1;
  }
  return counts;
}
