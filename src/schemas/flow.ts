import { z } from 'zod';

/** Locales every flow is written in. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** One published version of a flow. */
const FlowVersionSchema = z.strictObject({
  /** Version number, from 1; appears in pinned URLs as `v{N}`. */
  version: z.int().positive(),
  /** Publication date (YYYY-MM-DD); a published version never changes. */
  published: z.iso.date(),
  /** What changed for users, one sentence or two. */
  notes: z.string().min(1),
  /** The XState machine: states are steps, events are answers. */
  machine: z.custom<unknown>((value) => typeof value === 'object' && value !== null, 'must be a machine made with setup().createMachine()'),
  /** Words per locale, checked against the machine by the graph checks. */
  content: z.record(z.string(), z.unknown()),
  /**
   * Example events for the answers that carry data (a date): at least one for each of
   * their branches, so the path checks and the browser journeys walk every branch.
   */
  examples: z.array(z.looseObject({ type: z.string() })).default([]),
});

/** A flow: its id, its versions, and which one is latest. */
export const FlowSchema = z
  .strictObject({
    /** URL-safe id, the folder name under `flows/`. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    /** The version served at the unversioned URLs. */
    latest: z.int().positive(),
    /** Every published version, oldest first. */
    versions: z.array(FlowVersionSchema).min(1),
    /** Step ids of older versions that the latest renamed or removed, mapped to their successor in the latest. */
    successors: z.record(z.string(), z.string()).default({}),
  })
  .superRefine((flow, ctx) => {
    const numbers = flow.versions.map((v) => v.version);
    numbers.forEach((n, i) => {
      if (n !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i, 'version'],
          message: `expected version ${i + 1}, versions are numbered 1, 2, 3... oldest first`,
        });
    });
    if (!numbers.includes(flow.latest)) {
      ctx.addIssue({ code: 'custom', path: ['latest'], message: `latest is ${flow.latest} but no such version is listed` });
    }
  });

export type FlowInput = z.input<typeof FlowSchema>;
export type Flow = z.output<typeof FlowSchema>;
