import { z } from 'zod';
import { inlineProblems } from './inline-text.ts';

/**
 * A line of words: plain text, `**bold**` and `{configValue}` only.
 * @internal Exported for its own unit tests.
 */
export const InlineTextSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    for (const message of inlineProblems(text)) ctx.addIssue({ code: 'custom', message });
  });

/** A line that must name the given values (`{date}`, the date the page works out, and any other in `names`), such as "Your code expired on {date}." */
const datedText = (...names: string[]) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .superRefine((text, ctx) => {
      for (const message of inlineProblems(text, ['date', ...names])) ctx.addIssue({ code: 'custom', message });
      if (!text.includes('{date}')) ctx.addIssue({ code: 'custom', message: 'must say {date}: the date the page works out' });
      for (const name of names)
        if (!text.includes(`{${name}}`)) ctx.addIssue({ code: 'custom', message: `must say {${name}}: the date the person gave` });
    });
const DatedTextSchema = datedText();

/**
 * The words of a date answer (the date of the invitation e-mail, instead of counting days).
 * @internal Exported for its own unit tests.
 */
export const DateAnswerWordsSchema = z.strictObject({
  /** The question the three date boxes answer (their group's legend). */
  label: InlineTextSchema,
  /** Hint under it: what to look at, and an example written the way the boxes are filled ("For example, 2 11 2026"). */
  hint: InlineTextSchema,
  /** The button. */
  submit: InlineTextSchema,
  /** Errors: nothing entered, a date after today. A box left empty or wrong gets the interface's words (`date.error.*`). */
  missing: InlineTextSchema,
  future: InlineTextSchema,
  /** Shown on the next step: the code expired on {date} (the first day it no longer worked), or works until {date} (its last day). */
  expired: DatedTextSchema,
  valid: DatedTextSchema,
  /** The same on the boundary day: the code expired today ({date} is today), or works until the end of today. Without them, `expired` and `valid` are shown. */
  expiredToday: DatedTextSchema.optional(),
  validToday: DatedTextSchema.optional(),
  /**
   * The answer as the trail and the e-mails give it once the person gave the date:
   * received on {received}, expired on {date} or works until {date}. Without them, the
   * answer the date stands for ("Yes, 30 days or more").
   */
  givenExpired: datedText('received').optional(),
  givenValid: datedText('received').optional(),
});

/**
 * Where a step's action button goes when it is not after the whole body (`{ "action": "here" }`).
 * @internal Exported for its own unit tests.
 */
export const ActionPlaceSchema = z.strictObject({
  action: z.literal('here', 'must be "here": { "action": "here" } puts the step\'s action button at this place'),
});

/**
 * A block of a step's body: a paragraph, a bulleted list, a numbered list (steps to take in
 * order), an important note, or the place of the step's action button.
 * @internal Exported for the tests of the Body component.
 */
export const BodyBlockSchema = z.union([
  InlineTextSchema,
  z.strictObject({ list: z.array(InlineTextSchema).min(1) }),
  z.strictObject({ numbered: z.array(InlineTextSchema).min(2, 'a numbered list has at least two steps; use a paragraph for one') }),
  z.strictObject({ important: InlineTextSchema }),
  ActionPlaceSchema,
]);
export type BodyBlock = z.infer<typeof BodyBlockSchema>;

/** The content format a words file is written in: 2 adds numbered lists, action places, questions above advice answers and Quebec typography. */
const CONTENT_FORMATS = [1, 2] as const;

/** The words of a prepared message to the coordinator; the form's details go between intro and closing. */
const CoordinatorMessageSchema = z.strictObject({
  subject: InlineTextSchema,
  /** Greeting and request, before the details. */
  intro: InlineTextSchema,
  /** After the details, before the person's name. */
  closing: InlineTextSchema,
});
export type CoordinatorMessage = z.output<typeof CoordinatorMessageSchema>;

/**
 * Words of one step, with every field a step can have. Which of the optional ones a step
 * needs, may have or must not have follows from its machine step and the content format
 * (`contentSchemaFor`).
 */
const StepContentSchema = z.strictObject({
  /** The question or the advice, as the page's heading. */
  title: InlineTextSchema,
  /** Short body, in reading order. */
  body: z.array(BodyBlockSchema),
  /** Answer labels keyed by answer id (the event without `user.answer.`, in camelCase). */
  answers: z.record(z.string(), InlineTextSchema),
  /** Label of the step's main action link, when the step has one. */
  action: InlineTextSchema.optional(),
  /** On a step with a date answer: its words. */
  dateAnswer: DateAnswerWordsSchema.optional(),
  /** For support staff (from format 2): one sentence on what the step helps with, for a ready-to-paste reply. */
  reply: InlineTextSchema.optional(),
  /** On a coordinator outcome (from format 2): the words of the message the person sends their coordinator. */
  message: CoordinatorMessageSchema.optional(),
  /** The short question above an advice step's answers ("Did that work?"); required from format 2. */
  question: InlineTextSchema.optional(),
});

