/**
 * `npm run test:html`: every built page through the W3C Nu HTML Checker (`vnu-jar`, run
 * with the system's Java). Fails on any error or warning except the checker's known false
 * positives for this site, each with its reason below. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The path of vnu.jar (the package's CommonJS export is that path). */
const jar = require('vnu-jar') as string;

/** Messages the checker gets wrong here, and why they are not defects. */
const FALSE_POSITIVES: [RegExp, string][] = [
  [
    /blocked by “(script|style)-src” directive/,
    'the checker does not compute CSP hashes: every inline script and style is allowed by its hash, and e2e/security.spec.ts sees no violation in Chromium',
  ],
  [
    /“eagerness” property in a speculation rule must be one of/,
    '"immediate" is a valid eagerness in the Speculation Rules specification the checker has not caught up with',
  ],
];

let output: string;
try {
  output = execFileSync('java', ['-jar', jar, '--skip-non-html', '--format', 'gnu', 'dist'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (error) {
  // vnu exits 1 when it reports errors; its report is on stderr.
  const e = error as { stderr?: string; stdout?: string; status?: number };
  if (e.status !== 1) throw error;
  output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
}
const lines = output.split('\n').filter(Boolean);
const problems = lines.filter((line) => !/: info( warning)?: /.test(line) && !FALSE_POSITIVES.some(([pattern]) => pattern.test(line)));
const files = execFileSync('find', ['dist', '-name', '*.html'], { encoding: 'utf8' }).trim().split('\n').length;
if (problems.length) {
  console.error(
    `HTML check: ${problems.length} problem(s) in ${files} pages:\n${problems.map((p) => `  ${p.replace(`file:${process.cwd()}/`, '')}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `HTML check: ${files} pages valid (Nu HTML Checker; ${lines.length - problems.length} known false positives or infos ignored).`,
);
