import { describe, expect, it } from 'vitest';
import { FlowSchema } from './flow.ts';
import { formatZodError } from '../lib/format-zod-error.ts';

const version = (n: number, change: Record<string, unknown> = {}) => ({
  version: n,
  published: '2026-11-01',
  notes: 'A version.',
  machine: {},
  content: {},
  ...change,
});

/** The problems of a flow, one line each ('' when it is accepted). */
const problems = (flow: Record<string, unknown>) => {
  const result = FlowSchema.safeParse({ id: 'invitation-code', latest: 1, versions: [version(1)], ...flow });
  return result.success ? '' : formatZodError(result.error);
};

describe('FlowSchema', () => {
  it('accepts a flow with its versions numbered from 1', () => {
    expect(problems({})).toBe('');
    expect(problems({ latest: 2, versions: [version(1), version(2)] })).toBe('');
  });

  it('takes an id of lower-case words joined by hyphens, and nothing around it', () => {
    for (const id of ['Invitation', 'x invitation-code', 'invitation-code!', 'invitation--code', '-invitation'])
      expect(problems({ id })).toBe('  - id: must be lower-case words joined by hyphens');
  });

  it('needs a machine, an object', () => {
    for (const machine of [null, undefined, 'machine', 3])
      expect(problems({ versions: [version(1, { machine })] })).toBe(
        '  - versions[0].machine: must be a machine made with setup().createMachine()',
      );
  });

  it('takes examples with a type, keeping their data', () => {
    const example = { type: 'user.answer.invitation-date', date: '2026-10-01' };
    const parsed = FlowSchema.parse({ id: 'x', latest: 1, versions: [version(1, { examples: [example] })] });
    expect(parsed.versions[0]!.examples).toEqual([example]);
    expect(problems({ versions: [version(1, { examples: [{ date: '2026-10-01' }] })] })).toMatch(
      /^ {2}- versions\[0\]\.examples\[0\]\.type: /,
    );
  });

  it('names each version out of order, and a latest that is not listed', () => {
    expect(problems({ latest: 3, versions: [version(1), version(3)] })).toBe(
      '  - versions[1].version: expected version 2, versions are numbered 1, 2, 3... oldest first',
    );
    expect(problems({ latest: 2, versions: [version(2), version(1)] })).toBe(
      [
        '  - versions[0].version: expected version 1, versions are numbered 1, 2, 3... oldest first',
        '  - versions[1].version: expected version 2, versions are numbered 1, 2, 3... oldest first',
      ].join('\n'),
    );
    expect(problems({ latest: 2 })).toBe('  - latest: latest is 2 but no such version is listed');
  });
});
