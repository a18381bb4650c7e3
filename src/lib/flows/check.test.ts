import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { checkFlow } from './check.ts';
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
      'flows/tiny/v1/content/en.json (tiny v1, locale en, step "isItBroken", field steps.isItBroken.body[0]): uses {supportAddress}, which is not a configuration value; use one of {supportEmail}, {inviteSender}, {inviteSubject}, {codeValidityDays}, {signInUrl}, {activationUrl}, {urgentWithinDays}',
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
    const content = { $format: 2, ...tinyContent(), reply: { greeting: 'Hello,', linkIntro: 'This page helps:', closing: 'Bye' } };
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
      invalid: 'A real date',
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
