import { checkFlow } from './check.ts';
import type { FlowModel } from './model.ts';
import { FlowCheckError } from './problem.ts';
import { LOCALES, type Locale } from '../../schemas/flow.ts';

/** Checks every definition and returns the models; throws one error listing every problem. */
export function loadFlows(definitions: readonly unknown[], locales: readonly Locale[] = LOCALES): FlowModel[] {
  const checks = definitions.map((d) => checkFlow(d, locales));
  const problems = checks.flatMap((c) => c.problems);
  const ids = checks.map((c) => c.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) problems.push({ file: 'flows/index.ts', flow: id, message: 'is listed twice; list each flow once' });
  });
  if (problems.length) throw new FlowCheckError(problems);
  return checks.map((c) => c.model!);
}
