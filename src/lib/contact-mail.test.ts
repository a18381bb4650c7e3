import { describe, expect, it } from 'vitest';
import { composeCoordinatorMail, composeSupportMail, composeTemplateMail, shorten, trailShort, type MailContext } from './contact-mail.ts';
import { parseMailto } from './fixtures/parse-mailto.ts';
import { t } from './i18n/index.ts';
import { VALID_CONTACT_VALUES, typedDate } from './fixtures/contact.ts';
import { validateContactForm } from './contact-form.ts';

const context: MailContext = {
  supportEmail: 'support@nexam.io',
  flow: 'invitation-code',
  version: 1,
  step: 'contactSupport',
  locale: 'en',
  urgentWithinDays: 7,
};
const words = (key: string, vars?: Record<string, string | number>) => t('en', key as never, vars);
const today = new Date(2026, 10, 25, 22, 0);
const values = VALID_CONTACT_VALUES;
const NO_STEPS = { lines: [], short: '' };

describe('composeSupportMail', () => {
  it('builds an urgent e-mail with every field, the steps and where the person was', () => {
    const result = validateContactForm(values, { today });
    if (!result.ok) throw new Error('form should be valid');
    const mail = composeSupportMail(
      result.form,
      {
        lines: ['Has your Nexam account already been activated? → Yes, I activated it before'],
        short: 'is-account-activated: already-activated',
      },
      context,
      words,
      today,
    );
    expect(mail.urgent).toBe(true);
    expect(mail.subject).toBe("URGENT – Invitation code does not work – Examen d'admission 2026 – evaluation on 2026-11-28");
    expect(mail.text.split('\r\n')).toEqual([
      'Hello Nexam technical support,',
      '',
      'My invitation code does not work, and the online help guide sent me to you. Here are my details:',
      '',
      'First name: Marie-Ève',
      'Last name: Tremblay',
      'E-mail address used: marie-eve.tremblay@exemple.qc.ca',
      'Error message displayed: Invitation code does not exist or has expired',
      "Course or evaluation: Examen d'admission 2026",
      'Date of the evaluation: November 28, 2026 (2026-11-28), soon',
      '',
      'Steps I went through in the help guide:',
      '1. Has your Nexam account already been activated? → Yes, I activated it before',
      '',
      'Reference for support: invitation-code, version 1, step contact-support, English',
      '',
      'I have not included my password.',
      '',
      'Thank you,',
      'Marie-Ève Tremblay',
    ]);
    expect(parseMailto(mail.href).to).toEqual(['support@nexam.io']);
  });
  it('is not urgent without a date', () => {
    const result = validateContactForm({ ...values, ...typedDate() }, { today });
    if (!result.ok) throw new Error('form should be valid');
    const mail = composeSupportMail(result.form, NO_STEPS, context, words, today);
    expect(mail.urgent).toBe(false);
    expect(mail.subject).toBe("Invitation code does not work – Examen d'admission 2026");
    expect(mail.text).toContain('Date of the evaluation: not given');
  });
});

describe('the subject stays short', () => {
  it('cuts a long course name with an ellipsis in the subject only; the body keeps it whole', () => {
    const course = `Chimie générale 202-NYA-05, examen final du ${'très '.repeat(40)}long cours`;
    const result = validateContactForm({ ...values, course }, { today });
    if (!result.ok) throw new Error('form should be valid');
    const mail = composeSupportMail(result.form, NO_STEPS, context, words, today);
    expect(mail.subject).toBe(`URGENT – Invitation code does not work – ${shorten(course, 60)} – evaluation on 2026-11-28`);
    expect([...shorten(course, 60)].length).toBeLessThanOrEqual(60);
    expect(shorten(course, 60)).toBe('Chimie générale 202-NYA-05, examen final du très très très…');
    expect(shorten(course, 60).endsWith('…')).toBe(true);
    expect(mail.text).toContain(`Course or evaluation: ${course}`);
  });
  it('leaves a name of 60 characters as it is, and counts characters, not UTF-16 units', () => {
    expect(shorten('x'.repeat(60), 60)).toBe('x'.repeat(60));
    expect(shorten('😀'.repeat(61), 60)).toBe(`${'😀'.repeat(59)}…`);
  });
});

