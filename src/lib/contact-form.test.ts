import { describe, expect, it } from 'vitest';
import { validateContactForm, validateCoordinatorForm } from './contact-form.ts';
import { EMPTY_FORM } from '../schemas/contact-form.ts';
import { VALID_CONTACT_VALUES, typedDate } from './fixtures/contact.ts';
import { t } from './i18n/index.ts';

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
      messages(validateContactForm({ ...EMPTY_FORM, email: 'marie@', errorMessage: 'other', ...typedDate('30', '2', '2026') }, { today })),
    ).toEqual([
      'firstName: Enter your first name',
      'lastName: Enter your last name',
      'email: Enter the e-mail address in the correct format, like name@example.com',
      'otherMessage: Enter the message you saw, as it appears',
      'course: Enter the name of the course or evaluation',
      'evaluationDate: Day must be between 1 and 28: that month has 28 days',
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
    expect(messages(validateContactForm({ ...values, ...typedDate('16', '11', '2026') }, { today }))).toEqual([
      'evaluationDate: The date of the evaluation must be today or in the future. If your evaluation has passed, leave the date empty',
    ]);
    expect(messages(validateContactForm({ ...values, ...typedDate('1', '1', '1999') }, { today }))).toEqual([
      'evaluationDate: The date of the evaluation must be today or in the future. If your evaluation has passed, leave the date empty',
    ]);
    expect(messages(validateContactForm({ ...values, ...typedDate('31', '12', '2099') }, { today }))).toEqual([
      'evaluationDate: The date of the evaluation must be within the next 12 months: check the year',
    ]);
    expect(messages(validateContactForm({ ...values, ...typedDate('1', '13', '2026') }, { today }))).toEqual([
      'evaluationDate: Month must be between 1 and 12',
    ]);
    expect(messages(validateContactForm({ ...values, ...typedDate('15', '12', '26') }, { today }))).toEqual([
      'evaluationDate: Year must include 4 numbers, like 2026',
    ]);
  });
  it('names the boxes to fix: the empty or wrong ones, or all three for a date out of range', () => {
    const errors = (date: ReturnType<typeof typedDate>) => {
      const result = validateContactForm({ ...values, ...date }, { today });
      return result.ok ? [] : result.errors;
    };
    expect(errors(typedDate('', '12', ''))).toEqual([
      { field: 'evaluationDate', key: 'date.error.missingDayYear', vars: {}, parts: ['day', 'year'] },
    ]);
    expect(errors(typedDate('1', 'xx', '2026'))).toEqual([
      { field: 'evaluationDate', key: 'date.error.month', vars: {}, parts: ['month'] },
    ]);
    expect(errors(typedDate('1', '1', '2026'))).toEqual([
      { field: 'evaluationDate', key: 'contact.error.evaluationDate.past', vars: { days: 329 }, parts: ['day', 'month', 'year'] },
    ]);
  });
  it('takes the date as a person types it, month names included, or not at all', () => {
    const date = (day: string, month: string, year: string) => {
      const result = validateContactForm({ ...values, ...typedDate(day, month, year) }, { today });
      return result.ok ? result.form.evaluationDate : result.errors;
    };
    expect(date('1', '12', '2026')).toBe('2026-12-01');
    expect(date(' 01', 'déc.', '2026 ')).toBe('2026-12-01');
    expect(date('1', 'December', '2026')).toBe('2026-12-01');
    expect(date('', '', '')).toBe('');
    expect(date(' ', ' ', ' ')).toBe('');
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
});

describe('validateCoordinatorForm', () => {
  const noDate = typedDate('', '', '');
  const person = {
    firstName: ' Marie-Ève ',
    lastName: 'Tremblay',
    email: 'marie-eve.tremblay@exemple.qc.ca',
    course: 'Examen B',
    ...noDate,
  };
  const details = { firstName: 'Marie-Ève', lastName: 'Tremblay', email: 'marie-eve.tremblay@exemple.qc.ca', course: 'Examen B' };
  it('accepts the four fields, trimmed, and no evaluation date', () => {
    expect(validateCoordinatorForm(person, { today })).toEqual({ ok: true, form: { ...details, evaluationDate: '' } });
  });
  it('reads the evaluation date from its three boxes, with the same checks as the support form', () => {
    expect(validateCoordinatorForm({ ...person, ...typedDate('27', 'nov', '2026') }, { today })).toEqual({
      ok: true,
      form: { ...details, evaluationDate: '2026-11-27' },
    });
    const past = validateCoordinatorForm({ ...person, ...typedDate('16', '11', '2026') }, { today });
    expect(past.ok ? [] : past.errors).toEqual([
      { field: 'evaluationDate', key: 'contact.error.evaluationDate.past', vars: { days: 10 }, parts: ['day', 'month', 'year'] },
    ]);
  });
  it('says how to fix each field, in page order, the date last', () => {
    const result = validateCoordinatorForm(
      { firstName: '', lastName: '', email: 'marie@', course: '', ...typedDate('31', '', '2026') },
      { today },
    );
    expect(result.ok ? [] : result.errors.map((e) => `${e.field}: ${t('en', e.key as never, e.vars)}`)).toEqual([
      'firstName: Enter your first name',
      'lastName: Enter your last name',
      'email: Enter the e-mail address in the correct format, like name@example.com',
      'course: Enter the name of the course or evaluation',
      'evaluationDate: The date must include a month',
    ]);
  });
  it('names an accent in the address instead of the format', () => {
    expect(validateCoordinatorForm({ ...person, email: 'marie-ève@exemple.qc.ca' }, { today })).toEqual({
      ok: false,
      errors: [{ field: 'email', key: 'contact.error.email.accent', vars: { char: 'è' } }],
    });
  });
});
