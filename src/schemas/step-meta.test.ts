import { describe, expect, it } from 'vitest';
import { AnswerEventSchema } from './step-meta.ts';

describe('AnswerEventSchema', () => {
  it('takes user.answer. followed by lower-case words joined by hyphens', () => {
    for (const event of ['user.answer.yes', 'user.answer.already-activated', 'user.answer.step-2']) {
      expect(AnswerEventSchema.safeParse(event).success).toBe(true);
    }
  });
  it('refuses anything before or after, or other words, saying how to write it', () => {
    for (const event of ['xuser.answer.yes', 'user.answer.yes!', 'user.answer.Yes', 'user.answer.-yes', 'user.answer.', 'answer.yes']) {
      expect(AnswerEventSchema.safeParse(event).error?.issues.map((i) => i.message)).toEqual([
        'must look like user.answer.some-answer (lower-case words joined by hyphens)',
      ]);
    }
  });
});
