import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coordinatorFormWords, supportFormWords } from './island-words.ts';
import { validateContactForm, validateCoordinatorForm } from '../../lib/contact-form.ts';
import { composeCoordinatorMail, composeSupportMail } from '../../lib/contact-mail.ts';
import { EMPTY_FORM } from '../../schemas/contact-form.ts';
import { MAX_NAME, MAX_TEXT } from '../../schemas/limits.ts';
import { VALID_CONTACT_VALUES, typedDate } from '../../lib/fixtures/contact.ts';
import { interpolate } from '../../lib/interpolate.ts';
import { LOCALES, type Locale } from '../../schemas/flow.ts';

type Words = ReturnType<typeof supportFormWords>;

/** The views each island renders (a key they name must be among its words). */
const SHARED_VIEWS = [
  'use-prepared-mail.ts',
  'form-values.ts',
  'ErrorSummary.tsx',
  'EvaluationDateField.tsx',
  'TextField.tsx',
  'PrepareButton.tsx',
  'PreparingFailed.tsx',
  'PreparedMessage.tsx',
  'CopyButton.tsx',
  '../DateInput.tsx',
  '../../lib/character-count.ts',
];
const ISLANDS = {
  support: {
    words: supportFormWords,
    views: ['ContactForm.tsx', 'WithAddress.tsx', 'RadioGroup.tsx', 'Marked.tsx', ...SHARED_VIEWS],
    // The prepared message's words for a message without a recipient, which the support form never prepares.
    never: ['coordinator.ready.chooseRecipient'],
  },
  coordinator: { words: coordinatorFormWords, views: ['CoordinatorForm.tsx', ...SHARED_VIEWS], never: [] as string[] },
};

/** Every word key a file names, quoted whole ('contact.submit') or as the start of a template (`contact.${name}.label` gives "contact."). */
function keysNamedIn(file: string): string[] {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  return [...text.matchAll(/(['"`])((?:contact|coordinator|mail|date|form|step)\.[A-Za-z.]*?)(?:\1|\$\{)/g)].map((m) => m[2]!);
}

/** A word lookup that fails on a key the island was not given. */
const strict = (words: Words) => (key: string, vars?: Record<string, string | number>) => {
  if (!Object.hasOwn(words, key)) throw new Error(`missing word ${key}`);
  return interpolate(words[key as keyof Words]!, vars);
};

const today = new Date(2026, 10, 26, 21, 0);
const long = (n: number) => 'é'.repeat(n);
/** Values that give every kind of error the two forms have. */
const WRONG = [
  EMPTY_FORM,
  { ...VALID_CONTACT_VALUES, firstName: long(MAX_NAME + 1), lastName: long(MAX_NAME + 1), course: long(MAX_TEXT + 1) },
  { ...VALID_CONTACT_VALUES, email: 'marie@', errorMessage: 'other', otherMessage: long(MAX_TEXT + 1), ...typedDate('30', '2', '2026') },
  { ...VALID_CONTACT_VALUES, email: 'Marie-Ève@gmail.com', errorMessage: '', ...typedDate('1', '1', '2020') },
  { ...VALID_CONTACT_VALUES, email: 'marie eve@gmail.com', ...typedDate('1', '1', '2099') },
  { ...VALID_CONTACT_VALUES, ...typedDate('', '13', '') },
  { ...VALID_CONTACT_VALUES, ...typedDate('32', '', '26') },
];
/** The keys of every error a form's validation gives for WRONG. */
const errorKeys = (validate: typeof validateContactForm | typeof validateCoordinatorForm) =>
  WRONG.flatMap((values) => {
    const result = validate(values, { today });
    return result.ok ? [] : result.errors.map((e) => e.key);
  });
/** A valid form, and one at every limit (its e-mail is shortened and cut). */
const RIGHT = [
  VALID_CONTACT_VALUES,
  { ...VALID_CONTACT_VALUES, firstName: long(MAX_NAME), lastName: long(MAX_NAME), course: long(MAX_TEXT) },
];

describe.each(LOCALES as readonly Locale[])('the form islands get every word they use (%s)', (locale) => {
  it.each(Object.entries(ISLANDS))('%s: every key its views name', (_, island) => {
    const words = island.words(locale);
    const named = island.views.flatMap(keysNamedIn).filter((key) => !island.never.includes(key));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((key) => !Object.keys(words).some((k) => k === key || (key.endsWith('.') && k.startsWith(key))))).toEqual([]);
  });

  it('support: every error and every word of its e-mail', () => {
    const words = supportFormWords(locale);
    const keys = errorKeys(validateContactForm);
    expect(new Set(keys).size).toBeGreaterThan(12);
    expect(keys.filter((key) => !Object.hasOwn(words, key))).toEqual([]);
    const context = {
      supportEmail: 'support@example.org',
      flow: 'invitation-code',
      version: 4,
      step: 'contactSupport',
      locale,
      urgentWithinDays: 2,
    };
    for (const values of [...RIGHT, { ...VALID_CONTACT_VALUES, errorMessage: 'other', otherMessage: long(MAX_TEXT) }]) {
      const result = validateContactForm(values, { today });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      for (const steps of [
        { lines: [], short: '' },
        { lines: Array.from({ length: 9 }, () => long(200)), short: 'a1-b2-c3' },
      ])
        expect(composeSupportMail(result.form, steps, context, strict(words), today).href).toMatch(/^mailto:/);
    }
  });

  it('coordinator: every error and every word of its e-mail', () => {
    const words = coordinatorFormWords(locale);
    const keys = errorKeys(validateCoordinatorForm);
    expect(new Set(keys).size).toBeGreaterThan(10);
    expect(keys.filter((key) => !Object.hasOwn(words, key))).toEqual([]);
    const message = { subject: 'Nouvelle invitation', intro: long(400), closing: 'Merci' };
    for (const values of [...RIGHT, { ...VALID_CONTACT_VALUES, ...typedDate('27', '11', '2026') }]) {
      const result = validateCoordinatorForm(values, { today });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      for (const invitation of [undefined, long(120)])
        expect(
          composeCoordinatorMail(result.form, message, strict(words), { locale, urgentWithinDays: 2, invitation }, today).href,
        ).toMatch(/^mailto:/);
    }
  });

  it('the coordinator island does not get the support e-mail, nor either the words the page renders around it', () => {
    const support = supportFormWords(locale);
    const coordinator = coordinatorFormWords(locale);
    for (const key of ['contact.lead', 'contact.manual.heading', 'mail.template.intro', 'contact.hours'])
      expect(Object.hasOwn(support, key) || Object.hasOwn(coordinator, key)).toBe(false);
    for (const key of ['mail.intro', 'mail.reference', 'contact.errorMessage.legend', 'contact.submit'])
      expect(Object.hasOwn(coordinator, key)).toBe(false);
  });
});
