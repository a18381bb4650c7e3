import { z } from 'zod';

/** What a step is, which decides how its page looks. */
const StepKindSchema = z.enum(['question', 'advice', 'outcome', 'contact']);
export type StepKind = z.infer<typeof StepKindSchema>;

/** Tags an outcome carries: who or what resolves the problem. */
export const OutcomeTagSchema = z.enum(['solved', 'coordinator', 'support']);
export type OutcomeTag = z.infer<typeof OutcomeTagSchema>;

/** The concrete next action a step can put first, as a prominent link from configuration. */
const StepActionSchema = z.enum(['signIn', 'activate', 'writeToSupport']);
export type StepAction = z.infer<typeof StepActionSchema>;

/**
 * Answer events: who did what, e.g. `user.answer.already-activated`.
 * @internal Exported for its own unit tests.
 */
export const AnswerEventSchema = z
  .string()
  .regex(/^user\.answer\.[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like user.answer.some-answer (lower-case words joined by hyphens)');

/** The `meta` of every state in a flow machine. */
export const StepMetaSchema = z.strictObject({
  /** How the step is shown: a question, advice with follow-up answers, an outcome, or the contact step. */
  kind: StepKindSchema,
  /** Answer events in display order; each must have a transition. */
  answers: z.array(AnswerEventSchema).default([]),
  /** The step's main action, a link built from configuration. */
  action: StepActionSchema.optional(),
  /**
   * An answer that carries a date (with scripts only, beside the link answers): its
   * transition lists guarded branches, `[{ guard, target }, ..., { target }]`.
   */
  dateAnswer: AnswerEventSchema.optional(),
});
