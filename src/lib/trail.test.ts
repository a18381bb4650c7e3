import { describe, expect, it } from 'vitest';
import { addAnswer, answerText, parsePending, parseTrail, pendingWithout, reconcileTrail, type TrailTable } from './trail.ts';
import { MAX_TRAIL } from './storage-keys.ts';

const table: TrailTable = {
  steps: {
    start: { title: 'Start?', href: '/s/', answers: { yes: ['Yes', 'middle'], no: ['No', 'end'] } },
    middle: { title: 'Middle', href: '/m/', answers: { done: ['Done', 'end'] } },
    end: { title: 'End', href: '/e/', answers: {} },
  },
};
const walked = [
  { step: 'start', answer: 'yes' },
  { step: 'middle', answer: 'done' },
];

describe('parseTrail never trusts stored data', () => {
  it('keeps a trail that fits the flow', () => {
    expect(parseTrail(JSON.stringify(walked), table)).toEqual(walked);
  });
  it.each([
    ['nothing stored', null],
    ['invalid JSON', '{not json'],
    ['not a list', '{"step":"start"}'],
    ['an unknown step id', JSON.stringify([{ step: 'elsewhere', answer: 'yes' }])],
    ['an unknown answer', JSON.stringify([{ step: 'start', answer: 'maybe' }])],
    [
      'entries that do not follow each other',
      JSON.stringify([
        { step: 'start', answer: 'no' },
        { step: 'middle', answer: 'done' },
      ]),
    ],
    ['a prototype key as step', JSON.stringify([{ step: '__proto__', answer: 'yes' }])],
    ['a number where a string belongs', JSON.stringify([{ step: 1, answer: 'yes' }])],
    // The size cap alone: a valid trail made oversized by padding (the count cap alone is the next test).
    ['an oversized text (valid entries, padded)', `${JSON.stringify([{ step: 'start', answer: 'yes' }])}${' '.repeat(20_000)}`],
  ])('drops %s', (_name, raw) => {
    expect(parseTrail(raw, table)).toEqual([]);
  });

  // A step that leads back to itself makes a valid trail of any length: only the count can refuse it.
  const loop: TrailTable = { steps: { ask: { title: 'Again?', href: '/ask/', answers: { again: ['Again', 'ask'] } } } };
  const laps = (n: number) => JSON.stringify(Array.from({ length: n }, () => ({ step: 'ask', answer: 'again' })));
  it('keeps a valid trail of MAX_TRAIL entries and drops one of MAX_TRAIL + 1, for its length alone', () => {
    expect(laps(MAX_TRAIL + 1).length).toBeLessThan(16_384);
    expect(parseTrail(laps(MAX_TRAIL), loop)).toHaveLength(MAX_TRAIL);
    expect(parseTrail(laps(MAX_TRAIL + 1), loop)).toEqual([]);
  });
});

describe('reconcileTrail fits the trail to the page shown', () => {
  it('keeps it when the last answer leads here', () => {
    expect(reconcileTrail(walked, 'end', table)).toEqual(walked);
  });
  it('cuts it back when this step was visited before (back button, Change)', () => {
    expect(reconcileTrail(walked, 'middle', table)).toEqual([walked[0]]);
    expect(reconcileTrail(walked, 'start', table)).toEqual([]);
  });
  it('empties it on a page the trail does not lead to (a deep link)', () => {
    expect(reconcileTrail([{ step: 'start', answer: 'no' }], 'middle', table)).toEqual([]);
  });
});

describe('addAnswer', () => {
  it('appends the answer given here', () => {
    expect(addAnswer([walked[0]!], { step: 'middle', answer: 'done' })).toEqual(walked);
  });
  it('adds a repeated answer on the same page once', () => {
    expect(addAnswer(addAnswer([], { step: 'start', answer: 'yes' }), { step: 'start', answer: 'yes' })).toEqual([walked[0]]);
  });
  it('replaces later answers when an earlier question is answered again', () => {
    expect(addAnswer(walked, { step: 'start', answer: 'no' })).toEqual([{ step: 'start', answer: 'no' }]);
  });
});

describe('parsePending: the answers the early-click script queued for this page', () => {
  it("keeps the flow's answers in order", () => {
    expect(
      parsePending(
        JSON.stringify([
          { step: 'start', answer: 'yes' },
          { step: 'middle', answer: 'done' },
        ]),
        table,
      ),
    ).toEqual([
      { step: 'start', answer: 'yes' },
      { step: 'middle', answer: 'done' },
    ]);
  });
  it('drops foreign steps, foreign answers, prototype keys and malformed items, keeping the rest', () => {
    expect(
      parsePending(
        JSON.stringify([
          { step: 'zz', answer: 'yes' },
          { step: 'start', answer: 'toString' },
          { step: '__proto__', answer: 'x' },
          null,
          3,
          'start',
          { step: 'start' },
          { step: 'start', answer: 'yes' },
        ]),
        table,
      ),
    ).toEqual([{ step: 'start', answer: 'yes' }]);
  });
  it('gives nothing for no queue, corrupt JSON, a non-list or an oversized text', () => {
    expect(parsePending(null, table)).toEqual([]);
    expect(parsePending('{"oops"', table)).toEqual([]);
    expect(parsePending('{"step":"start","answer":"yes"}', table)).toEqual([]);
    expect(parsePending(`[${'{"step":"start","answer":"yes"},'.repeat(1000)}{}]`, table)).toEqual([]);
  });
  it('takes at most MAX_TRAIL answers', () => {
    expect(
      parsePending(JSON.stringify(Array.from({ length: MAX_TRAIL + 5 }, () => ({ step: 'start', answer: 'yes' }))), table),
    ).toHaveLength(MAX_TRAIL);
  });
});

