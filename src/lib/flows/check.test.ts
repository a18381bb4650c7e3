import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { checkContent, checkExamples, checkFlow, checkGraph } from './check.ts';
import { edgesOf } from './model.ts';
import { readSteps } from './steps.ts';
import { datedDefinition } from './fixtures/dated-flow.ts';
import { formatProblem } from './problem.ts';
import { loadFlows } from './load.ts';
import { renamedStepVersions, tinyContent, tinyFlow, tinyMachineConfig } from './fixtures/tiny-flow.ts';
import { flowDefinitions } from '../../../flows/index.ts';

function messages(definition: unknown): string[] {
  return checkFlow(definition, ['en']).problems.map(formatProblem);
}

function broken(edit: (m: ReturnType<typeof tinyMachineConfig>, c: ReturnType<typeof tinyContent>) => void) {
  const machine = tinyMachineConfig();
  const content = tinyContent();
  edit(machine, content);
  return tinyFlow([{ machine, content: { en: content } }]);
}

describe('checkFlow on valid flows', () => {
  it('accepts the tiny fixture and returns its model', () => {
    const result = checkFlow(
      broken(() => {}),
      ['en'],
    );
    expect(result.problems).toEqual([]);
    expect(result.model?.versions[0]?.steps.map((s) => s.id)).toEqual(['isItBroken', 'tryAgain', 'solvedResult', 'contactSupport']);
  });

  it('accepts every shipped flow', () => {
    expect(() => loadFlows(flowDefinitions)).not.toThrow();
  });
});

