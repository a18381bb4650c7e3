/**
 * A synthetic flow for the build-scaling benchmark, written into a snapshot's `flows/` (never
 * the project's): a tree grown breadth first from `step0`, each question or advice step with
 * 2 or 3 answers to new steps, one new step in three an outcome, steps left without children
 * outcomes too, and one question in two with an answer to the contact step; so the number of
 * simple paths stays linear in the number of steps. Words in every locale, of realistic length.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerKey } from '../../src/lib/flows/slug.ts';

interface StateConfig {
  type?: 'final';
  tags?: string[];
  meta: { kind: string; answers?: string[]; action?: string };
  on?: Record<string, string>;
}

const LOREM: Record<string, string> = {
  en: 'Check the e-mail address you used and look again in your inbox, in spam and in any other folder where messages may land',
  fr: 'Vérifiez l’adresse courriel utilisée et regardez de nouveau dans votre boîte de réception, dans les indésirables et dans les autres dossiers',
};

function syntheticStates(steps: number): Record<string, StateConfig> {
  const total = steps - 1; // the contact step is the last one
  const children: number[][] = Array.from({ length: total }, () => []);
  const final = new Array<boolean>(total).fill(false);
  const queue = [0];
  let next = 1;
  while (queue.length) {
    const i = queue.shift()!;
    for (let j = 0; j < (i % 2 === 0 ? 3 : 2) && next < total; j++) {
      const c = next++;
      children[i]!.push(c);
      if (c % 3 === 2) final[c] = true;
      else queue.push(c);
    }
    if (children[i]!.length === 0) final[i] = true;
  }
  const states: Record<string, StateConfig> = {};
  for (let i = 0; i < total; i++) {
    if (final[i]) {
      const solved = i % 2 === 0;
      states[`step${i}`] = {
        type: 'final',
        tags: [solved ? 'solved' : 'coordinator'],
        meta: { kind: 'outcome', ...(solved ? { action: 'signIn' } : {}) },
      };
      continue;
    }
    const advice = i % 3 === 1;
    const targets = children[i]!.map((c, j) => [`user.answer.option-${j + 1}`, `step${c}`]);
    if (!advice && i % 2 === 0) targets.push(['user.answer.cannot-fix', 'contactSupport']);
    states[`step${i}`] = {
      meta: { kind: advice ? 'advice' : 'question', answers: targets.map(([e]) => e!), ...(advice ? { action: 'signIn' } : {}) },
      on: Object.fromEntries(targets),
    };
  }
  states.contactSupport = { type: 'final', tags: ['support'], meta: { kind: 'contact', action: 'writeToSupport' } };
  return states;
}

/** Words of one version in one locale (about 600 bytes a step). */
function syntheticContent(states: Record<string, StateConfig>, locale: string, version: number) {
  const words = (n: number, what: string, max = Infinity) => `${what} ${n} (v${version}): ${LOREM[locale] ?? LOREM.en}`.slice(0, max);
  const steps = Object.entries(states).map(([id, state], n) => {
    const answers = (state.meta.answers ?? []).map((e) => {
      const key = answerKey(e);
      return [key, words(n, key, 40)];
    });
    const body = [
      words(n, 'First paragraph'),
      { list: [words(n, 'Item one', 70), words(n, 'Item **two**', 70)] },
      words(n, 'Second paragraph', 100),
    ];
    const action = state.meta.action ? { action: words(n, 'Action', 40) } : {};
    return [id, { title: words(n, 'Step', 60), body, answers: Object.fromEntries(answers), ...action }];
  });
  const guide = { title: `Synthetic guide (${locale})`, description: `A generated flow for the build benchmark, version ${version}.` };
  return { guide, steps: Object.fromEntries(steps) };
}

const MACHINE = `import { createMachine } from 'xstate';\nimport config from './machine.json' with { type: 'json' };\nexport default createMachine(config as never);\n`;
const INDEX = `import flow from './synthetic/flow.ts';\n\nexport const flowDefinitions: readonly unknown[] = [flow];\n`;

/** Writes `flows/index.ts` and `flows/synthetic/` into `projectDir`: `steps` steps per version. */
export function writeSyntheticFlows(projectDir: string, steps: number, versions: number, locales: readonly string[]) {
  const dir = join(projectDir, 'flows', 'synthetic');
  const states = syntheticStates(steps);
  const [imports, entries]: [string[], string[]] = [[], []];
  for (let v = 1; v <= versions; v++) {
    mkdirSync(join(dir, `v${v}`, 'content'), { recursive: true });
    writeFileSync(join(dir, `v${v}`, 'machine.json'), JSON.stringify({ id: 'synthetic', initial: 'step0', states }));
    writeFileSync(join(dir, `v${v}`, 'machine.ts'), MACHINE);
    imports.push(`import v${v} from './v${v}/machine.ts';`);
    for (const l of locales) {
      writeFileSync(join(dir, `v${v}`, 'content', `${l}.json`), JSON.stringify(syntheticContent(states, l, v)));
      imports.push(`import v${v}${l} from './v${v}/content/${l}.json' with { type: 'json' };`);
    }
    const content = locales.map((l) => `${l}: v${v}${l}`).join(', ');
    entries.push(
      `{ version: ${v}, published: '2026-0${v}-01', notes: 'Generated version ${v}.', machine: v${v}, content: { ${content} } }`,
    );
  }
  writeFileSync(
    join(dir, 'flow.ts'),
    `${imports.join('\n')}\n\nexport default { id: 'synthetic', latest: ${versions}, versions: [${entries.join(', ')}] };\n`,
  );
  writeFileSync(join(projectDir, 'flows', 'index.ts'), INDEX);
}
