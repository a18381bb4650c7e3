import { getSimplePaths } from 'xstate/graph';
import type { AnyStateMachine } from 'xstate';
import { edgesOf, type StepInfo } from './model.ts';
import { answerName } from './slug.ts';

/** One way through a flow, from the start to a final step. */
interface FlowPath {
  /** Step ids visited, start first, final step last. */
  steps: string[];
  /** Answer events taken, one fewer than steps. */
  events: string[];
}

/**
 * Every simple path (no step twice) from the start to each final step, from
 * `xstate/graph`'s `getSimplePaths`, run on the machine itself: what the machine tests pin.
 * Sorted by their description, so output is stable. `getSimplePaths` searches the whole
 * graph once per state, so its time grows with the square of the steps: the build uses
 * `simplePaths` instead, which a unit test keeps equal to this.
 * @internal Exported for the machines' tests, the flow check and the browser tests; the site uses `simplePaths`.
 */
export function finalPaths(machine: unknown, examples: readonly { type: string }[] = []): FlowPath[] {
  const paths = getSimplePaths(machine as AnyStateMachine, examples.length ? { events: eventsWith(machine, examples) } : undefined);
  const found = paths
    .filter((p) => p.state.status === 'done')
    .map((p) => ({
      steps: [...p.steps.map((s) => String(s.state.value))],
      events: p.steps.slice(1).map((s) => s.event.type),
    }));
  // Two examples may take the same branch: one path is enough.
  return sorted([...new Map(found.map((p) => [describePath(p), p])).values()]);
}

/** Every answer event of the machine as a bare event, except those with examples, which are sent as the examples. */
function eventsWith(machine: unknown, examples: readonly { type: string }[]): { type: string }[] {
  const states = (machine as { config?: { states?: Record<string, { on?: Record<string, unknown> }> } }).config?.states ?? {};
  const withExamples = new Set(examples.map((e) => e.type));
  const bare = [...new Set(Object.values(states).flatMap((s) => Object.keys(s.on ?? {})))].filter((type) => !withExamples.has(type));
  return [...bare.map((type) => ({ type })), ...examples];
}

/**
 * The same paths as `finalPaths`, from the steps read off the machine: one depth-first
 * search from the start, so time grows with the paths found, not with steps squared.
 */
export function simplePaths(steps: readonly StepInfo[]): FlowPath[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const start = steps.find((s) => s.initial);
  const found: FlowPath[] = [];
  if (!start) return found;
  const onPath = new Set<string>();
  const visited: string[] = [];
  const taken: string[] = [];
  const visit = (step: StepInfo) => {
    onPath.add(step.id);
    visited.push(step.id);
    if (step.final) found.push({ steps: [...visited], events: [...taken] });
    for (const edge of edgesOf(step)) {
      const next = byId.get(edge.target);
      if (!next || onPath.has(next.id)) continue;
      taken.push(edge.event);
      visit(next);
      taken.pop();
    }
    visited.pop();
    onPath.delete(step.id);
  };
  visit(start);
  return sorted([...new Map(found.map((p) => [describePath(p), p])).values()]);
}

function sorted(paths: FlowPath[]): FlowPath[] {
  return paths
    .map((path) => ({ path, key: describePath(path) }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((p) => p.path);
}

/**
 * `isAccountActivated -already-activated-> signInDirectly -signed-in-> solvedResult`
 * @internal Exported for the machines' tests, the bench and the browser tests.
 */
export function describePath(path: FlowPath): string {
  return path.steps.map((step, i) => (i === 0 ? step : `-${answerName(path.events[i - 1]!)}-> ${step}`)).join(' ');
}
