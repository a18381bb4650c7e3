import { z } from 'zod';
import { inlineProblems } from '../lib/text.ts';
import type { StepInfo } from '../lib/flows/steps.ts';

/** A line of words: plain text, `**bold**` and `{configValue}` only. */
export const InlineTextSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    for (const message of inlineProblems(text)) ctx.addIssue({ code: 'custom', message });
  });

/** A block of a step's body: a paragraph, a bulleted list, or an important note. */
export const BodyBlockSchema = z.union([
  InlineTextSchema,
  z.strictObject({ list: z.array(InlineTextSchema).min(1) }),
  z.strictObject({ important: InlineTextSchema }),
]);
export type BodyBlock = z.infer<typeof BodyBlockSchema>;

/** Words of one step. */
export interface StepContent {
  /** The question or the advice, as the page's heading. */
  title: string;
  /** Short body, in reading order. */
  body: BodyBlock[];
  /** Answer labels keyed by answer id (the event without `user.answer.`, in camelCase). */
  answers: Record<string, string>;
  /** Label of the step's main action link, when the step has one. */
  action?: string;
}

/** Words of one flow version in one locale. */
export interface FlowContent {
  guide: { title: string; description: string };
  steps: Record<string, StepContent>;
}

/**
 * The schema of a content file, derived from the machine's steps: every step and answer
 * needs its words, and a key the machine does not use is an error (strict objects).
 */
export function contentSchemaFor(steps: readonly StepInfo[]): z.ZodType<FlowContent> {
  const stepShapes = Object.fromEntries(
    steps.map((step) => {
      const answers = z.strictObject(Object.fromEntries(step.answers.map((a) => [a.key, InlineTextSchema])));
      const shape = {
        title: InlineTextSchema,
        body: z.array(BodyBlockSchema),
        answers,
        ...(step.action ? { action: InlineTextSchema } : {}),
      };
      return [step.id, z.strictObject(shape)];
    }),
  );
  return z.strictObject({
    /** Notes for translators and writers (e.g. wording of Nexam's interface that is not known); never shown. */
    $comment: z.optional(z.union([z.string(), z.array(z.string())])),
    guide: z.strictObject({ title: InlineTextSchema, description: InlineTextSchema }),
    steps: z.strictObject(stepShapes),
  }) as unknown as z.ZodType<FlowContent>;
}
