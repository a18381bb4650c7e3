import { describe, expect, it } from 'vitest';
import { readSteps } from './steps.ts';
import { formatProblem } from './problem.ts';

const where = { file: 'flows/x/v1/machine.ts', flow: 'x', version: 1 };
const done = { type: 'final', tags: ['solved'], meta: { kind: 'outcome' } };
const question = (on: Record<string, unknown>, meta: Record<string, unknown> = {}) => ({
  meta: { kind: 'question', answers: Object.keys(on).filter((e) => !e.includes('date')), ...meta },
  on,
});

/** The problems readSteps finds in a machine with these states, one line each. */
function problems(states: Record<string, unknown>, initial: unknown = 'start') {
  return readSteps({ config: { initial, states } }, where).problems.map(formatProblem);
}
const at = (step: string | undefined, field: string | undefined, message: string) =>
  `flows/x/v1/machine.ts (x v1${step ? `, step "${step}"` : ''}${field ? `, field ${field}` : ''}): ${message}`;

/** A date answer on `start` with these branches. */
const dated = (branches: unknown, meta: Record<string, unknown> = {}) => ({
  start: {
    meta: { kind: 'question', answers: ['user.answer.yes'], dateAnswer: 'user.answer.date', ...meta },
    on: { 'user.answer.yes': 'end', 'user.answer.date': branches },
  },
  end: done,
});

describe('readSteps on a machine it cannot read', () => {
  it.each([null, {}, { config: {} }, { config: { states: 'start' } }])('%j is not a machine with states', (machine) => {
    const read = readSteps(machine, where);
    expect(read.steps).toEqual([]);
    // A problem of the whole machine names no step.
    expect(read.problems[0]).not.toHaveProperty('step');
    expect(read.problems.map(formatProblem)).toEqual([
      at(undefined, 'default export', 'is not a machine with states; export setup({...}).createMachine({ initial, states }) as default'),
    ]);
  });

  it('names an initial step that does not exist, or is not a name', () => {
    const states = { start: question({ 'user.answer.yes': 'end' }), end: done };
    expect(problems(states, 'begin')).toEqual([
      at(undefined, 'initial', 'names "begin", which is not a step; set it to one of: start, end'),
    ]);
    expect(problems(states, 3)).toEqual([at(undefined, 'initial', 'names "3", which is not a step; set it to one of: start, end')]);
    expect(problems(states, 'start')).toEqual([]);
  });
});

describe('readSteps names each problem of a step', () => {
  it('a step id that is not camelCase', () => {
    const message = 'step ids are camelCase (letters and digits, starting lower-case); rename the state';
    for (const id of ['Start', 'start-here', 'start_here', '1start'])
      expect(problems({ [id]: done }, id)).toEqual([at(id, undefined, message)]);
    // A problem of the step itself names no field.
    expect(readSteps({ config: { initial: 'Start', states: { Start: done } } }, where).problems[0]).not.toHaveProperty('field');
    expect(problems({ startHere2: done }, 'startHere2')).toEqual([]);
  });

  it('nested states', () => {
    expect(problems({ start: { ...done, states: { inner: {} } } })).toEqual([
      at('start', 'states', 'nested states are not supported: a step is one page; move the child states up beside it'),
    ]);
  });

  it('an unknown tag, alone or in a list, keeping the known ones', () => {
    const message = '"fixed" is not a known tag; use one of solved, coordinator, support';
    expect(problems({ start: { ...done, tags: 'fixed' } })).toEqual([at('start', 'tags[0]', message)]);
    expect(problems({ start: { ...done, tags: ['solved', 'fixed'] } })).toEqual([at('start', 'tags[1]', message)]);
    expect(
      readSteps({ config: { initial: 'start', states: { start: { ...done, tags: ['solved', 'fixed'] } } } }, where).steps[0]!.tags,
    ).toEqual(['solved']);
    expect(readSteps({ config: { initial: 'start', states: { start: { ...done, tags: 'coordinator' } } } }, where).steps[0]!.tags).toEqual([
      'coordinator',
    ]);
    expect(readSteps({ config: { initial: 'start', states: { start: { ...done, tags: undefined } } } }, where).steps[0]!.tags).toEqual([]);
  });

  it('an answer that does not lead to exactly one step', () => {
    const message = 'must lead to exactly one step, written as its id';
    expect(problems({ start: question({ 'user.answer.yes': ['end', 'start'] }), end: done })).toEqual([
      at('start', 'on["user.answer.yes"]', message),
    ]);
    expect(problems({ start: question({ 'user.answer.yes': { actions: [] } }), end: done })).toEqual([
      at('start', 'on["user.answer.yes"]', message),
    ]);
    expect(problems({ start: question({ 'user.answer.yes': null }), end: done })).toEqual([at('start', 'on["user.answer.yes"]', message)]);
    expect(problems({ start: question({ 'user.answer.yes': 5 }), end: done })).toEqual([at('start', 'on["user.answer.yes"]', message)]);
  });

  it('reads a target however it is written: an id, an object, a one-item list', () => {
    const read = readSteps(
      {
        config: {
          initial: 'start',
          states: {
            start: question({ 'user.answer.a': 'end', 'user.answer.b': { target: 'end' }, 'user.answer.c': [{ target: 'end' }] }),
            end: done,
          },
        },
      },
      where,
    );
    expect(read.problems).toEqual([]);
    expect(read.steps[0]!.answers.map((a) => [a.key, a.target])).toEqual([
      ['a', 'end'],
      ['b', 'end'],
      ['c', 'end'],
    ]);
  });

  it('an answer listed twice', () => {
    expect(
      problems({ start: question({ 'user.answer.yes': 'end' }, { answers: ['user.answer.yes', 'user.answer.yes'] }), end: done }),
    ).toEqual([at('start', 'meta.answers', 'lists an answer twice; keep each once')]);
  });
});

