import { describe, expect, it } from 'vitest';
import { dateWords } from '../lib/flows/fixtures/dated-flow.ts';
import { ActionPlaceSchema, DateAnswerWordsSchema, InlineTextSchema, contentSchemaFor, contentStrings } from './content.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('InlineTextSchema', () => {
  it('trims a line, and refuses one that is empty once trimmed', () => {
    expect(InlineTextSchema.parse('  Sign in  ')).toBe('Sign in');
    expect(messages(InlineTextSchema.safeParse('   '))).toEqual([': must not be empty']);
  });
  it('says what is wrong with the markup', () => {
    expect(messages(InlineTextSchema.safeParse('**bold'))).toEqual([': has an unclosed ** (bold text is written **like this**)']);
  });
});

describe('DateAnswerWordsSchema', () => {
  const words = dateWords('en');
  it('takes {date} in the lines that name it', () => expect(messages(DateAnswerWordsSchema.safeParse(words))).toEqual([]));
  it('needs {date} in the expired and valid lines, and no other unknown placeholder', () => {
    expect(messages(DateAnswerWordsSchema.safeParse({ ...words, expired: 'Your code expired.' }))).toEqual([
      'expired: must say {date}: the date the page works out',
    ]);
    expect(messages(DateAnswerWordsSchema.safeParse({ ...words, valid: 'Until {date}, {when}.' }))).toEqual([
      'valid: uses {when}, which is not a configuration value; use one of {supportEmail}, {inviteSender}, {inviteSubject}, {inviteSubjectFr}, {codeValidityDays}, {signInUrl}, {activationUrl}, {urgentWithinDays}, {date}',
    ]);
    expect(messages(DateAnswerWordsSchema.safeParse({ ...words, valid: '  ' }))).toEqual([
      'valid: must not be empty',
      'valid: must say {date}: the date the page works out',
    ]);
    expect(DateAnswerWordsSchema.parse({ ...words, valid: ' Until {date}. ' }).valid).toBe('Until {date}.');
  });
  it('needs the date given ({received}) and the date worked out in the lines that give the answer, and takes the boundary-day lines', () => {
    const given = { givenExpired: 'Received on {received} (expired on {date})', givenValid: 'Received on {received} (until {date})' };
    const today = { expiredToday: 'Expired today, {date}.', validToday: 'Works until tonight, {date}.' };
    expect(messages(DateAnswerWordsSchema.safeParse({ ...words, ...given, ...today }))).toEqual([]);
    expect(messages(DateAnswerWordsSchema.safeParse({ ...words, givenExpired: 'Expired on {date}' }))).toEqual([
      'givenExpired: must say {received}: the date the person gave',
    ]);
    expect(messages(DateAnswerWordsSchema.safeParse({ ...words, validToday: 'Works until tonight.' }))).toEqual([
      'validToday: must say {date}: the date the page works out',
    ]);
    expect(messages(DateAnswerWordsSchema.safeParse({ ...words, expiredToday: 'On {received}, {date}' }))).toHaveLength(1);
  });
  it('takes {date} only there: an ordinary line refuses it', () => {
    expect(messages(DateAnswerWordsSchema.safeParse({ ...words, hint: 'Before {date}' }))).toHaveLength(1);
  });
});

describe('ActionPlaceSchema', () => {
  it('says how to place the action button', () => {
    expect(messages(ActionPlaceSchema.safeParse({ action: 'there' }))).toEqual([
      'action: must be "here": { "action": "here" } puts the step\'s action button at this place',
    ]);
  });
});

describe('contentSchemaFor, format 1', () => {
  type Steps = Parameters<typeof contentSchemaFor>[0];
  const step = (id: string, kind: string, answers: string[] = [], action?: string) =>
    ({ id, kind, answers: answers.map((key) => ({ key })), tags: [], ...(action ? { action } : {}) }) as unknown as Steps[number];
  const file = (steps: Record<string, unknown>) => ({ guide: { title: 'Guide', description: 'A guide.' }, steps });
  const words = (extra: Record<string, unknown> = {}, answers: Record<string, string> = {}) => ({
    title: 'Title',
    body: [],
    answers,
    ...extra,
  });

  it('lets an advice step with answers have a question above them, or not', () => {
    const schema = contentSchemaFor([step('tryAgain', 'advice', ['yes'])]);
    expect(messages(schema.safeParse(file({ tryAgain: words({ question: 'Did it work?' }, { yes: 'Yes' }) })))).toEqual([]);
    expect(messages(schema.safeParse(file({ tryAgain: words({}, { yes: 'Yes' }) })))).toEqual([]);
  });
  it('refuses a question on a question step, and on an advice step without answers', () => {
    const schema = contentSchemaFor([step('isItBroken', 'question', ['yes']), step('tryAgain', 'advice')]);
    const result = schema.safeParse(
      file({ isItBroken: words({ question: 'Really?' }, { yes: 'Yes' }), tryAgain: words({ question: 'Did it work?' }) }),
    );
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code, 'keys' in i ? i.keys : []])).toEqual([
      ['steps.isItBroken', 'unrecognized_keys', ['question']],
      ['steps.tryAgain', 'unrecognized_keys', ['question']],
    ]);
  });
  it('refuses an action place on a step without an action, naming the block', () => {
    const result = contentSchemaFor([step('solvedResult', 'outcome')]).safeParse(
      file({ solvedResult: words({ body: ['Done.', { action: 'here' }] }) }),
    );
    expect(result.error?.issues).toMatchObject([
      {
        code: 'custom',
        path: ['steps', 'solvedResult', 'body', 1],
        message: 'places an action button, but this step has no action (meta.action); remove the block',
      },
    ]);
  });
});

describe('contentStrings', () => {
  it('lists every string with its path, skipping $ keys and anything that is not text', () => {
    expect(contentStrings({ $comment: 'note', guide: { title: 'T' }, body: ['p', { list: ['q'] }, null, 3, true], n: null })).toEqual([
      { path: ['guide', 'title'], text: 'T' },
      { path: ['body', 0], text: 'p' },
      { path: ['body', 1, 'list', 0], text: 'q' },
    ]);
  });
});
