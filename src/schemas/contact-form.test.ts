import { describe, expect, it } from 'vitest';
import { CONTACT_FIELDS, ContactFormSchema, EMPTY_FORM } from './contact-form.ts';
import { MAX_EMAIL, MAX_TEXT } from './limits.ts';
import { VALID_CONTACT_VALUES } from '../lib/fixtures/contact.ts';

/** The messages (keys of the interface words) of the schema's issues, with the field of each. */
const issues = (change: Partial<typeof EMPTY_FORM>) => {
  const result = ContactFormSchema.safeParse({ ...VALID_CONTACT_VALUES, ...change });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('ContactFormSchema, each message', () => {
  it('accepts the valid fixture', () => expect(issues({})).toEqual([]));

  it('says which name is missing', () => {
    expect(issues({ firstName: ' ' })).toEqual(['firstName: contact.error.firstName.missing']);
    expect(issues({ lastName: '' })).toEqual(['lastName: contact.error.lastName.missing']);
    expect(issues({ firstName: 'x'.repeat(101), lastName: 'x'.repeat(101) })).toEqual([
      'firstName: contact.error.firstName.tooLong',
      'lastName: contact.error.lastName.tooLong',
    ]);
  });

  it('says the address is missing, or not an address, or too long for one', () => {
    expect(issues({ email: '' })).toEqual(['email: contact.error.email.missing', 'email: contact.error.email.format']);
    const long = `${'a'.repeat(64)}@${'b'.repeat(MAX_EMAIL - 64 - 1 - 4)}.com`;
    expect(long).toHaveLength(MAX_EMAIL);
    expect(issues({ email: long })).toEqual([]);
    expect(issues({ email: `a${long}` })).toEqual(['email: contact.error.email.format']);
  });

  it('asks for the text of another message, only when that is the message chosen', () => {
    expect(issues({ errorMessage: 'other', otherMessage: '  ' })).toEqual(['otherMessage: contact.error.otherMessage.missing']);
    expect(issues({ errorMessage: 'other', otherMessage: 'Unknown error' })).toEqual([]);
    expect(issues({ errorMessage: 'codeNotFound', otherMessage: '' })).toEqual([]);
    expect(ContactFormSchema.safeParse({ ...VALID_CONTACT_VALUES, errorMessage: 'other' }).error?.issues[0]).toMatchObject({
      code: 'custom',
      path: ['otherMessage'],
    });
  });

  it('limits the text of another message', () => {
    expect(issues({ errorMessage: 'other', otherMessage: 'x'.repeat(MAX_TEXT) })).toEqual([]);
    expect(issues({ errorMessage: 'other', otherMessage: 'x'.repeat(MAX_TEXT + 1) })).toEqual([
      'otherMessage: contact.error.otherMessage.tooLong',
    ]);
  });
});

describe('EMPTY_FORM', () => {
  it('has every field of the form, each empty', () => {
    expect(Object.keys(EMPTY_FORM)).toEqual(CONTACT_FIELDS);
    expect(Object.values(EMPTY_FORM).every((value) => value === '')).toBe(true);
  });
});
