/** One thing wrong with a flow, precise enough to fix without reading code. */
export interface Problem {
  /** The file to open, relative to the project root. */
  file: string;
  flow: string;
  version?: number;
  /** The locale of a content file's problem. */
  locale?: string;
  step?: string;
  /** The field inside the step or file, e.g. `meta.answers[1]` or `steps.signInDirectly.title`. */
  field?: string;
  /** What is wrong and what to do. */
  message: string;
}

/**
 * `flows/x/v1/machine.ts [invitation-code v1] step "signInDirectly", field meta.kind: message`
 * @internal Exported for `npm run flows:check` and the tests.
 */
export function formatProblem(p: Problem): string {
  const where = [
    p.version !== undefined ? `${p.flow} v${p.version}` : p.flow,
    p.locale !== undefined ? `locale ${p.locale}` : undefined,
    p.step !== undefined ? `step "${p.step}"` : undefined,
    p.field !== undefined ? `field ${p.field}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${p.file} (${where}): ${p.message}`;
}

/** Thrown by the build when a flow is broken; its message lists every problem. */
export class FlowCheckError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the flows:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'FlowCheckError';
  }
}

/** Where a flow's files live, by convention. */
export const flowFiles = {
  registry: (flow: string) => `flows/${flow}/flow.ts`,
  machine: (flow: string, version: number) => `flows/${flow}/v${version}/machine.ts`,
  content: (flow: string, version: number, locale: string) => `flows/${flow}/v${version}/content/${locale}.json`,
};