describe('checkFlow names the file, version, step and field of each kind of failure', () => {
  it('a step nobody can reach', () => {
    expect(
      messages(
        broken((m, c) => {
          m.states.orphanStep = { type: 'final', tags: ['solved'], meta: { kind: 'outcome' } };
          c.steps.orphanStep = { title: 'Orphan', body: [], answers: {} };
        }),
      ),
    ).toEqual([
      'flows/tiny/v1/machine.ts (tiny v1, step "orphanStep"): cannot be reached from the start ("isItBroken"); add an answer that leads to it, or remove it',
    ]);
  });

  it('a step with no way out', () => {
    expect(
      messages(
        broken((m, c) => {
          m.states.tryAgain = { meta: { kind: 'advice' } };
          c.steps.tryAgain = { title: 'Try again', body: [], answers: {} };
        }),
      ),
    ).toContain(
      'flows/tiny/v1/machine.ts (tiny v1, step "tryAgain", field meta.answers): has no way out; add at least one answer, or make it a final outcome (type: "final")',
    );
  });

  it('a final step that is not an outcome', () => {
    expect(
      messages(
        broken((m) => {
          m.states.solvedResult = { type: 'final', tags: ['solved'], meta: { kind: 'advice' } };
        }),
      ),
    ).toEqual([
      'flows/tiny/v1/machine.ts (tiny v1, step "solvedResult", field meta.kind): is a final step of kind "advice"; a final step must be an "outcome" or the "contact" step',
    ]);
  });

  it('an answer that leads nowhere', () => {
    const machine = tinyMachineConfig();
    (machine.states.isItBroken!.on as Record<string, string>)['user.answer.no'] = 'nowhereStep';
    // XState itself refuses such a machine when machine.ts is imported, naming the state and target...
    expect(() => tinyFlow([{ machine, content: { en: tinyContent() } }])).toThrow(
      /state node 'tiny.isItBroken':\nChild state 'nowhereStep' does not exist/,
    );
    // ...and the graph check says it too for a machine definition that was not built.
    const flow = tinyFlow([{ machine: tinyMachineConfig(), content: { en: tinyContent() } }]);
    flow.versions[0]!.machine = { config: machine } as never;
    expect(messages(flow)).toContain(
      'flows/tiny/v1/machine.ts (tiny v1, step "isItBroken", field on["user.answer.no"]): leads to "nowhereStep", which is not a step; point it at an existing step or add that step',
    );
  });

  it('an answer listed without a transition, and a transition no page offers', () => {
    expect(
      messages(
        broken((m) => {
          m.states.isItBroken!.on = { 'user.answer.yes': 'tryAgain', 'user.answer.maybe': 'solvedResult' };
        }),
      ),
    ).toEqual([
      'flows/tiny/v1/machine.ts (tiny v1, step "isItBroken", field meta.answers[1]): answer "user.answer.no" has no transition; add on: { \'user.answer.no\': \'nextStep\' }',
      'flows/tiny/v1/machine.ts (tiny v1, step "isItBroken", field on["user.answer.maybe"]): event "user.answer.maybe" is not listed in meta.answers, so no page offers it; list it there or remove the transition',
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "isItBroken", field steps.isItBroken.answers.no): is not used by the machine; remove it (or fix its spelling to match a step or answer id)',
    ]);
  });

  it('a step without meta, or with an unknown kind', () => {
    expect(
      messages(
        broken((m) => {
          m.states.solvedResult = { type: 'final', tags: ['solved'], meta: { kind: 'result' } };
        }),
      )[0],
    ).toMatch(
      /^flows\/tiny\/v1\/machine.ts \(tiny v1, step "solvedResult", field meta.kind\): Invalid option: expected one of "question"\|"advice"\|"outcome"\|"contact"; every state needs meta/,
    );
  });

  it('an outcome without a tag', () => {
    expect(
      messages(
        broken((m) => {
          m.states.solvedResult = { type: 'final', meta: { kind: 'outcome' } };
        }),
      ),
    ).toEqual([
      'flows/tiny/v1/machine.ts (tiny v1, step "solvedResult", field tags): is an outcome without a tag; tag it solved, coordinator or support',
    ]);
  });

  it('a step whose URL slug is reserved', () => {
    expect(
      messages(
        broken((m, c) => {
          m.states.map = { type: 'final', tags: ['solved'], meta: { kind: 'outcome' } };
          (m.states.isItBroken!.on as Record<string, string>)['user.answer.no'] = 'map';
          delete m.states.solvedResult;
          (m.states.tryAgain!.on as Record<string, string>)['user.answer.it-worked'] = 'map';
          c.steps.map = c.steps.solvedResult!;
          delete c.steps.solvedResult;
        }),
      ),
    ).toEqual(['flows/tiny/v1/machine.ts (tiny v1, step "map"): its URL slug "map" is reserved by the URL scheme; rename the step']);
  });

  it('a missing title and a missing answer label', () => {
    expect(
      messages(
        broken((_m, c) => {
          delete c.steps.tryAgain!.title;
          delete (c.steps.isItBroken!.answers as Record<string, string>).yes;
        }),
      ),
    ).toEqual([
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "isItBroken", field steps.isItBroken.answers.yes): is missing; add the words for it',
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "tryAgain", field steps.tryAgain.title): is missing; add the words for it',
    ]);
  });

  it('words for a step the machine does not have', () => {
    expect(
      messages(
        broken((_m, c) => {
          c.steps.oldStep = { title: 'Old', body: [], answers: {} };
        }),
      ),
    ).toEqual([
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "oldStep", field steps.oldStep): is not used by the machine; remove it (or fix its spelling to match a step or answer id)',
    ]);
  });

  it('an action label missing for a step with an action', () => {
    expect(
      messages(
        broken((_m, c) => {
          delete c.steps.tryAgain!.action;
        }),
      ),
    ).toEqual([
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "tryAgain", field steps.tryAgain.action): is missing; add the words for it',
    ]);
  });

  it('an unknown placeholder and unbalanced bold', () => {
    expect(
      messages(
        broken((_m, c) => {
          c.steps.isItBroken!.body = ['Write to {supportAddress}.', 'A **bold start'];
        }),
      ),
    ).toEqual([
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "isItBroken", field steps.isItBroken.body[0]): uses {supportAddress}, which is not a configuration value; use one of {supportEmail}, {inviteSender}, {inviteSubject}, {inviteSubjectFr}, {codeValidityDays}, {signInUrl}, {activationUrl}, {urgentWithinDays}',
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "isItBroken", field steps.isItBroken.body[1]): has an unclosed ** (bold text is written **like this**)',
    ]);
  });

  it('a missing locale file', () => {
    const flow = tinyFlow([{ machine: tinyMachineConfig(), content: { en: tinyContent() } }]);
    expect(checkFlow(flow, ['en', 'fr']).problems.map(formatProblem)).toEqual([
      "flows/tiny/v1/content/fr.json (tiny v1, locale fr): is missing; create it with the words of every step (copy another locale's file and translate the values)",
    ]);
  });

  it('a key missing in one locale only', () => {
    const fr = tinyContent();
    delete (fr.steps.tryAgain!.answers as Record<string, string>).stillBroken;
    const flow = tinyFlow([{ machine: tinyMachineConfig(), content: { en: tinyContent(), fr } }]);
    expect(checkFlow(flow, ['en', 'fr']).problems.map(formatProblem)).toEqual([
      'flows/tiny/v1/content/fr.json (tiny v1, locale fr, step "tryAgain", field steps.tryAgain.answers.stillBroken): is missing; add the words for it',
    ]);
  });

  it('a step of an older version that the latest lost without a successor', () => {
    const versions = renamedStepVersions();
    expect(checkFlow(tinyFlow(versions), ['en']).problems.map(formatProblem)).toEqual([
      'flows/tiny/flow.ts (tiny v1, step "tryAgain", field successors): v2 (latest) has no step "tryAgain"; add successors: { tryAgain: \'<step of v2>\' } so old links keep working',
    ]);
    expect(checkFlow(tinyFlow(versions, { successors: { tryAgain: 'tryHardest' } }), ['en']).problems.map(formatProblem)).toEqual([
      'flows/tiny/flow.ts (tiny, step "tryAgain", field successors.tryAgain): maps to "tryHardest", which is not a step of v2; name a step of the latest version',
    ]);
    expect(checkFlow(tinyFlow(versions, { successors: { tryAgain: 'tryHarder' } }), ['en']).problems).toEqual([]);
  });

  it('a registry whose latest version does not exist', () => {
    expect(messages({ ...broken(() => {}), latest: 3 })).toEqual([
      'flows/tiny/flow.ts (tiny, field latest): latest is 3 but no such version is listed',
    ]);
  });

  it('the build error lists every problem', () => {
    const bad = broken((_m, c) => {
      delete c.steps.tryAgain!.title;
    });
    expect(() => loadFlows([bad], ['en'])).toThrow(
      /1 problem\(s\) in the flows:\n {2}- flows\/tiny\/v1\/content\/en.json \(tiny v1, locale en, step "tryAgain", field steps.tryAgain.title\): is missing/,
    );
  });
});