describe('composeTemplateMail (writing without the form)', () => {
  it("names the problem in the subject and has a labelled blank line per detail, in the page's language", () => {
    const mail = composeTemplateMail(context, words);
    const { to, params } = parseMailto(mail.href);
    expect(to).toEqual(['support@nexam.io']);
    expect(params[0]).toEqual(['subject', 'Invitation code does not work']);
    const body = params[1]![1].split('\r\n');
    for (const line of [
      'First name: ',
      'Last name: ',
      'E-mail address used: ',
      'Error message displayed: ',
      'Course or evaluation: ',
      'Date of the evaluation: ',
    ])
      expect(body).toContain(line);
    expect(body).toContain('I have not included my password.');
    expect(mail.href.length).toBeLessThanOrEqual(1900);
    expect(mail.shortened).toBe(false);
  });
  it('is in French on French pages', () => {
    const fr = (key: string, vars?: Record<string, string | number>) => t('fr', key as never, vars);
    const mail = composeTemplateMail({ ...context, locale: 'fr' }, fr);
    expect(mail.subject).toBe("Mon code d'invitation ne fonctionne pas");
    expect(mail.text).toContain('Prénom\u00a0: \r\n');
    expect(mail.text).toContain('Référence pour le soutien technique\u00a0: invitation-code, version 1, étape contact-support, français');
  });
});

describe('composeSupportMail, each variant of the message', () => {
  const form = (change: Partial<typeof values>) => {
    const result = validateContactForm({ ...values, ...change }, { today });
    if (!result.ok) throw new Error('form should be valid');
    return result.form;
  };
  it('quotes another message as the person typed it', () => {
    const mail = composeSupportMail(form({ errorMessage: 'other', otherMessage: 'Code unknown' }), NO_STEPS, context, words, today);
    expect(mail.text).toContain('Error message displayed: Code unknown\r\n');
  });
  it('gives a later evaluation its date, neither urgent nor soon', () => {
    const mail = composeSupportMail(form(typedDate('20', '12', '2026')), NO_STEPS, context, words, today);
    expect(mail.urgent).toBe(false);
    expect(mail.subject).toBe("Invitation code does not work – Examen d'admission 2026 – evaluation on 2026-12-20");
    expect(mail.text).toContain('Date of the evaluation: December 20, 2026 (2026-12-20)\r\n');
  });
  it('numbers the steps taken, from 1', () => {
    const mail = composeSupportMail(
      form({}),
      { lines: ['First → Yes', 'Second → No'], short: 'first: yes / second: no' },
      context,
      words,
      today,
    );
    expect(mail.text).toContain('\r\n1. First → Yes\r\n2. Second → No\r\n');
  });
});

describe('the message to the coordinator', () => {
  const message = { subject: 'New invitation code', intro: 'Hello,\nI need a new code.', closing: 'Thank you,' };
  const person = { firstName: 'Marie-Ève', lastName: 'Tremblay', email: 'marie@exemple.qc.ca', course: 'Examen B', evaluationDate: '' };
  const coordinator = { locale: 'en', urgentWithinDays: 7 };
  const LABELS = ['First name', 'Last name', 'E-mail address used', 'Date of the evaluation', 'Course or evaluation'];
  /** The lines of the message: the flow's intro, a labelled line per detail, then the closing lines. */
  const coordinatorLines = (details: string[], closing: string[], labels = LABELS) => [
    'Hello,',
    'I need a new code.',
    '',
    ...labels.map((label, i) => `${label}: ${details[i]}`),
    '',
    ...closing,
  ];

  it("has no recipient, and the person's details between the flow's words, signed with their name", () => {
    const mail = composeCoordinatorMail(person, message, words, coordinator, today);
    expect(parseMailto(mail.href).to).toEqual(['']);
    expect(mail.subject).toBe('New invitation code');
    expect(mail.urgent).toBe(false);
    expect(mail.text.split('\r\n')).toEqual(
      coordinatorLines(['Marie-Ève', 'Tremblay', 'marie@exemple.qc.ca', 'not given', 'Examen B'], ['Thank you,', 'Marie-Ève Tremblay']),
    );
  });

  it('with an evaluation soon: URGENT and the date in the subject, the date and "soon" in the message', () => {
    const mail = composeCoordinatorMail({ ...person, evaluationDate: '2026-11-27' }, message, words, coordinator, today);
    expect(mail.urgent).toBe(true);
    expect(mail.subject).toBe('URGENT – New invitation code – evaluation on 2026-11-27');
    expect(mail.text).toContain('\r\nDate of the evaluation: November 27, 2026 (2026-11-27), soon\r\n');
    const later = composeCoordinatorMail({ ...person, evaluationDate: '2026-12-25' }, message, words, coordinator, today);
    expect(later.urgent).toBe(false);
    expect(later.subject).toBe('New invitation code – evaluation on 2026-12-25');
  });

  it('with the invitation date given, says it and the expiry on a line of its own', () => {
    const invitation = 'Received on October 20, 2026 (expired on November 19, 2026)';
    const mail = composeCoordinatorMail(person, message, words, { ...coordinator, invitation }, today);
    expect(mail.text.split('\r\n')).toEqual(
      coordinatorLines(
        ['Marie-Ève', 'Tremblay', 'marie@exemple.qc.ca', 'not given', invitation, 'Examen B'],
        ['Thank you,', 'Marie-Ève Tremblay'],
        ['First name', 'Last name', 'E-mail address used', 'Date of the evaluation', 'Invitation', 'Course or evaluation'],
      ),
    );
  });

  it('as a template, has a labelled blank line per detail and no name', () => {
    const mail = composeCoordinatorMail(undefined, message, words, coordinator, today);
    expect(parseMailto(mail.href).to).toEqual(['']);
    expect(mail.subject).toBe('New invitation code');
    expect(mail.text.split('\r\n')).toEqual(coordinatorLines(['', '', '', '', ''], ['Thank you,']));
  });

  it('notes a shortened link in the words of the page', () => {
    const mail = composeCoordinatorMail({ ...person, course: 'x'.repeat(3000) }, message, words, coordinator, today);
    expect(mail.shortened).toBe(true);
    const body = parseMailto(mail.href).params[1]![1];
    expect(body).toContain(words('mail.cutDetails'));
    // The request itself, and its thanks, stay: only what was typed is cut.
    expect(body.startsWith('Hello,\r\nI need a new code.\r\n\r\nFirst name: Marie-Ève\r\n')).toBe(true);
    // The dates come before the course, the one long text, so a cut never takes them.
    expect(body).toContain('Date of the evaluation: not given\r\nCourse or evaluation: xxx');
    expect(body).toContain('x…\r\n\r\nThank you,\r\nMarie-Ève Tremblay\r\n\r\n');
  });
});

