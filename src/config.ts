/**
 * The one place an operator edits: support address, invitation sender and subject, code
 * validity, Nexam's URLs, how near an evaluation makes a support request urgent, support's
 * hours and response time (optional), and the public origin (from the SITE_ORIGIN environment variable). Validated when the site
 * builds; a bad value fails the build with the field's name.
 */
import { ConfigSchema } from './schemas/config.ts';
import { formatZodError } from './lib/format-zod-error.ts';

/** The origin used when SITE_ORIGIN is not set: fine for local work, wrong for production (the build says so). */
export const PLACEHOLDER_SITE = 'https://help.example.org';

const raw = {
  // Hidden in the source article ("[email protected]"): confirm before going live.
  supportEmail: 'support@nexam.io',
  // Hidden in the source article: confirm before going live.
  inviteSender: 'noreply@nexam.io',
  inviteSubject: 'Invitation to Nexam',
  // Not in the source article (it gives the English subject only): confirm before going live.
  inviteSubjectFr: 'Invitation à Nexam',
  codeValidityDays: 30,
  signInUrl: 'https://app.nexam.io/connexion',
  activationUrl: 'https://app.nexam.io/connexion/code-invitation',
  // The public origin, from the environment (SITE_ORIGIN=https://... npm run build); one setting for the whole site.
  site: (typeof process !== 'undefined' ? process.env.SITE_ORIGIN : undefined) || PLACEHOLDER_SITE,
  urgentWithinDays: 7,
  // When support answers and how soon, said to a person deciding to write and to one whose
  // evaluation is soon. Unknown (the article does not say): left out, so the site promises
  // nothing. For example:
  //   supportHours: { en: 'Monday to Friday, 8 a.m. to 5 p.m. (Eastern time)', fr: 'du lundi au vendredi, de 8 h à 17 h (heure de l\'Est)' },
  //   supportResponseTime: { en: 'one business day', fr: 'un jour ouvrable' },
};

const parsed = ConfigSchema.safeParse(raw);
if (!parsed.success) {
  throw new Error(`src/config.ts: invalid configuration (site is the SITE_ORIGIN environment variable).\n${formatZodError(parsed.error)}`);
}

/** The validated configuration. */
export const config = parsed.data;
