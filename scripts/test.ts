/**
 * `npm test`: every check, in order, each an npm script of its own (run one alone with
 * `npm run <name>`), stopping at the first that fails; then how long each took, so a
 * developer sees where the time goes (the README gives typical figures).
 */
import { spawnSync } from 'node:child_process';

const STEPS: [script: string, what: string][] = [
  ['format:check', 'Prettier'],
  ['flows:check', 'flow checks'],
  ['check', 'type-check (astro check)'],
  ['lint', 'ESLint'],
  ['knip', 'unused code'],
  ['test:unit', 'unit tests (Vitest)'],
  ['build', 'build'],
  ['test:html', 'HTML check (Nu)'],
  ['test:e2e', 'browser tests and built-page checks (Playwright)'],
];

const times: string[] = [];
let failed: string | undefined;
const start = Date.now();
for (const [script, what] of STEPS) {
  const t0 = Date.now();
  const run = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  times.push(`${((Date.now() - t0) / 1000).toFixed(0).padStart(5)} s  ${script} (${what})${run.status === 0 ? '' : ': FAILED'}`);
  if (run.status !== 0) {
    failed = script;
    break;
  }
}
console.log(`\nnpm test, step by step:\n${times.join('\n')}\n${((Date.now() - start) / 1000).toFixed(0).padStart(5)} s  in all`);
if (failed) {
  console.error(`npm test failed at "npm run ${failed}".`);
  process.exit(1);
}
