/**
 * Synthetic flows for the build-scaling benchmark: a flow of N steps per version, two
 * versions, words in every locale. Written as files into a project snapshot's `flows/`
 * (never into the real `flows/`). The graph passes the site's graph checks and is shaped
 * like a real troubleshooting flow:
 *
 * - a tree grown breadth first from `step0`: each question or advice step has 2 or 3
 *   answers leading to new steps; one new step in three is a final outcome (solved or
 *   coordinator), and steps left without children when the budget of N runs out are outcomes;
 * - one question in two also has an answer leading to `contactSupport`, the contact step.
 *
 * So the number of simple paths from the start to a final step stays linear in N (a
 * reconvergent graph, where many answers lead back to shared steps, has exponentially many;
 * see `simplePathCount`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SyntheticOptions {
  /** Steps per version (including outcomes and the contact step). */
  steps: number;
  versions: number;
  locales: readonly string[];
  id?: string;
}

interface StateConfig {
  type?: 'final';
  tags?: string[];
  meta: { kind: string; answers?: string[]; action?: string };
  on?: Record<string, string>;
}

const LOREM = {
  en: 'Check the e-mail address you used and look again in your inbox, in spam and in any other folder where messages may land',
  fr: 'Vérifiez l’adresse courriel utilisée et regardez de nouveau dans votre boîte de réception, dans les indésirables et dans les autres dossiers',
} as Record<string, string>;

function words(locale: string, n: number, version: number, what: string): string {
  const base = LOREM[locale] ?? LOREM.en!;
  return `${what} ${n} (v${version}): ${base}`;
}

/** The machine config of one version: states keyed by step id. */
export function syntheticStates(steps: number): { initial: string; states: Record<string, StateConfig> } {
  if (steps < 4) throw new Error('a synthetic flow needs at least 4 steps');
  const contact = 'contactSupport';
  const total = steps - 1; // tree steps; the contact step is the last one
  const id = (i: number) => `step${i}`;
  const children: number[][] = Array.from({ length: total }, () => []);
  const final = new Array<boolean>(total).fill(false);
  const queue = [0];
  let next = 1;
  while (queue.length) {
    const i = queue.shift()!;
    const want = i % 2 === 0 ? 3 : 2;
    for (let j = 0; j < want && next < total; j++) {
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
      states[id(i)] = {
        type: 'final',
        tags: [solved ? 'solved' : 'coordinator'],
        meta: { kind: 'outcome', ...(solved ? { action: 'signIn' } : {}) },
      };
      continue;
    }
    const advice = i % 3 === 1;
    const targets: [string, string][] = children[i]!.map((c, j) => [`user.answer.option-${j + 1}`, id(c)]);
    if (!advice && i % 2 === 0) targets.push(['user.answer.cannot-fix', contact]);
    states[id(i)] = {
      meta: { kind: advice ? 'advice' : 'question', answers: targets.map(([e]) => e), ...(advice ? { action: 'signIn' } : {}) },
      on: Object.fromEntries(targets),
    };
  }
  states[contact] = { type: 'final', tags: ['support'], meta: { kind: 'contact', action: 'writeToSupport' } };
  return { initial: id(0), states };
}

/** How many simple paths lead from the start to a final step (counted on the DAG, not enumerated). */
export function simplePathCount({ initial, states }: ReturnType<typeof syntheticStates>): number {
  // The generated graph is acyclic: count paths by memoised depth-first search.
  const memo = new Map<string, number>();
  const count = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const state = states[id]!;
    const n = state.type === 'final' ? 1 : Object.values(state.on ?? {}).reduce((sum, target) => sum + count(target), 0);
    memo.set(id, n);
    return n;
  };
  return count(initial);
}

/** Words of one version in one locale, with realistic lengths (about 600 bytes a step). */
export function syntheticContent(states: Record<string, StateConfig>, locale: string, version: number) {
  const steps: Record<string, unknown> = {};
  Object.entries(states).forEach(([stepId, state], n) => {
    const answers = Object.fromEntries(
      (state.meta.answers ?? []).map((e) => {
        const key = e.slice('user.answer.'.length).replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
        return [key, words(locale, n, version, key).slice(0, 40)];
      }),
    );
    steps[stepId] = {
      title: words(locale, n, version, 'Step').slice(0, 60),
      body: [
        words(locale, n, version, 'First paragraph'),
        { list: [words(locale, n, version, 'Item one').slice(0, 70), words(locale, n, version, 'Item **two**').slice(0, 70)] },
        words(locale, n, version, 'Second paragraph').slice(0, 100),
      ],
      answers,
      ...(state.meta.action ? { action: words(locale, n, version, 'Action').slice(0, 40) } : {}),
    };
  });
  return {
    guide: { title: `Synthetic guide (${locale})`, description: `A generated flow for the build benchmark, version ${version}.` },
    steps,
  };
}

/** Writes `flows/index.ts` and `flows/<id>/` into `projectDir`. Returns the flow id and step counts. */
export function writeSyntheticFlows(
  projectDir: string,
  options: SyntheticOptions,
): { id: string; stepsPerVersion: number; versions: number } {
  const id = options.id ?? 'synthetic';
  const flowsDir = join(projectDir, 'flows');
  const dir = join(flowsDir, id);
  const { initial, states } = syntheticStates(options.steps);
  const versionImports: string[] = [];
  const versionEntries: string[] = [];
  for (let v = 1; v <= options.versions; v++) {
    const vdir = join(dir, `v${v}`);
    mkdirSync(join(vdir, 'content'), { recursive: true });
    writeFileSync(join(vdir, 'machine.json'), JSON.stringify({ id, initial, states }));
    writeFileSync(
      join(vdir, 'machine.ts'),
      `import { createMachine } from 'xstate';\nimport config from './machine.json' with { type: 'json' };\nexport default createMachine(config as never);\n`,
    );
    for (const locale of options.locales)
      writeFileSync(join(vdir, 'content', `${locale}.json`), JSON.stringify(syntheticContent(states, locale, v)));
    versionImports.push(`import v${v} from './v${v}/machine.ts';`);
    for (const locale of options.locales)
      versionImports.push(`import v${v}${locale} from './v${v}/content/${locale}.json' with { type: 'json' };`);
    versionEntries.push(
      `{ version: ${v}, published: '2026-0${Math.min(v, 9)}-01', notes: 'Generated version ${v}.', machine: v${v}, content: { ${options.locales.map((l) => `${l}: v${v}${l}`).join(', ')} } }`,
    );
  }
  writeFileSync(
    join(dir, 'flow.ts'),
    `${versionImports.join('\n')}\n\nexport default {\n  id: '${id}',\n  latest: ${options.versions},\n  versions: [\n    ${versionEntries.join(',\n    ')},\n  ],\n};\n`,
  );
  writeFileSync(
    join(flowsDir, 'index.ts'),
    `import flow from './${id}/flow.ts';\n\nexport const flowDefinitions: readonly unknown[] = [flow];\n`,
  );
  return { id, stepsPerVersion: options.steps, versions: options.versions };
}