describe('composeTemplateMail, the whole text', () => {
  it('is the intro, a blank line per detail, where the person was and the closing, nothing else', () => {
    expect(composeTemplateMail(context, words).text.split('\r\n')).toEqual([
      ...words('mail.template.intro').split('\n'),
      '',
      ...['firstName', 'lastName', 'email', 'errorMessage', 'course', 'evaluationDate'].map((field) => `${words(`mail.field.${field}`)}: `),
      '',
      'Reference for support: invitation-code, version 1, step contact-support, English',
      '',
      ...words('mail.template.closing').split('\n'),
    ]);
  });
});

describe('the note that ends a shortened link says what was left out, and no more', () => {
  const long = { errorMessage: 'other' as const, otherMessage: 'é'.repeat(300), course: 'É'.repeat(300) };
  const form = () => {
    const result = validateContactForm({ ...values, ...long }, { today });
    if (!result.ok) throw new Error('form should be valid');
    return result.form;
  };
  const bodyOf = (href: string) => parseMailto(href).params[1]![1];
  it('with steps: the steps in short, and what was typed cut', () => {
    const mail = composeSupportMail(form(), { lines: ['First → Yes'], short: 'first: yes' }, context, words, today);
    expect(bodyOf(mail.href)).toContain('\r\nfirst: yes\r\n');
    expect(bodyOf(mail.href).endsWith(words('mail.cut'))).toBe(true);
  });
  it('without steps: never a word of steps, only the greeting and what was typed', () => {
    const mail = composeSupportMail(form(), NO_STEPS, context, words, today);
    expect(bodyOf(mail.href).endsWith(words('mail.cutGreeting'))).toBe(true);
    expect(bodyOf(mail.href)).not.toContain(words('mail.trailShortHeading'));
  });
  it('without steps, when leaving out the greeting is enough: says only that, and keeps everything typed', () => {
    // The shortest other message that makes the whole e-mail too long for a link: leaving out
    // the greeting (far more than one letter) then makes it fit.
    const mailWith = (n: number) => {
      const result = validateContactForm({ ...values, errorMessage: 'other', otherMessage: 'é'.repeat(n) }, { today });
      if (!result.ok) throw new Error('form should be valid');
      return composeSupportMail(result.form, NO_STEPS, context, words, today);
    };
    const n = Array.from({ length: 300 }, (_, i) => i + 1).find((i) => mailWith(i).shortened);
    expect(n).toBeDefined();
    const body = bodyOf(mailWith(n!).href);
    expect(body.endsWith(words('mail.shortenedGreeting'))).toBe(true);
    expect(body).toContain(`Error message displayed: ${'é'.repeat(n!)}\r\n`);
    expect(body).not.toContain(words('mail.intro'));
  });
});

describe('trailShort: the steps in one line, by the short names of their pages', () => {
  it('names each step and answer as in the addresses, in order, the same in every language', () => {
    expect(
      trailShort([
        { step: 'isAccountActivated', answer: 'alreadyActivated' },
        { step: 'signInDirectly', answer: 'forgotPassword' },
      ]),
    ).toBe('is-account-activated: already-activated / sign-in-directly: forgot-password');
  });
  it('is empty without steps', () => {
    expect(trailShort([])).toBe('');
  });
});
