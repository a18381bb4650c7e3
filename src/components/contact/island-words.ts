/**
 * The interface words each form island gets as props: only those it can show or put in its
 * e-mail. Props are written into the page (escaped, so they weigh more than the text they
 * carry), and the page's first render must fit in 14 KB (docs/design.md, "Budgets"); what
 * the page itself renders around the form (its lead, the template, support's hours) is
 * never among them. `island-words.test.ts` checks every key the islands' views name, every
 * error their validation gives and every word their e-mails use is here.
 */
import { wordsWithPrefix } from '../../lib/i18n/index.ts';
import type { Locale } from '../../schemas/flow.ts';

/** Keys (or their beginnings) both islands use: fields, errors, the date's boxes, the prepared message, the waiting status. */
const SHARED = [
  'contact.firstName.',
  'contact.lastName.',
  'contact.email.label',
  'contact.email.hint',
  'contact.course.',
  'contact.evaluationDate.',
  'contact.error.firstName.',
  'contact.error.lastName.',
  'contact.error.email.',
  'contact.error.course.',
  'contact.error.evaluationDate.',
  'contact.errorPrefix',
  'contact.errorSummary',
  'contact.titlePrefix',
  'contact.count.',
  'contact.soon',
  'contact.ready.',
  'contact.copied',
  'contact.copyFailed',
  'contact.copyMessage',
  'contact.copySubject',
  'contact.copyAddress',
  'contact.failed',
  'date.',
  'form.',
  'mail.field.',
  'mail.fieldSeparator',
  'mail.subject.urgent',
  'mail.subject.evaluation',
  'mail.noDate',
  'mail.soon',
] as const;

/** The support form's words: besides the shared ones, its error message choice, its typo help, and the whole support e-mail. */
const SUPPORT = [
  ...SHARED,
  'contact.errorMessage.',
  'contact.otherMessage.',
  'contact.error.errorMessage.',
  'contact.error.otherMessage.',
  'contact.email.suggestion',
  'contact.email.useSuggestion',
  'contact.alsoCoordinator',
  'contact.passwordWarning',
  'contact.prefillIgnored',
  'contact.submit',
  'mail.subject.problem',
  'mail.intro',
  'mail.trailHeading',
  'mail.trailShortHeading',
  'mail.reference',
  'mail.language',
  'mail.closing',
  'mail.shortened',
  'mail.cut',
] as const;

/** The coordinator form's words: besides the shared ones, its own button, ready message and way to support. */
const COORDINATOR = [
  ...SHARED,
  'coordinator.submit',
  'coordinator.alsoSupport',
  'coordinator.failedLink',
  'coordinator.ready.',
  'step.helpLink',
  'mail.cutDetails',
] as const;

/** The words of the support form island (src/components/contact/ContactForm.tsx). */
export const supportFormWords = (locale: Locale) => wordsWithPrefix(locale, SUPPORT);

/** The words of the coordinator form island (src/components/contact/CoordinatorForm.tsx). */
export const coordinatorFormWords = (locale: Locale) => wordsWithPrefix(locale, COORDINATOR);