describe('content format 2: numbered steps, action places, questions, language marks, Quebec typography', () => {
  function format2(edit: (c: ReturnType<typeof tinyContent> & { $format?: number }) => void, locale: 'en' | 'fr' = 'en') {
    const machine = tinyMachineConfig();
    const linkIntro = locale === 'fr' ? 'Cette page aide\u00a0:' : 'This page helps:';
    const content = { $format: 2, ...tinyContent(), reply: { greeting: 'Hello,', linkIntro, closing: 'Bye' } };
    content.steps.tryAgain!.question = 'Did that work?';
    for (const step of Object.values(content.steps)) step.reply = 'What this step helps with.';
    edit(content);
    return checkFlow(tinyFlow([{ machine, content: { [locale]: content } }]), [locale]).problems.map(formatProblem);
  }

  it('accepts numbered steps, the action placed in the body, a question and marked phrases', () => {
    expect(
      format2((c) => {
        c.steps.tryAgain!.body = [{ action: 'here' }, { numbered: ['Open **[en:Sign in]**.', 'Enter your address.'] }];
      }),
    ).toEqual([]);
  });
  it('a numbered list of one step', () => {
    expect(
      format2((c) => {
        c.steps.tryAgain!.body = [{ numbered: ['Only one.'] }];
      }),
    ).toEqual([
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "tryAgain", field steps.tryAgain.body[0].numbered): a numbered list has at least two steps; use a paragraph for one',
    ]);
  });
  it('an action place on a step without an action', () => {
    expect(
      format2((c) => {
        c.steps.isItBroken!.body = [{ action: 'here' }];
      }),
    ).toEqual([
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "isItBroken", field steps.isItBroken.body[0]): places an action button, but this step has no action (meta.action); remove the block',
    ]);
  });
  it('an advice step without its question', () => {
    expect(
      format2((c) => {
        delete c.steps.tryAgain!.question;
      }),
    ).toEqual([
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "tryAgain", field steps.tryAgain.question): is missing; add the words for it',
    ]);
  });
  it('a phrase marked with a language the site does not have', () => {
    expect(
      format2((c) => {
        c.steps.tryAgain!.title = 'Try **[de:Anmelden]**';
      }),
    ).toEqual([
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "tryAgain", field steps.tryAgain.title): marks a phrase as [de:...], which is not a language of the site; use [en:...] or [fr:...]',
    ]);
  });
  it('French words with a space before ? or ;', () => {
    expect(
      format2((c) => {
        c.steps.isItBroken!.title = 'Est-ce brisé\u00a0?';
        c.steps.tryAgain!.body = ['Essayez ; puis revenez.'];
      }, 'fr'),
    ).toEqual([
      'flows/tiny/v1/content/fr.json (tiny v1, locale fr, step "isItBroken", field steps.isItBroken.title): has a space before ?; in Quebec French there is none (or a narrow no-break space, U+202F): write "activé?" not "activé ?"',
      'flows/tiny/v1/content/fr.json (tiny v1, locale fr, step "tryAgain", field steps.tryAgain.body[0]): has a space before ;; in Quebec French there is none (or a narrow no-break space, U+202F): write "activé?" not "activé ?"',
    ]);
  });
  it('French words with an ordinary space before a colon or inside « »', () => {
    expect(
      format2((c) => {
        c.steps.isItBroken!.title = 'Est-ce « brisé »?';
        c.steps.tryAgain!.body = ['Essayez ceci : revenez.'];
      }, 'fr'),
    ).toEqual([
      'flows/tiny/v1/content/fr.json (tiny v1, locale fr, step "isItBroken", field steps.isItBroken.title): has an ordinary space, or none, inside « »; in Quebec French a no-break space (U+00A0) goes after « and before »: write "«\u00a0mot\u00a0»" (with U+00A0)',
      'flows/tiny/v1/content/fr.json (tiny v1, locale fr, step "tryAgain", field steps.tryAgain.body[0]): has an ordinary space, or none, before a colon; in Quebec French a no-break space (U+00A0) goes there: write "Erreur\u00a0:" (with U+00A0), not "Erreur :" or "Erreur:"',
    ]);
  });
  it('a step without its reply sentence for support staff', () => {
    expect(
      format2((c) => {
        delete c.steps.solvedResult!.reply;
      }),
    ).toEqual([
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "solvedResult", field steps.solvedResult.reply): is missing; add the words for it',
    ]);
  });
  it('format 1 words keep their typography (published versions never change)', () => {
    const machine = tinyMachineConfig();
    const content = tinyContent();
    content.steps.isItBroken!.title = 'Est-ce brisé\u00a0?';
    expect(checkFlow(tinyFlow([{ machine, content: { fr: content } }]), ['fr']).problems).toEqual([]);
  });
});

