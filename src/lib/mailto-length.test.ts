import { describe, expect, it } from 'vitest';
import { composeSupportMail, trailLines, trailShort, type MailContext } from './contact-mail.ts';
import { validateContactForm } from './contact-form.ts';
import { MAX_MAILTO } from './mailto.ts';
import { parseMailto } from './fixtures/parse-mailto.ts';
import { MAX_EMAIL, MAX_NAME, MAX_TEXT } from '../schemas/limits.ts';
import { siteFlows } from '../site-flows.ts';
import { simplePaths } from './flows/paths.ts';
import { trailData } from './flows/trail-data.ts';
import { HELP_LINE_ANSWER, type TrailEntry } from './trail.ts';
import { t } from './i18n/index.ts';
import { config } from '../config.ts';
import { LOCALES, type Locale } from '../schemas/flow.ts';

// Every steps-taken list a person can bring to the contact step, in every version and locale,
// as the e-mail writes it (a line each, `trailLines`, and in short, `trailShort`): every path
// of answers to it, every path to another step then its help line ("Evaluation soon and
// still stuck?"), and each of those with the invitation's date given instead of a link
// answer where the step takes one (dates in the longest month names).
const GIVEN = { received: '2026-09-30', expiry: '2026-10-30', expired: true };
const contactPaths = (locale: Locale) =>
  siteFlows().flatMap((flow) =>
    flow.versions.flatMap((version) => {
      const { table } = trailData({ locale, flow, version, pinned: false }, config);
      const contact = version.steps.find((s) => s.kind === 'contact');
      const answerOf = (id: string, event: string) => version.steps.find((s) => s.id === id)!.answers.find((a) => a.event === event);
      const step = (entries: TrailEntry[]) => ({
        flow: flow.id,
        version: version.version,
        locale,
        steps: { lines: trailLines(entries, table, locale), short: trailShort(entries) },
      });
      return simplePaths(version.steps)
        .filter((path) => path.events.every((e, i) => answerOf(path.steps[i]!, e)))
        .flatMap((path) => {
          const entries: TrailEntry[] = path.steps.slice(0, -1).map((id, i) => ({ step: id, answer: answerOf(id, path.events[i]!)!.key }));
          const last = path.steps.at(-1)!;
          if (last !== contact?.id) entries.push({ step: last, answer: HELP_LINE_ANSWER });
          const dated = entries.map((e) => (table.steps[e.step]!.given && e.answer !== HELP_LINE_ANSWER ? { ...e, given: GIVEN } : e));
          return dated.some((e, i) => e !== entries[i]) ? [step(entries), step(dated)] : [step(entries)];
        });
    }),
  );
const paths = Object.fromEntries(LOCALES.map((l) => [l, contactPaths(l)])) as Record<Locale, ReturnType<typeof contactPaths>>;
const byLength = (p: ReturnType<typeof contactPaths>[number]) => encodeURIComponent(p.steps.lines.join('\r\n')).length;
const longest = Object.fromEntries(LOCALES.map((l) => [l, [...paths[l]].sort((a, b) => byLength(b) - byLength(a))[0]!])) as Record<
  Locale,
  ReturnType<typeof contactPaths>[number]
>;
const today = new Date(2026, 10, 25, 12, 0);
const context = (locale: Locale, path = longest[locale]): MailContext => ({
  supportEmail: 'support@nexam.io',
  flow: path.flow,
  version: path.version,
  step: 'contactSupport',
  locale,
  urgentWithinDays: 7,
});
const words = (locale: Locale) => (key: string, vars?: Record<string, string | number>) => t(locale, key as never, vars);

function mail(values: Record<string, string>, locale: Locale, path = longest[locale]) {
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
  return composeSupportMail(result.form, path.steps, context(locale, path), words(locale), today);
}

/** Every field at its limit in letters that encode to six characters each (é, É). */
const FULL = {
  firstName: 'É'.repeat(MAX_NAME),
  lastName: 'é'.repeat(MAX_NAME),
  email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(MAX_EMAIL - 197)}.ca`,
  otherMessage: 'é'.repeat(MAX_TEXT),
  course: 'É'.repeat(MAX_TEXT),
};
const REALISTIC = {
  firstName: 'Marie-Ève',
  lastName: "O'Connor-Tremblay",
  email: 'marie-eve.oconnor@exemple.qc.ca',
  otherMessage: 'Le code d’invitation n’existe pas ou est expiré',
  course: 'Examen de certification – Ordre des infirmières (groupe B)',
};

/** The link's body shows every step taken: a line each, or all in the short line, whole. */
function expectEveryStep(body: string, steps: { lines: readonly string[]; short: string }) {
  if (steps.lines.every((line) => body.includes(line))) return;
  expect(body.split('\r\n')).toContain(steps.short);
}

describe('the mailto: link carries every step taken, on every path of every version, in each language', () => {
  it.each(LOCALES)('has real paths of several answers to the contact step (%s)', (locale) => {
    expect(paths[locale].length).toBeGreaterThanOrEqual(10);
    // The help line's and the date's paths are among them, and the longest carries a date given.
    expect(paths[locale].some((p) => p.steps.short.endsWith(': help-line'))).toBe(true);
    expect(paths[locale].filter((p) => p.version === 4).some((p) => p.steps.short.includes('(2026-09-30)'))).toBe(true);
    expect(longest[locale].steps.lines.length).toBeGreaterThanOrEqual(4);
    for (const line of longest[locale].steps.lines) expect(line).toMatch(/^.+ → .+$/);
    expect(longest[locale].steps.short).toMatch(/^[a-z-]+: [a-z-]+( \/ [a-z-]+: [a-z-]+( \(\d{4}-\d\d-\d\d\))?)+$/);
  });

  it.each(LOCALES)('with realistic values: within 1,900 characters, every step in the link, the text complete (%s)', (locale) => {
    for (const path of paths[locale]) {
      const built = mail(REALISTIC, locale, path);
      expect(built.href.length).toBeLessThanOrEqual(MAX_MAILTO);
      for (const line of path.steps.lines) expect(built.text).toContain(line);
      const body = parseMailto(built.href).params[1]![1];
      expectEveryStep(body, path.steps);
      // Nothing typed is cut: only the greeting is left out, and the steps are given in short.
      if (built.shortened) expect(body).toContain(words(locale)('mail.shortened'));
      for (const value of Object.values(REALISTIC).slice(0, 4)) expect(body).toContain(value);
    }
  });

  it.each(LOCALES)('with every field at its limit: within 1,900 characters, every step and the reference in the link (%s)', (locale) => {
    expect(MAX_MAILTO).toBe(1900);
    for (const path of paths[locale]) {
      const built = mail(FULL, locale, path);
      expect(built.href.length).toBeLessThanOrEqual(MAX_MAILTO);
      expect(built.shortened).toBe(true);
      for (const line of path.steps.lines) expect(built.text).toContain(line);
      const body = parseMailto(built.href).params[1]![1];
      expectEveryStep(body, path.steps);
      expect(body).toContain(
        words(locale)('mail.reference', {
          flow: path.flow,
          version: path.version,
          step: 'contact-support',
          language: words(locale)('mail.language'),
        }),
      );
      // What was cut is said truthfully: what was typed.
      expect(body.endsWith(words(locale)('mail.cut'))).toBe(true);
      expect(body.startsWith(`${words(locale)('mail.field.firstName')}${words(locale)('mail.fieldSeparator')}ÉÉÉ`)).toBe(true);
    }
  });
});
