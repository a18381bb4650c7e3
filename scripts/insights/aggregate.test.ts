import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { datedFlow } from '../../src/lib/flows/fixtures/dated-flow.ts';
import { versionIndex } from '../../src/lib/flows/model.ts';
import type { Signal } from '../../src/lib/view-signal.ts';
import type { SignalEdge } from '../../src/lib/view-signal-edge.ts';
import { aggregate, edgeId, type Section } from './aggregate.ts';
import type { DatedSignal } from './classify.ts';

const flow = datedFlow();
const v2 = flow.versions.find((v) => v.version === 2)!;

function view(
  day: string,
  step: string,
  edge?: SignalEdge,
  { locale = 'en', version = 2 }: { locale?: 'en' | 'fr'; version?: number } = {},
): DatedSignal {
  return { day, signal: { kind: 'view', flow: 'dated', version, locale, step, ...(edge ? { edge } : {}) } as Signal };
}
function solved(day: string, step: string, answer: 'yes' | 'no', flowId = 'dated'): DatedSignal {
  return { day, signal: { kind: 'solved', flow: flowId, version: 2, locale: 'en', step, answer } };
}
const times = (n: number, signal: DatedSignal) => Array.from({ length: n }, () => signal);

const D = '2026-12-01';
const signals: DatedSignal[] = [
  ...times(8, view(D, 'is-it-broken')),
  view(D, 'is-it-broken', undefined, { locale: 'fr' }),
  ...times(2, view(D, 'try-again', { from: 'is-it-broken', answer: 'yes' })),
  view(D, 'try-again', { from: 'is-it-broken', answer: 'date' }),
  view(D, 'try-again'),
  view(D, 'ask-coordinator', { from: 'is-it-broken', answer: 'date' }),
  view(D, 'contact-support', { from: 'try-again', answer: 'still-broken' }),
  view(D, 'contact-support', { from: 'is-it-broken', answer: 'help-line' }),
  view('2026-12-07', 'solved-result', { from: 'try-again', answer: 'it-worked' }),
  // An edge this version does not have: counted as a view only.
  view(D, 'solved-result', { from: 'is-it-broken', answer: 'it-worked' }),
  solved('2026-12-07', 'solved-result', 'yes'),
  solved(D, 'contact-support', 'no'),
  // Not this site's: "did this solve it" on an advice step, another flow, a step v2 does not have.
  solved(D, 'try-again', 'yes'),
  solved(D, 'solved-result', 'yes', 'other'),
  view(D, 'retry'),
  // Version 1's step, and a day outside the period.
  view(D, 'retry', undefined, { version: 1 }),
  view('2026-11-01', 'is-it-broken'),
];
const figures = aggregate([flow], signals, { from: '2026-11-30', to: '2026-12-10' }, config);
const versionFigures = figures.flows[0]!.versions[0]!;
const section = (locale: string) => versionFigures.sections.find((s) => s.locale === locale)!;
const step = (s: Section, id: string) => s.steps.find((x) => x.id === id)!;