/**
 * Words of one flow version in one locale (`flows/<id>/v<N>/content/<locale>.json`): the
 * shape every words file has. `contentSchemaFor` narrows it to one machine's steps.
 */
const FlowContentSchema = z.strictObject({
  /** Notes for translators and writers (e.g. wording of Nexam's interface that is not known); never shown. */
  $comment: z.optional(z.union([z.string(), z.array(z.string())])),
  /** The content format (1 when absent); 2 requires a question above every advice step's answers. */
  $format: z.optional(z.literal(CONTENT_FORMATS, 'must be 1 or 2')),
  guide: z.strictObject({ title: InlineTextSchema, description: InlineTextSchema }),
  /** For support staff (from format 2): the parts of every reply that point to a step. */
  reply: z.optional(z.strictObject({ greeting: InlineTextSchema, linkIntro: InlineTextSchema, closing: InlineTextSchema })),
  /** Words of each step, keyed by step id. */
  steps: z.record(z.string(), StepContentSchema),
});
export type FlowContent = z.output<typeof FlowContentSchema>;

/** What decides the shape of a step's words; src/lib/flows/steps.ts reads it from the machine. */
interface StepShape {
  id: string;
  answers: readonly { key: string }[];
  /** The step has an action button (meta.action). */
  action?: unknown;
  /** The step has a date answer (meta.dateAnswer). */
  dateAnswer?: unknown;
  tags: readonly string[];
  kind: string;
}

/** What one optional field of the static schema is for one step or file: needed, allowed, or refused. */
type Need = 'required' | 'allowed' | 'refused';

/** An optional field as one step or file needs it: its schema unwrapped when required, as it is when allowed. */
function narrowed<T extends z.core.SomeType>(schema: z.ZodOptional<T>, need: Need): T | z.ZodOptional<T> {
  return need === 'required' ? schema.unwrap() : schema;
}

/** The refused fields, for `.omit`: a strict object without them names each one as an unknown key. */
function refused<K extends string>(needs: Record<K, Need>): { [P in K]?: true } {
  const mask: { [P in K]?: true } = {};
  for (const key in needs) if (needs[key] === 'refused') mask[key] = true;
  return mask;
}

/** The static step schema narrowed to one machine step: its answers, its action, its date answer, its kind. */
function stepSchemaFor(step: StepShape, format: 1 | 2) {
  const shape = StepContentSchema.shape;
  const needs: Record<'action' | 'dateAnswer' | 'reply' | 'message' | 'question', Need> = {
    action: step.action ? 'required' : 'refused',
    dateAnswer: step.dateAnswer ? 'required' : 'refused',
    reply: format >= 2 ? 'required' : 'refused',
    message: step.tags.includes('coordinator') && format >= 2 ? 'required' : 'refused',
    question: step.kind !== 'advice' ? 'refused' : format >= 2 ? 'required' : step.answers.length > 0 ? 'allowed' : 'refused',
  };
  return StepContentSchema.safeExtend({
    body: shape.body.superRefine((blocks, ctx) => {
      blocks.forEach((block, i) => {
        if (typeof block === 'object' && 'action' in block && !step.action)
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: 'places an action button, but this step has no action (meta.action); remove the block',
          });
      });
    }),
    answers: z.strictObject(Object.fromEntries(step.answers.map((a) => [a.key, shape.answers.valueType]))),
    action: narrowed(shape.action, needs.action),
    dateAnswer: narrowed(shape.dateAnswer, needs.dateAnswer),
    reply: narrowed(shape.reply, needs.reply),
    message: narrowed(shape.message, needs.message),
    question: narrowed(shape.question, needs.question),
  }).omit(refused(needs));
}

/**
 * The schema of a content file, narrowed from the static one to the machine's steps: every
 * step and answer needs its words, and a key the machine does not use is an error (strict objects).
 */
export function contentSchemaFor(steps: readonly StepShape[], format: 1 | 2 = 1): z.ZodType<FlowContent> {
  const needs: Record<'reply', Need> = { reply: format >= 2 ? 'required' : 'refused' };
  return FlowContentSchema.safeExtend({
    reply: narrowed(FlowContentSchema.shape.reply, needs.reply),
    steps: z.strictObject(Object.fromEntries(steps.map((step) => [step.id, stepSchemaFor(step, format)]))),
  }).omit(refused(needs));
}

/** Every string of a words file with its path (for checks that read all the words, such as typography). */
export function contentStrings(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => contentStrings(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k.startsWith('$') ? [] : contentStrings(v, [...path, k])));
  return [];
}