describe('parseTrail and parsePending at their limits', () => {
  // A step that leads back to itself: a valid trail as long as wanted.
  const loop: TrailTable = { steps: { again: { title: 'Again?', href: '/a/', answers: { yes: ['Yes', 'again'] } } } };
  const times = (n: number) => Array.from({ length: n }, () => ({ step: 'again', answer: 'yes' }));

  it('keeps a trail of exactly MAX_TRAIL answers, and drops one more', () => {
    expect(parseTrail(JSON.stringify(times(MAX_TRAIL)), loop)).toHaveLength(MAX_TRAIL);
    expect(parseTrail(JSON.stringify(times(MAX_TRAIL + 1)), loop)).toEqual([]);
  });
  it('reads a stored text of exactly 16,384 characters, and not one more', () => {
    const json = JSON.stringify(walked);
    expect(parseTrail(json.padEnd(16_384, ' '), table)).toEqual(walked);
    expect(parseTrail(json.padEnd(16_385, ' '), table)).toEqual([]);
    expect(parsePending(json.padEnd(16_384, ' '), table)).toEqual(walked);
    expect(parsePending(json.padEnd(16_385, ' '), table)).toEqual([]);
  });
  it('drops the whole trail for a null or a non-object item, without throwing', () => {
    expect(parseTrail(JSON.stringify([walked[0], null]), table)).toEqual([]);
    expect(parseTrail(JSON.stringify([null]), table)).toEqual([]);
  });
  it('drops a trail whose step or answer is a list, even one naming a real key', () => {
    // A one-item list as a property key reads as that item: only a string may pass.
    expect(parseTrail(JSON.stringify([{ step: ['start'], answer: 'yes' }]), table)).toEqual([]);
    expect(parseTrail(JSON.stringify([{ step: 'start', answer: ['yes'] }]), table)).toEqual([]);
  });
  it('drops a queued answer whose step or answer is a list, keeping the rest', () => {
    expect(
      parsePending(
        JSON.stringify([
          { step: ['start'], answer: 'yes' },
          { step: 'start', answer: ['yes'] },
          { step: 'middle', answer: 'done' },
        ]),
        table,
      ),
    ).toEqual([{ step: 'middle', answer: 'done' }]);
  });
});

describe('reconcileTrail on a page the trail never visited', () => {
  it('empties a trail of several answers, keeping none of them', () => {
    expect(reconcileTrail(walked, 'elsewhere', table)).toEqual([]);
  });
});

describe('pendingWithout: a page shown again from the back/forward cache drops the answers it queued', () => {
  const queue = JSON.stringify([{ step: 'a', answer: 'x' }, { step: 'b', answer: 'y' }, 'foreign']);
  it("keeps the other steps' answers, and what it cannot read as an answer of this step", () => {
    expect(pendingWithout(queue, 'a')).toEqual([{ step: 'b', answer: 'y' }, 'foreign']);
  });
  it('drops every answer of the step, leaving an empty queue', () => {
    expect(
      pendingWithout(
        JSON.stringify([
          { step: 'a', answer: 'x' },
          { step: 'a', answer: 'z' },
        ]),
        'a',
      ),
    ).toEqual([]);
  });
  it('says nothing changed when no answer is of the step, or the queue is missing or corrupt', () => {
    expect(pendingWithout(queue, 'c')).toBeUndefined();
    expect(pendingWithout(null, 'a')).toBeUndefined();
    expect(pendingWithout('{"oops"', 'a')).toBeUndefined();
    expect(pendingWithout('[null, 3]', 'a')).toBeUndefined();
  });
});

describe('a date answer in the trail: the date given, kept and said', () => {
  const dated: TrailTable = {
    steps: {
      ...table.steps,
      start: {
        ...table.steps.start!,
        given: { expired: 'Received on {received} (expired on {date})', valid: 'Received on {received} (until {date})' },
      },
    },
  };
  const given = { received: '2026-11-05', expiry: '2026-12-05', expired: true };
  it('keeps the dates of a step that takes them, through storage and the pending queue', () => {
    const raw = JSON.stringify([{ step: 'start', answer: 'yes', given }]);
    expect(parseTrail(raw, dated)).toEqual([{ step: 'start', answer: 'yes', given }]);
    expect(parsePending(raw, dated)).toEqual([{ step: 'start', answer: 'yes', given }]);
  });
  it.each([
    ['on a step without date words', table, given],
    ['not dates', dated, { ...given, received: '5 Nov' }],
    ['a flag that is not one', dated, { ...given, expired: 'yes' }],
    ['missing', dated, undefined],
  ])('drops dates %s, keeping the answer', (_name, t, g) => {
    expect(parseTrail(JSON.stringify([{ step: 'start', answer: 'yes', given: g }]), t)).toEqual([{ step: 'start', answer: 'yes' }]);
  });
  it('says the date given and the expiry in the language asked, or the answer without them', () => {
    expect(answerText({ step: 'start', answer: 'yes', given }, dated, 'en')).toBe(
      'Received on November 5, 2026 (expired on December 5, 2026)',
    );
    expect(answerText({ step: 'start', answer: 'yes', given: { ...given, expired: false } }, dated, 'fr')).toBe(
      'Received on 5 novembre 2026 (until 5 décembre 2026)',
    );
    expect(answerText({ step: 'start', answer: 'yes' }, dated, 'en')).toBe('Yes');
    expect(answerText({ step: 'start', answer: 'yes', given }, table, 'en')).toBe('Yes');
  });
});