describe('aggregate', () => {
  it('counts the signals of the period, and says what it left out', () => {
    expect(figures.period).toEqual({ from: '2026-11-30', to: '2026-12-10' });
    expect(figures.outsidePeriod).toBe(1);
    expect(figures.unknownStep).toBe(3);
    expect(figures.counted).toBe(signals.length - 4);
  });

  it('lists versions with views, newest first, each in every locale and all together', () => {
    expect(figures.flows[0]!.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versionFigures.sections.map((s) => s.locale)).toEqual(['en', 'fr', 'all']);
    expect(versionFigures.latest).toBe(true);
  });

  it("counts each step's views, with and without the edge that led there, and edges the version does not have apart", () => {
    const en = section('en');
    expect(step(en, 'isItBroken')).toMatchObject({ views: 8, viewsWithEdge: 0, viewsWithoutEdge: 8, unmatchedEdges: 0, initial: true });
    expect(step(en, 'tryAgain')).toMatchObject({ views: 4, viewsWithEdge: 3, viewsWithoutEdge: 1 });
    expect(step(en, 'solvedResult')).toMatchObject({ views: 2, viewsWithEdge: 1, viewsWithoutEdge: 1, unmatchedEdges: 1, tag: 'solved' });
    expect(step(section('fr'), 'isItBroken').views).toBe(1);
    expect(step(section('all'), 'isItBroken').views).toBe(9);
    expect(section('en').views).toBe(8 + 4 + 1 + 2 + 2);
    expect(section('all').starts).toBe(9);
  });

  it('counts how each question was answered: link answers, each branch of the date answer, the help line', () => {
    const answers = Object.fromEntries(step(section('en'), 'isItBroken').answers.map((a) => [a.id, [a.count, a.target, a.label]]));
    expect(answers).toEqual({
      yes: [2, 'tryAgain', 'Yes'],
      no: [0, 'solvedResult', 'No'],
      'sentOn#0': [1, 'askCoordinator', 'Date given: code expired'],
      'sentOn#1': [1, 'tryAgain', 'Date given: code still valid'],
      'help-line': [1, 'contactSupport', 'Help line: “Evaluation soon and still stuck?”'],
    });
    expect(step(section('en'), 'contactSupport').answers).toEqual([]);
  });

  it('bounds where people stop: no answer recorded, of which some may have gone on without JavaScript', () => {
    // 8 views, 5 answers recorded; the next steps have 2 views without a known edge (try-again 1, solved-result 1).
    expect(step(section('en'), 'isItBroken').dropOff).toEqual({ answered: 5, noAnswer: 3, wentOnWithoutJsAtMost: 2, stoppedAtLeast: 1 });
    // 4 views, 2 answers; solved-result has 1 view without a known edge.
    expect(step(section('en'), 'tryAgain').dropOff).toEqual({ answered: 2, noAnswer: 2, wentOnWithoutJsAtMost: 1, stoppedAtLeast: 1 });
    // More answers than views (a page came back from the back/forward cache and was answered again): no drop-off, not below 0.
    const many = aggregate(
      [flow],
      [view(D, 'is-it-broken'), ...times(3, view(D, 'try-again', { from: 'is-it-broken', answer: 'yes' }))],
      {},
      config,
    );
    expect(step(many.flows[0]!.versions[0]!.sections[0]!, 'isItBroken').dropOff).toEqual({
      answered: 3,
      noAnswer: 0,
      wentOnWithoutJsAtMost: 0,
      stoppedAtLeast: 0,
    });
    expect(step(section('en'), 'solvedResult').dropOff).toBeUndefined();
  });

  it('counts outcomes by tag, and the answers to "Did this solve it?" on final steps', () => {
    expect(section('en').outcomes).toEqual({ solved: 2, coordinator: 1, support: 2 });
    expect(step(section('en'), 'solvedResult').solved).toEqual({ yes: 1, no: 0 });
    expect(step(section('en'), 'contactSupport').solved).toEqual({ yes: 0, no: 1 });
    expect(step(section('en'), 'tryAgain').solved).toBeUndefined();
    expect(figures.flows[0]!).toMatchObject({ starts: 9, solvedYes: 1, solvedNo: 1, outcomes: { solved: 2, coordinator: 1, support: 2 } });
  });

  it('counts by ISO week, saying which weeks the period cuts', () => {
    expect(section('all').weeks).toEqual([
      {
        week: '2026-W49',
        partial: false,
        starts: 9,
        views: 17,
        outcomes: { solved: 1, coordinator: 1, support: 2 },
        solvedYes: 0,
        solvedNo: 1,
      },
      {
        week: '2026-W50',
        partial: true,
        starts: 0,
        views: 1,
        outcomes: { solved: 1, coordinator: 0, support: 0 },
        solvedYes: 1,
        solvedNo: 0,
      },
    ]);
    // The flow's weeks add up its versions: version 1's view of retry is in week 49 too.
    expect(figures.flows[0]!.weeks.map((w) => [w.week, w.views])).toEqual([
      ['2026-W49', 18],
      ['2026-W50', 1],
    ]);
  });

  it('takes the period from the logs when none is given, and is empty without signals', () => {
    expect(aggregate([flow], signals, {}, config).period).toEqual({ from: '2026-11-01', to: '2026-12-07' });
    expect(aggregate([flow], [], {}, config)).toEqual({ period: {}, counted: 0, outsidePeriod: 0, unknownStep: 0, flows: [] });
  });
});

describe('edgeId: which way out an edge stands for', () => {
  const { byId } = versionIndex(v2);
  const [isItBroken, tryAgain, solvedResult, askCoordinator, contactSupport] = [
    'isItBroken',
    'tryAgain',
    'solvedResult',
    'askCoordinator',
    'contactSupport',
  ].map((id) => byId.get(id)!);
  it('matches a link answer by its kebab-case key and where it leads', () => {
    expect(edgeId(v2, tryAgain!, solvedResult!, 'it-worked')).toBe('itWorked');
    expect(edgeId(v2, tryAgain!, contactSupport!, 'it-worked')).toBeUndefined();
    expect(edgeId(v2, isItBroken!, solvedResult!, 'it-worked')).toBeUndefined();
  });
  it('matches a date answer to the branch that leads to the step shown', () => {
    expect(edgeId(v2, isItBroken!, askCoordinator!, 'date')).toBe('sentOn#0');
    expect(edgeId(v2, isItBroken!, tryAgain!, 'date')).toBe('sentOn#1');
    expect(edgeId(v2, tryAgain!, solvedResult!, 'date')).toBeUndefined();
  });
  it('takes the help line only to the contact step, from another step', () => {
    expect(edgeId(v2, tryAgain!, contactSupport!, 'help-line')).toBe('help-line');
    expect(edgeId(v2, tryAgain!, solvedResult!, 'help-line')).toBeUndefined();
    expect(edgeId(v2, contactSupport!, contactSupport!, 'help-line')).toBeUndefined();
  });
});
