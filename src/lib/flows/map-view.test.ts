import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { checkFlow } from './check.ts';
import { MAX_PICTURE_STEPS, mapView } from './map-view.ts';
import { matchesFilter } from '../step-filter.ts';
import { datedFlow } from './fixtures/dated-flow.ts';
import { config } from '../../config.ts';
import { tinyContent, tinyFlow, tinyMachineConfig } from './fixtures/tiny-flow.ts';
import { loadFlows } from './load.ts';
import { flowDefinitions } from '../../../flows/index.ts';

function model(definition: unknown) {
  const checked = checkFlow(definition, ['en']);
  if (!checked.model) throw new Error(`fixture should be valid: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  return checked.model;
}

/** A chain of `n` questions, each leading on or to a solved outcome. */
function chain(n: number) {
  const states: Record<string, unknown> = {};
  const steps: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `step${i + 1}` : 'solvedResult';
    states[`step${i}`] = {
      meta: { kind: 'question', answers: ['user.answer.next', 'user.answer.fixed'] },
      on: { 'user.answer.next': next, 'user.answer.fixed': 'solvedResult' },
    };
    steps[`step${i}`] = { title: `Question ${i}`, body: [], answers: { next: 'Next', fixed: 'Fixed' } };
  }
  states.solvedResult = { type: 'final', tags: ['solved'], meta: { kind: 'outcome' } };
  steps.solvedResult = { title: 'Solved', body: [], answers: {} };
  return {
    id: 'chain',
    latest: 1,
    versions: [
      {
        version: 1,
        published: '2026-11-01',
        notes: 'Test.',
        machine: createMachine({ id: 'chain', initial: 'step0', states } as never),
        content: { en: { guide: { title: 'Chain', description: 'A chain.' }, steps } },
      },
    ],
  };
}

describe('mapView', () => {
  const view = mapView(model(tinyFlow([{ machine: tinyMachineConfig(), content: { en: tinyContent() } }])), 'en', config);

  it('says how each step is reached and every way to each outcome', () => {
    expect(view.steps.find((s) => s.id === 'tryAgain')!.reachedBy).toEqual([{ step: 'Is it broken?', answer: 'Yes' }]);
    expect(view.steps.find((s) => s.id === 'isItBroken')!.reachedBy).toEqual([]);
    expect(view.outcomes.map((o) => [o.id, o.paths])).toEqual([
      ['solvedResult', ['No', 'Yes, It worked']],
      ['contactSupport', ['Yes, Still broken']],
    ]);
  });

  it('draws a flow of readable size', () => {
    expect(view.picture).toBe(true);
  });

  it(`does not draw a flow of more than ${MAX_PICTURE_STEPS} steps, and still lists every step and way`, () => {
    expect(mapView(model(chain(MAX_PICTURE_STEPS - 1)), 'en', config).picture).toBe(true);
    const big = mapView(model(chain(MAX_PICTURE_STEPS)), 'en', config);
    expect(big.picture).toBe(false);
    expect(big.steps).toHaveLength(MAX_PICTURE_STEPS + 1);
    expect(big.outcomes[0]!.paths).toHaveLength(MAX_PICTURE_STEPS + 1); // "Fixed" at each question, and "Next" all the way
  });
});

describe('mapView for support staff', () => {
  const flow = loadFlows(flowDefinitions).find((f) => f.id === 'invitation-code')!;
  it("gives every step of the latest version a reply in each language, the map's language first, with a place for its link", () => {
    const view = mapView(flow, 'fr', config);
    expect(mapView(flow, 'en', config).steps[0]!.replies.map((r) => r.locale)).toEqual(['en', 'fr']);
    for (const step of view.steps) {
      expect(
        step.replies.map((r) => r.locale),
        step.id,
      ).toEqual(['fr', 'en']);
      for (const reply of step.replies) {
        expect(reply.template.split('\n'), step.id).toContain('{url}');
        expect(reply.path.startsWith(`/${reply.locale}/invitation-code/`)).toBe(true);
      }
    }
  });
  it("lets the filter find a step by any word of its body, in the map's language, accents folded", () => {
    const view = mapView(flow, 'fr', config);
    const junk = view.steps.find((s) => s.id === 'checkResetEmailInJunk')!;
    expect(junk.search).toContain('indesirable');
    expect(junk.search).toContain('pourriels');
    expect(junk.search).toContain('toujours aucun courriel');
  });
  it('finds on each map the words agents type in either language, and their synonyms (UX review m5)', () => {
    for (const locale of ['en', 'fr'] as const) {
      const view = mapView(flow, locale, config);
      const found = (query: string) => view.steps.filter((s) => matchesFilter(query, s.search)).map((s) => s.id);
      for (const query of [
        'email',
        'e-mail',
        'e mail',
        'courriel',
        'reset email',
        'no reset email',
        'spam',
        'junk',
        'pourriel',
        'indésirable',
      ])
        expect(found(query), `${locale} map: "${query}"`).not.toEqual([]);
      expect(found('spam'), `${locale} map`).toContain('checkResetEmailInJunk');
      expect(found('junk'), `${locale} map`).toEqual(found('indésirable'));
      expect(found('email'), `${locale} map`).toEqual(found('courriel'));
      expect(found('reset email'), `${locale} map`).toContain('checkResetEmailInJunk');
    }
  });
});

describe('mapView of a flow with a date answer and a renamed step', () => {
  const view = mapView(datedFlow(), 'en', config);
  const step = (id: string) => view.steps.find((s) => s.id === id)!;

  it("gives each step its latest and its pinned URL, and the words' links", () => {
    expect([step('tryAgain').latest, step('tryAgain').pinned]).toEqual(['/en/dated/try-again/', '/en/dated/v2/try-again/']);
    expect(view.labels.href({ id: 'tryAgain' })).toBe('/en/dated/try-again/');
    expect(view.contactPath).toBe('/en/dated/contact-support/');
  });

  it('names each branch of a date answer by its guard, on the paths to each outcome', () => {
    expect(view.outcomes.map((o) => [o.id, o.paths])).toEqual([
      ['solvedResult', ['No', 'date given: code still valid, It worked', 'Yes, It worked']],
      ['askCoordinator', ['date given: code expired']],
      ['contactSupport', ['date given: code still valid, Still broken', 'Yes, Still broken']],
    ]);
  });

  it('gives a reply in each language, with the words around its link', () => {
    expect(step('tryAgain').replies).toEqual([
      {
        locale: 'en',
        path: '/en/dated/try-again/',
        template: 'Hello,\n\nIt shows how to sign in. This page helps:\n{url}\n\nSupport',
      },
      {
        locale: 'fr',
        path: '/fr/dated/try-again/',
        template: 'Bonjour,\n\nElle montre comment se connecter. Cette page aide\u00a0:\n{url}\n\nLe soutien',
      },
    ]);
  });

  it("lets the filter find every word of a step: title, every kind of body block, question and answers, the map's language first, then the others", () => {
    expect(step('tryAgain').search).toBe(
      'try again sign in on this page: open https://app.nexam.io type your address choose sign in never share your password did that work? it worked still broken' +
        ' reessayez connectez-vous sur cette page : ouvrez https://app.nexam.io tapez votre adresse choisissez connexion ne donnez jamais votre mot de passe est-ce que ca a marche? ca a marche toujours brise',
    );
    expect(mapView(datedFlow(), 'fr', config).steps.find((s) => s.id === 'tryAgain')!.search).toMatch(
      /^reessayez .* brise try again .* still broken$/,
    );
  });

  it('lists the renamed steps with their successor', () => {
    expect(view.moved).toEqual([{ old: 'retry', successor: 'tryAgain', title: 'Try again', href: '/en/dated/try-again/' }]);
  });
});

describe('mapView of a flow in format 1', () => {
  it('offers no replies: format 1 has no words for them', () => {
    const view = mapView(model(tinyFlow([{ machine: tinyMachineConfig(), content: { en: tinyContent() } }])), 'en', config);
    for (const step of view.steps) expect(step.replies).toEqual([]);
  });
});
