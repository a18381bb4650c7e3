import { z } from 'zod';

/** A setting said in each language of the site. */
const localized = z.strictObject({ en: z.string().trim().min(1), fr: z.string().trim().min(1) });

/** Operator settings: the values that are configuration, not content. */
export const ConfigSchema = z.strictObject({
  /** Where users write when the wizard cannot fix their problem. */
  supportEmail: z.email(),
  /** The address Nexam's invitation e-mails come from. */
  inviteSender: z.email(),
  /** The subject line of the invitation e-mail, exactly as users see it. */
  inviteSubject: z.string().min(1),
  /** The same subject as a French-speaking person sees it (Nexam in French). */
  inviteSubjectFr: z.string().min(1),
  /** How many days an invitation code stays valid. */
  codeValidityDays: z.int().positive().max(365),
  /** Nexam's sign-in page (it also holds the Forgot password option). */
  signInUrl: z.url({ protocol: /^https$/ }),
  /** Nexam's page for entering an invitation code. */
  activationUrl: z.url({ protocol: /^https$/ }),
  /** The public origin the site is deployed at (used for canonical and shared links). */
  site: z.url({ protocol: /^https?$/ }),
  /** An evaluation within this many days makes a support request urgent. */
  urgentWithinDays: z.int().positive().max(60),
  /**
   * When support answers, in each language, as the end of "Nexam technical support answers
   * …" ("Monday to Friday, 8 a.m. to 5 p.m. (Eastern time)"). Optional: without it the
   * site says nothing about hours, rather than something false.
   */
  supportHours: localized.optional(),
  /** How soon an answer usually comes, as the end of "An answer usually comes within …" ("one business day"). Optional, as the hours. */
  supportResponseTime: localized.optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Keys of the configuration that content files may quote as `{key}`. */
export const CONTENT_PLACEHOLDERS = [
  'supportEmail',
  'inviteSender',
  'inviteSubject',
  'inviteSubjectFr',
  'codeValidityDays',
  'signInUrl',
  'activationUrl',
  'urgentWithinDays',
] as const satisfies readonly (keyof Config)[];