describe('answers that carry a date', () => {
  function dated(examples: Record<string, unknown>[], edit: (m: ReturnType<typeof tinyMachineConfig>) => void = () => {}) {
    const machine = tinyMachineConfig();
    machine.states.isItBroken = {
      meta: { kind: 'question', answers: ['user.answer.yes', 'user.answer.no'], dateAnswer: 'user.answer.broken-since' },
      on: {
        'user.answer.yes': 'tryAgain',
        'user.answer.no': 'solvedResult',
        'user.answer.broken-since': [{ guard: 'isOld', target: 'contactSupport' }, { target: 'tryAgain' }],
      },
    };
    edit(machine);
    const content = tinyContent();
    content.steps.isItBroken!.dateAnswer = {
      label: 'Since when?',
      hint: 'A date.',
      submit: 'Go',
      missing: 'Enter it',
      future: 'Not later than today',
      expired: 'Old since {date}.',
      valid: 'Fine until {date}.',
    };
    const definition = tinyFlow([{ machine, content: { en: content } }]);
    const guarded = {
      ...definition,
      versions: definition.versions.map((v) => ({
        ...v,
        machine: createMachine(
          machine as never,
          { guards: { isOld: ({ event }: { event: { old?: boolean } }) => event.old === true } } as never,
        ),
        examples,
      })),
    };
    return checkFlow(guarded, ['en']);
  }

  it('reads the branches, and takes examples that walk each of them', () => {
    const result = dated([
      { type: 'user.answer.broken-since', old: true },
      { type: 'user.answer.broken-since', old: false },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.model!.versions[0]!.steps[0]!.dateAnswer).toEqual({
      event: 'user.answer.broken-since',
      key: 'brokenSince',
      branches: [{ guard: 'isOld', target: 'contactSupport' }, { target: 'tryAgain' }],
    });
  });
  it('a branch no example walks', () => {
    expect(dated([{ type: 'user.answer.broken-since', old: false }]).problems.map(formatProblem)).toEqual([
      'flows/tiny/flow.ts (tiny v1, step "isItBroken", field examples): no example of "user.answer.broken-since" leads to "contactSupport" (guard isOld); add one, so the paths and the browser journeys walk that branch',
    ]);
  });
  it('a guarded last branch, which would leave some dates nowhere to go', () => {
    const result = dated([], (m) => {
      (m.states.isItBroken!.on as Record<string, unknown>)['user.answer.broken-since'] = [
        { guard: 'isOld', target: 'contactSupport' },
        { guard: 'isOld', target: 'tryAgain' },
      ];
    });
    // The machine's problem, and as the date answer could not be read, its words are unused.
    expect(result.problems.map(formatProblem)).toEqual([
      'flows/tiny/v1/machine.ts (tiny v1, step "isItBroken", field on["user.answer.broken-since"]): the last branch must have no guard, so that every date leads somewhere',
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "isItBroken", field steps.isItBroken.dateAnswer): is not used by the machine; remove it (or fix its spelling to match a step or answer id)',
    ]);
  });
});

