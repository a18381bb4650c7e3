import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { checkFlow } from './check.ts';
import { MAX_PICTURE_STEPS, mapView } from './map-view.ts';
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
  it('gives every step of the latest version a reply in each language, with a place for its link', () => {
    const view = mapView(flow, 'fr', config);
    for (const step of view.steps) {
      expect(
        step.replies.map((r) => r.locale),
        step.id,
      ).toEqual(['en', 'fr']);
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
});
