import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatZodError } from './format-zod-error.ts';

describe('formatZodError', () => {
  it('writes one line per problem: the path to the field, or (root), and the message', () => {
    const schema = z.object({ site: z.object({ url: z.string('must be a URL') }), days: z.number('must be a number') });
    const result = schema.safeParse({ site: { url: 3 }, days: 'x' });
    expect(result.success).toBe(false);
    expect(formatZodError(result.error!)).toBe('  - site.url: must be a URL\n  - days: must be a number');
    expect(formatZodError(z.string('must be text').safeParse(1).error!)).toBe('  - (root): must be text');
  });
});
