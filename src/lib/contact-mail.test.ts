import { describe, expect, it } from 'vitest';
import { composeSupportMail, type MailContext } from './contact-mail.ts';
import { parseMailto } from './mailto.ts';
import { t } from '../i18n/index.ts';
import { validateContactForm, EMPTY_FORM, isSoon, prefillFromQuery } from '../schemas/contact-form.ts';

const context: MailContext = { supportEmail: 'support@nexam.io', flow: 'invitation-code', version: 1, step: 'contactSupport', locale: 'en', urgentWithinDays: 7 };
const words = (key: string, vars?: Record<string, string | number>) => t('en', key as never, vars);
const today = new Date(2026, 10, 25, 22, 0);
const values = { ...EMPTY_FORM, firstName: ' Marie-Ève ', lastName: 'Tremblay', email: 'marie-eve.tremblay@exemple.qc.ca', errorMessage: 'codeNotFound', course: 'Examen d\'admission 2026', evaluationDate: '2026-11-28' };

describe('the contact form schema', () => {
  it('accepts a complete form and trims values', () => {
    const result = validateContactForm(values);
    expect(result.ok && result.form.firstName).toBe('Marie-Ève');
  });
  it('says how to fix each problem, in page order', () => {
    const result = validateContactForm({ ...EMPTY_FORM, email: 'marie@', errorMessage: 'other', evaluationDate: '2026-02-30' });
    expect(result.ok ? [] : result.errors.map(([f, m]) => `${f}: ${t('en', m as never)}`)).toEqual([
      'firstName: Enter your first name',
      'lastName: Enter your last name',
      'email: Enter the e-mail address in the correct format, like name@example.com',
      'otherMessage: Enter the message you saw, as it appears',
      'course: Enter the name of the course or evaluation',
      'evaluationDate: The date of the evaluation must be a real date, like 2026-12-15',
    ]);
  });
  it('asks which error message when none is chosen', () => {
    const result = validateContactForm({ ...values, errorMessage: '' });
    expect(result.ok ? [] : result.errors).toEqual([['errorMessage', 'contact.error.errorMessage.missing']]);
  });
  it('an evaluation is soon from today to 7 days ahead, by the injected clock', () => {
    expect(isSoon('2026-11-25', today, 7)).toBe(true);
    expect(isSoon('2026-12-02', today, 7)).toBe(true);
    expect(isSoon('2026-12-03', today, 7)).toBe(false);
    expect(isSoon('2026-11-24', today, 7)).toBe(false);
  });
});

describe('prefill by query string (support staff links)', () => {
  it('takes a valid course and date', () => {
    expect(prefillFromQuery('?course=Examen%20B&date=2026-12-01')).toEqual({ values: { course: 'Examen B', evaluationDate: '2026-12-01' }, ignored: false });
  });
  it('ignores invalid or unknown values, and says so', () => {
    expect(prefillFromQuery('?course=%0Abcc&date=2026-13-01&email=a@b.c')).toEqual({ values: {}, ignored: true });
    expect(prefillFromQuery(`?course=${'x'.repeat(400)}`)).toEqual({ values: {}, ignored: true });
  });
});

describe('composeSupportMail', () => {
  it('builds an urgent e-mail with every field, the steps and where the person was', () => {
    const result = validateContactForm(values);
    if (!result.ok) throw new Error('form should be valid');
    const mail = composeSupportMail(result.form, ['Has your Nexam account already been activated? Yes, I activated it before'], context, words, today);
    expect(mail.urgent).toBe(true);
    expect(mail.subject).toBe("URGENT – Invitation code does not work – Examen d'admission 2026 – evaluation on 2026-11-28");
    expect(mail.text.split('\r\n')).toEqual([
      'Hello Nexam technical support,',
      '',
      'My invitation code does not work, and the help wizard sent me to you. Here are my details.',
      '',
      'First name: Marie-Ève',
      'Last name: Tremblay',
      'E-mail address used: marie-eve.tremblay@exemple.qc.ca',
      'Error message displayed: Invitation code does not exist or has expired',
      "Course or evaluation: Examen d'admission 2026",
      'Date of the evaluation: November 28, 2026 (2026-11-28), soon',
      '',
      'Steps I went through in the help wizard:',
      '1. Has your Nexam account already been activated? Yes, I activated it before',
      '',
      'Help wizard: invitation-code, version 1, step contactSupport, language en',
      '',
      'I have not included my password.',
      '',
      'Thank you,',
      'Marie-Ève Tremblay',
    ]);
    expect(parseMailto(mail.href).to).toEqual(['support@nexam.io']);
  });
  it('is not urgent without a date', () => {
    const result = validateContactForm({ ...values, evaluationDate: '' });
    if (!result.ok) throw new Error('form should be valid');
    const mail = composeSupportMail(result.form, [], context, words, today);
    expect(mail.urgent).toBe(false);
    expect(mail.subject).toBe("Invitation code does not work – Examen d'admission 2026");
    expect(mail.text).toContain('Date of the evaluation: not given');
  });
});