describe('checkGraph, each check alone', () => {
  const where = { file: 'flows/x/v1/machine.ts', flow: 'x', version: 1 };
  const done = { type: 'final', tags: ['solved'], meta: { kind: 'outcome' } };
  /** The graph problems of a machine whose start answers `yes` to each of `states`' other steps in turn. */
  const graph = (states: Record<string, unknown>) => {
    const ids = Object.keys(states);
    const answers = ids.map((_, i) => `user.answer.to-${i}`);
    const start = { meta: { kind: 'question', answers }, on: Object.fromEntries(answers.map((a, i) => [a, ids[i]])) };
    const read = readSteps({ config: { initial: 'start', states: { start, ...states } } }, where);
    expect(read.problems).toEqual([]);
    return checkGraph(read.steps, where);
  };
  const messages = (states: Record<string, unknown>) => graph(states).map(formatProblem);
  const at = (step: string, field: string | undefined, message: string) =>
    `flows/x/v1/machine.ts (x v1, step "${step}"${field ? `, field ${field}` : ''}): ${message}`;

  it('reserves the slugs map and v<number>, and only those', () => {
    const reserved = (slug: string) => at(slug, undefined, `its URL slug "${slug}" is reserved by the URL scheme; rename the step`);
    expect(messages({ map: done, v2: done, v12: done })).toEqual([reserved('map'), reserved('v2'), reserved('v12')]);
    expect(messages({ mapView: done, sitemap: done, v: done, vx: done, v2b: done })).toEqual([]);
  });

  it('refuses two steps with the same URL slug, naming the first', () => {
    expect(messages({ sendURL: done, sendUrl: done })).toEqual([
      at('sendUrl', undefined, 'has the same URL slug "send-url" as step "sendURL"; rename one of them'),
    ]);
  });

  it('refuses an outcome that is not final, and a final step with answers', () => {
    expect(
      messages({
        solved: { tags: ['solved'], meta: { kind: 'outcome', answers: ['user.answer.ok'] }, on: { 'user.answer.ok': 'end' } },
        end: done,
      }),
    ).toEqual([at('solved', 'type', 'is an outcome but not final; add type: "final" (outcomes end the flow)')]);
    expect(
      messages({ end: { ...done, meta: { kind: 'outcome', answers: ['user.answer.again'] }, on: { 'user.answer.again': 'start' } } }),
    ).toEqual([at('end', 'meta.answers', 'is final but lists answers; final steps end the flow, so remove them')]);
  });

  it('refuses a contact step not tagged support', () => {
    expect(messages({ contactSupport: { type: 'final', tags: ['solved'], meta: { kind: 'contact' } } })).toEqual([
      at('contactSupport', 'tags', 'is the contact step, so it must be tagged support'),
    ]);
  });

  it('refuses a branch of a date answer that leads nowhere, and names no field where none is wrong', () => {
    const dated = {
      meta: { kind: 'question', answers: ['user.answer.ok'], dateAnswer: 'user.answer.date' },
      on: { 'user.answer.ok': 'end', 'user.answer.date': [{ guard: 'isLate', target: 'nowhere' }, { target: 'end' }] },
    };
    expect(messages({ dated, end: done })).toEqual([
      at('dated', 'on["user.answer.date"]', 'leads to "nowhere", which is not a step; point it at an existing step or add that step'),
    ]);
    const [unreachable] = checkGraph(readSteps({ config: { initial: 'start', states: { start: done, lost: done } } }, where).steps, where);
    expect(unreachable).toStrictEqual({ ...where, step: 'lost', message: expect.stringMatching(/^cannot be reached/) });
  });

  it("follows a date answer's branches to the steps only they reach", () => {
    const dated = {
      meta: { kind: 'question', answers: ['user.answer.ok'], dateAnswer: 'user.answer.date' },
      on: { 'user.answer.ok': 'end', 'user.answer.date': [{ guard: 'isLate', target: 'late' }, { target: 'end' }] },
    };
    const steps = readSteps({ config: { initial: 'dated', states: { dated, late: done, end: done } } }, where).steps;
    expect(checkGraph(steps, where)).toEqual([]);
    expect(edgesOf(steps[0]!).map((e) => e.target)).toEqual(['end', 'late', 'end']);
    expect(edgesOf(steps[1]!)).toEqual([]);
  });
});

