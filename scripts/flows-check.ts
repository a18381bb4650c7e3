/**
 * `npm run flows:check`: checks every flow and prints, per flow and version, its steps,
 * answers, outcomes and number of paths, then every problem. Exits 1 on any problem.
 */
import { flowDefinitions } from '../flows/index.ts';
import { checkFlow } from '../src/lib/flows/check.ts';
import { finalPaths } from '../src/lib/flows/paths.ts';
import { formatProblem } from '../src/lib/flows/problem.ts';

let failed = 0;
for (const definition of flowDefinitions) {
  const result = checkFlow(definition);
  if (result.model) {
    for (const v of result.model.versions) {
      const answers = v.steps.reduce((n, s) => n + s.answers.length, 0);
      const outcomes = v.steps.filter((s) => s.final).length;
      const paths = finalPaths(v.machine, v.examples).length;
      const latest = v.version === result.model.latest ? ' (latest)' : '';
      console.log(
        `${result.id} v${v.version}${latest}: ${v.steps.length} steps, ${answers} answers, ${outcomes} outcomes, ${paths} paths: ok`,
      );
    }
  } else {
    console.log(`${result.id}: ${result.problems.length} problem(s)`);
    for (const p of result.problems) console.log(`  - ${formatProblem(p)}`);
    failed += result.problems.length;
  }
}
if (failed) {
  console.error(`\nflows:check failed with ${failed} problem(s).`);
  process.exit(1);
}