describe('readSteps reads a date answer', () => {
  it('with its guarded branches, the last one unguarded', () => {
    const read = readSteps(
      { config: { initial: 'start', states: dated([{ guard: 'isLate', target: 'end' }, { guard: 'isEarly', target: 'start' }, 'end']) } },
      where,
    );
    expect(read.problems).toEqual([]);
    expect(read.steps[0]!.dateAnswer).toEqual({
      event: 'user.answer.date',
      key: 'date',
      branches: [{ guard: 'isLate', target: 'end' }, { guard: 'isEarly', target: 'start' }, { target: 'end' }],
    });
  });

  it.each([
    [
      'a branch without one target',
      [{ guard: 'isLate', target: ['end', 'start'] }, { target: 'end' }],
      'branch 1 must lead to exactly one step, written as its id',
    ],
    [
      'a guard that is not a name',
      [{ guard: 'isLate', target: 'end' }, { guard: () => true, target: 'end' }, { target: 'end' }],
      'branch 2 must name its guard (a string declared in setup({ guards }))',
    ],
    ['a single branch', [{ target: 'end' }], 'a date answer needs guarded branches, written [{ guard, target }, { target }]'],
    ['a single branch, not in a list', 'end', 'a date answer needs guarded branches, written [{ guard, target }, { target }]'],
    [
      'a guard on the last branch',
      [
        { guard: 'isLate', target: 'end' },
        { guard: 'isEarly', target: 'end' },
      ],
      'the last branch must have no guard, so that every date leads somewhere',
    ],
    [
      'an unguarded branch before the last',
      [{ guard: 'isLate', target: 'end' }, { target: 'start' }, { target: 'end' }],
      'only the last branch may have no guard',
    ],
    [
      'an unguarded first branch',
      [{ target: 'start' }, { guard: 'isLate', target: 'end' }, { target: 'end' }],
      'only the last branch may have no guard',
    ],
  ])('refuses %s', (_name, branches, message) => {
    expect(problems(dated(branches))).toEqual([at('start', 'on["user.answer.date"]', message)]);
  });

  it('refuses a date answer without a transition', () => {
    const states = dated([]);
    delete (states.start.on as Record<string, unknown>)['user.answer.date'];
    expect(problems(states)).toEqual([
      at('start', 'on["user.answer.date"]', "has no transition; add on: { 'user.answer.date': [{ guard, target }, { target }] }"),
    ]);
  });

  it('refuses a date answer also listed as a link answer', () => {
    const states = dated([{ guard: 'isLate', target: 'end' }, { target: 'end' }], { answers: ['user.answer.yes', 'user.answer.date'] });
    expect(problems(states)).toContain(
      at('start', 'meta.dateAnswer', 'is also listed in meta.answers; a date answer is not a link, list it in meta.dateAnswer only'),
    );
  });
});
