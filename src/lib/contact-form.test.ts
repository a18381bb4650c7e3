import { describe, expect, it } from 'vitest';
import { validateContactForm, validateCoordinatorForm } from './contact-form.ts';
import { EMPTY_FORM } from '../schemas/contact-form.ts';
import { VALID_CONTACT_VALUES } from './fixtures/contact.ts';
import { t } from '../i18n/index.ts';

const today = new Date(2026, 10, 26, 21, 0);
const values = VALID_CONTACT_VALUES;
const messages = (result: ReturnType<typeof validateContactForm>) =>
  result.ok ? [] : result.errors.map((e) => `${e.field}: ${t('en', e.key as never, e.vars)}`);

describe('validateContactForm', () => {
  it('accepts a complete form and trims values', () => {
    const result = validateContactForm(values, { today });
    expect(result.ok && result.form).toMatchObject({ firstName: 'Marie-Ève', evaluationDate: '2026-11-28' });
  });
  it('says how to fix each problem, in page order', () => {
    expect(
      messages(validateContactForm({ ...EMPTY_FORM, email: 'marie@', errorMessage: 'other', evaluationDate: '2026-02-30' }, { today })),
    ).toEqual([
      'firstName: Enter your first name',
      'lastName: Enter your last name',
      'email: Enter the e-mail address in the correct format, like name@example.com',
      'otherMessage: Enter the message you saw, as it appears',
      'course: Enter the name of the course or evaluation',
      'evaluationDate: The date of the evaluation must be a real date: that month has 28 days',
    ]);
  });
  it('asks which error message when none is chosen', () => {
    const result = validateContactForm({ ...values, errorMessage: '' }, { today });
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'errorMessage', key: 'contact.error.errorMessage.missing', vars: {} }]);
  });
  it('names an accent or a space in the address instead of the format', () => {
    expect(messages(validateContactForm({ ...values, email: 'Marie-Ève.Tremblay@gmail.com' }, { today }))).toEqual([
      'email: Write the e-mail address without accents (“È”): for example, e instead of é or è, c instead of ç',
    ]);
    expect(messages(validateContactForm({ ...values, email: 'marie eve@gmail.com' }, { today }))).toEqual([
      'email: The e-mail address cannot contain spaces: remove them',
    ]);
  });
  it('does not block a likely typo: the address may be right', () => {
    expect(validateContactForm({ ...values, email: 'marie@gmial.com' }, { today }).ok).toBe(true);
  });
  it('gives past, far-future and impossible dates each their own message', () => {
    expect(messages(validateContactForm({ ...values, evaluationDate: '2026-11-16' }, { today }))).toEqual([
      'evaluationDate: The date of the evaluation must be today or in the future. If your evaluation has passed, leave the date empty',
    ]);
    expect(messages(validateContactForm({ ...values, evaluationDate: '1999-01-01' }, { today }))).toEqual([
      'evaluationDate: The date of the evaluation must be today or in the future. If your evaluation has passed, leave the date empty',
    ]);
    expect(messages(validateContactForm({ ...values, evaluationDate: '2099-12-31' }, { today }))).toEqual([
      'evaluationDate: The date of the evaluation must be within the next 12 months: check the year',
    ]);
    expect(messages(validateContactForm({ ...values, evaluationDate: '2026-13-01' }, { today }))).toEqual([
      'evaluationDate: The date of the evaluation must be a real date: the month must be from 1 to 12',
    ]);
    expect(messages(validateContactForm({ ...values, evaluationDate: '15/12/2026' }, { today }))).toEqual([
      'evaluationDate: Enter the date of the evaluation as year-month-day, for example 2026-12-17',
    ]);
  });
  it('notices a date the browser could not read (typed in part), and only when the field is empty', () => {
    expect(messages(validateContactForm({ ...values, evaluationDate: '' }, { today, dateIncomplete: true }))).toEqual([
      'evaluationDate: Enter the full date of the evaluation, with day, month and year, or leave it empty',
    ]);
    expect(validateContactForm({ ...values, evaluationDate: '2026-12-01' }, { today, dateIncomplete: true }).ok).toBe(true);
    expect(validateContactForm({ ...values, evaluationDate: '' }, { today }).ok).toBe(true);
  });
  it('counts limits in characters and says which field is too long', () => {
    expect(messages(validateContactForm({ ...values, firstName: 'x'.repeat(101), course: 'y'.repeat(301) }, { today }))).toEqual([
      'firstName: First name must be 100 characters or fewer',
      'course: The name of the course must be 300 characters or fewer',
    ]);
    expect(validateContactForm({ ...values, firstName: 'x'.repeat(100), course: 'y'.repeat(300) }, { today }).ok).toBe(true);
  });
});

describe('validateContactForm, one problem per field', () => {
  it("gives a field's first problem: a missing address is missing, not badly written", () => {
    expect(validateContactForm({ ...values, email: '' }, { today })).toEqual({
      ok: false,
      errors: [{ field: 'email', key: 'contact.error.email.missing', vars: {} }],
    });
  });
  it('names no character for a space in the address', () => {
    expect(validateContactForm({ ...values, email: 'marie eve@gmail.com' }, { today })).toEqual({
      ok: false,
      errors: [{ field: 'email', key: 'contact.error.email.space', vars: { char: '' } }],
    });
  });
  it('takes a date field of spaces as empty when noticing a half-typed date', () => {
    expect(validateContactForm({ ...values, evaluationDate: '  ' }, { today, dateIncomplete: true })).toEqual({
      ok: false,
      errors: [{ field: 'evaluationDate', key: 'contact.error.evaluationDate.incomplete', vars: { example: '2026-12-17' } }],
    });
  });
});

describe('validateCoordinatorForm', () => {
  const person = { firstName: ' Marie-Ève ', lastName: 'Tremblay', email: 'marie-eve.tremblay@exemple.qc.ca', course: 'Examen B' };
  it('accepts the four fields, trimmed', () => {
    expect(validateCoordinatorForm(person)).toEqual({ ok: true, form: { ...person, firstName: 'Marie-Ève' } });
  });
  it('says how to fix each field, in page order', () => {
    const result = validateCoordinatorForm({ firstName: '', lastName: '', email: 'marie@', course: '' });
    expect(result.ok ? [] : result.errors.map((e) => `${e.field}: ${t('en', e.key as never, e.vars)}`)).toEqual([
      'firstName: Enter your first name',
      'lastName: Enter your last name',
      'email: Enter the e-mail address in the correct format, like name@example.com',
      'course: Enter the name of the course or evaluation',
    ]);
  });
  it('names an accent in the address instead of the format', () => {
    expect(validateCoordinatorForm({ ...person, email: 'marie-ève@exemple.qc.ca' })).toEqual({
      ok: false,
      errors: [{ field: 'email', key: 'contact.error.email.accent', vars: { char: 'è' } }],
    });
  });
});
