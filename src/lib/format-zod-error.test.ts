import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldName, fieldProblems, formatZodError } from './format-zod-error.ts';

describe('formatZodError', () => {
  it('writes one line per problem: the path to the field, or (root), and the message', () => {
    const schema = z.object({ site: z.object({ url: z.string('must be a URL') }), days: z.number('must be a number') });
    const result = schema.safeParse({ site: { url: 3 }, days: 'x' });
    expect(result.success).toBe(false);
    expect(formatZodError(result.error!)).toBe('  - site.url: must be a URL\n  - days: must be a number');
    expect(formatZodError(z.string('must be text').safeParse(1).error!)).toBe('  - (root): must be text');
  });
});

describe('fieldName and fieldProblems', () => {
  it('names a field as authors read it: dots between keys, brackets around indexes', () => {
    expect(fieldName(['steps', 'signIn', 'answers', 0, 'label'])).toBe('steps.signIn.answers[0].label');
    expect(fieldName([0])).toBe('[0]');
    expect(fieldName([])).toBe('');
  });
  it('splits unknown keys into one problem each, says what is missing, and keeps other messages', () => {
    const schema = z.strictObject({ title: z.string('must be text'), count: z.number('must be a number') });
    const result = schema.safeParse({ title: 3, count: 'x', extra: 1, other: 2 }, { reportInput: true });
    const say = { unknownKey: 'is not used', missing: 'is missing' };
    expect(fieldProblems(result.error!.issues, say)).toEqual([
      { path: ['title'], message: 'must be text' },
      { path: ['count'], message: 'must be a number' },
      { path: ['extra'], message: 'is not used' },
      { path: ['other'], message: 'is not used' },
    ]);
    const missing = schema.safeParse({ count: 1 }, { reportInput: true });
    expect(fieldProblems(missing.error!.issues, say)).toEqual([{ path: ['title'], message: 'is missing' }]);
  });
});