describe('checkContent and checkFlow, at the edges', () => {
  const steps = readSteps(createMachine(tinyMachineConfig() as never), { file: 'x', flow: 'tiny', version: 1 }).steps;
  const where = (locale: string) => ({ file: `flows/tiny/v1/content/${locale}.json`, flow: 'tiny', version: 1, locale });
  const format2 = (title: string) => {
    const content = { ...tinyContent(), $format: 2, reply: { greeting: 'Hello,', linkIntro: 'See the page', closing: 'Bye' } } as Record<
      string,
      unknown
    >;
    const words = content.steps as Record<string, Record<string, unknown>>;
    for (const step of Object.values(words)) step.reply = 'What this step helps with.';
    words.tryAgain!.question = 'Did it work?';
    (content.guide as Record<string, string>).title = title;
    words.isItBroken!.title = title;
    return content;
  };

  it('reads a words file that is not an object as format 1, and names its root', () => {
    expect(checkContent(null, steps, where('en')).problems).toEqual([
      { ...where('en'), field: '(root)', message: 'Invalid input: expected object, received null' },
    ]);
  });

  it('checks Quebec typography in French words only, naming the step where there is one', () => {
    expect(checkContent(format2('Broken ?'), steps, where('en')).problems).toEqual([]);
    const message = expect.stringMatching(/^has a space before \?/);
    expect(checkContent(format2('Brisé ?'), steps, where('fr')).problems).toStrictEqual([
      { ...where('fr'), field: 'guide.title', message },
      { ...where('fr'), step: 'isItBroken', field: 'steps.isItBroken.title', message },
    ]);
  });

  it('names no step for a problem outside the steps, and says what is wrong with a value of the wrong type', () => {
    const content = tinyContent() as Record<string, unknown>;
    content.guide = { title: 3, description: 'A guide.' };
    expect(checkContent(content, steps, where('en')).problems).toStrictEqual([
      { ...where('en'), field: 'guide.title', message: 'Invalid input: expected string, received number' },
    ]);
  });

  it('names a flow it cannot read "(unknown)"', () => {
    for (const input of [null, 'invitation-code', { latest: 1 }]) {
      const checked = checkFlow(input, ['en']);
      expect(checked.id).toBe('(unknown)');
      expect(checked.problems[0]!.file).toBe('flows/(unknown)/flow.ts');
    }
    expect(checkFlow(null, ['en']).problems).toEqual([
      { file: 'flows/(unknown)/flow.ts', flow: '(unknown)', field: '(root)', message: expect.any(String) },
    ]);
  });

  it('refuses words in a language the site does not have', () => {
    expect(messages(tinyFlow([{ machine: tinyMachineConfig(), content: { en: tinyContent(), de: tinyContent() } }]))).toEqual([
      'flows/tiny/flow.ts (tiny v1, field versions[0].content.de): "de" is not a locale of this site (en); remove it or add the locale',
    ]);
    const both = tinyFlow([{ machine: tinyMachineConfig(), content: { en: tinyContent(), fr: tinyContent(), de: tinyContent() } }]);
    expect(checkFlow(both, ['en', 'fr']).problems.map((p) => p.message)).toEqual([
      '"de" is not a locale of this site (en, fr); remove it or add the locale',
    ]);
  });

  it('reports a version without a first step, without throwing', () => {
    const machine = tinyMachineConfig();
    const definition = tinyFlow([{ machine, content: { en: tinyContent() } }]);
    (definition.versions[0]!.machine.config as { initial: string }).initial = 'nowhere';
    expect(messages(definition)).toContain(
      'flows/tiny/v1/machine.ts (tiny v1, field initial): names "nowhere", which is not a step; set it to one of: isItBroken, tryAgain, solvedResult, contactSupport',
    );
  });

  it("gives each version's model its first step", () => {
    expect(checkFlow(datedDefinition()).model?.versions.map((v) => v.initial)).toEqual(['isItBroken', 'isItBroken']);
  });
});

