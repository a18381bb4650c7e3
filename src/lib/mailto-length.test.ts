import { describe, expect, it } from 'vitest';
import { composeSupportMail, trailLines, type MailContext } from './contact-mail.ts';
import { validateContactForm } from './contact-form.ts';
import { MAX_MAILTO } from './mailto.ts';
import { parseMailto } from './fixtures/parse-mailto.ts';
import { MAX_EMAIL, MAX_NAME, MAX_TEXT } from '../schemas/limits.ts';
import { siteFlows } from '../site-flows.ts';
import { simplePaths } from './flows/paths.ts';
import { trailData } from './flows/trail-data.ts';
import { t } from './i18n/index.ts';
import { config } from '../config.ts';
import { LOCALES, type Locale } from '../schemas/flow.ts';

// The longest steps-taken list a person can bring to a contact step: every path to it, in
// every version and locale, one line per answer as the e-mail writes it (`trailLines`).
const longestTrail = (locale: Locale) =>
  siteFlows()
    .flatMap((flow) =>
      flow.versions.flatMap((version) => {
        const { table } = trailData({ locale, flow, version, pinned: false }, config);
        const contact = version.steps.find((s) => s.kind === 'contact');
        const answerOf = (id: string, event: string) => version.steps.find((s) => s.id === id)!.answers.find((a) => a.event === event);
        return simplePaths(version.steps)
          .filter((path) => path.steps.at(-1) === contact?.id && path.events.every((e, i) => answerOf(path.steps[i]!, e)))
          .map((path) => ({
            flow: flow.id,
            version: version.version,
            locale,
            lines: trailLines(
              path.steps.slice(0, -1).map((id, i) => ({ step: id, answer: answerOf(id, path.events[i]!)!.key })),
              table,
            ),
          }));
      }),
    )
    .sort((a, b) => encodeURIComponent(b.lines.join('\r\n')).length - encodeURIComponent(a.lines.join('\r\n')).length)[0]!;

const longest = Object.fromEntries(LOCALES.map((l) => [l, longestTrail(l)])) as Record<Locale, ReturnType<typeof longestTrail>>;
const today = new Date(2026, 10, 25, 12, 0);
const context = (locale: Locale): MailContext => ({
  supportEmail: 'support@nexam.io',
  flow: longest[locale].flow,
  version: longest[locale].version,
  step: 'contactSupport',
  locale,
  urgentWithinDays: 7,
});
const words = (locale: Locale) => (key: string, vars?: Record<string, string | number>) => t(locale, key as never, vars);

function mail(values: Record<string, string>, locale: Locale) {
  const result = validateContactForm(
    {
      firstName: '',
      lastName: '',
      email: '',
      errorMessage: 'other',
      otherMessage: '',
      course: '',
      evaluationDay: '28',
      evaluationMonth: '11',
      evaluationYear: '2026',
      ...values,
    },
    { today },
  );
  if (!result.ok) throw new Error(`invalid form: ${JSON.stringify(result.errors)}`);
  return composeSupportMail(result.form, longest[locale].lines, context(locale), words(locale), today);
}

describe('the mailto: link, worst realistic case', () => {
  it.each(LOCALES)('has a real path of several answers to the contact step (%s)', (locale) => {
    expect(longest[locale].lines.length).toBeGreaterThanOrEqual(3);
    for (const line of longest[locale].lines) expect(line).toMatch(/^.+ → .+$/);
  });

  // Every field at its limit in letters that encode to six characters each (é, É), the
  // longest real steps-taken list, in each language.
  it.each(LOCALES)('stays within 1,900 characters with every field full and the longest trail (%s)', (locale) => {
    const built = mail(
      {
        firstName: 'É'.repeat(MAX_NAME),
        lastName: 'é'.repeat(MAX_NAME),
        email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(MAX_EMAIL - 197)}.ca`,
        otherMessage: 'é'.repeat(MAX_TEXT),
        course: 'É'.repeat(MAX_TEXT),
      },
      locale,
    );
    expect(MAX_MAILTO).toBe(1900);
    expect(built.href.length).toBeLessThanOrEqual(MAX_MAILTO);
    expect(built.shortened).toBe(true);
    for (const line of longest[locale].lines) expect(built.text).toContain(line);
    expect(parseMailto(built.href).params[1]![1]).toContain(words(locale)('mail.shortened'));
  });

  // With realistic values the steps fit in English; in French the longest path's steps are
  // cut from the link (the copyable text keeps them): see docs/benchmarks.md.
  it.each(LOCALES)('keeps the link within 1,900 characters and every step in the text with realistic values (%s)', (locale) => {
    const built = mail(
      {
        firstName: 'Marie-Ève',
        lastName: "O'Connor-Tremblay",
        email: 'marie-eve.oconnor@exemple.qc.ca',
        otherMessage: 'Le code d’invitation n’existe pas ou est expiré',
        course: 'Examen de certification – Ordre des infirmières (groupe B)',
      },
      locale,
    );
    expect(built.href.length).toBeLessThanOrEqual(MAX_MAILTO);
    for (const line of longest[locale].lines) expect(built.text).toContain(line);
    const body = parseMailto(built.href).params[1]![1];
    if (built.shortened) expect(body).toContain(words(locale)('mail.shortened'));
    else for (const line of longest[locale].lines) expect(body).toContain(line);
  });
});