describe('the examples of date answers', () => {
  const problemsWith = (examples: { type: string }[], edit: (machine: Record<string, unknown>) => void = () => {}) => {
    const definition = datedDefinition();
    for (const v of definition.versions) {
      v.examples = examples;
      edit(v.machine.config.states as Record<string, unknown>);
    }
    return checkFlow(definition).problems.map(formatProblem);
  };
  const expired = { type: 'user.answer.sent-on', date: '2026-01-01', today: '2026-11-26', validityDays: 30 };

  it('names an example of no date answer, and a branch no example of its own event reaches', () => {
    expect(problemsWith([expired, { type: 'user.answer.yes' }]).filter((p) => p.includes('(dated v2'))).toEqual([
      'flows/dated/flow.ts (dated v2, field examples): has an example of "user.answer.yes", which is no step\'s date answer; remove it',
      'flows/dated/flow.ts (dated v2, step "isItBroken", field examples): no example of "user.answer.sent-on" leads to "tryAgain" (no guard); add one, so the paths and the browser journeys walk that branch',
    ]);
  });

  it("takes an example of any step's date answer", () => {
    const definition = datedDefinition();
    const version = definition.versions[1]!;
    const steps = readSteps(version.machine, { file: 'x', flow: 'dated', version: 2 }).steps;
    const other = { ...steps[0]!, id: 'other', dateAnswer: { event: 'user.answer.other', key: 'other', branches: [] } };
    expect(checkExamples(version.machine, [...steps, other], version.examples, { file: 'x', flow: 'dated', version: 2 })).toEqual([]);
  });

  it('does not walk the examples of a machine it could not read', () => {
    const problems = problemsWith([{ type: 'user.answer.nope' }], (states) => {
      (states.solvedResult as { tags: string[] }).tags = ['fixed'];
    });
    expect(problems.filter((p) => p.includes('examples'))).toEqual([]);
  });
});

describe('successors', () => {
  // v1: the tiny flow; v2: tryAgain renamed tryHarder.
  const problems = (successors: Record<string, string>) => messages(tinyFlow(renamedStepVersions(), { successors }));

  it('refuses a mapping of a step no older version has', () => {
    expect(problems({ tryAgain: 'tryHarder', tryHarder: 'isItBroken' })).toEqual([
      'flows/tiny/flow.ts (tiny, step "tryHarder", field successors.tryHarder): is not a step of any older version; remove this mapping',
    ]);
  });

  it('refuses a mapping of a step the latest version still has', () => {
    expect(problems({ tryAgain: 'tryHarder', solvedResult: 'isItBroken' })).toEqual([
      'flows/tiny/flow.ts (tiny, step "solvedResult", field successors.solvedResult): still exists in v2, so it needs no successor; remove this mapping',
    ]);
  });
});
