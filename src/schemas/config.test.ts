import { describe, expect, it } from 'vitest';
import { ConfigSchema } from './config.ts';
import { formatZodError } from '../lib/format-zod-error.ts';
import { config } from '../config.ts';

// The site's own configuration, valid by definition (src/config.ts checks it when imported).
const valid = { ...config };

/** The problems of `valid` with `change` applied, one line each ('' when it is accepted). */
const problems = (change: Partial<Record<keyof typeof valid, unknown>>) => {
  const result = ConfigSchema.safeParse({ ...valid, ...change });
  return result.success ? '' : formatZodError(result.error);
};

describe('ConfigSchema', () => {
  it('accepts a complete configuration', () => expect(problems({})).toBe(''));

  it('takes only https for the links to Nexam', () => {
    for (const field of ['signInUrl', 'activationUrl'] as const) {
      expect(problems({ [field]: 'https://app.nexam.io/x' })).toBe('');
      for (const url of ['http://app.nexam.io/x', 'xhttps://app.nexam.io/x', 'httpsx://app.nexam.io/x', 'ftp://app.nexam.io/x'])
        expect(problems({ [field]: url })).toMatch(new RegExp(`^  - ${field}: `));
    }
  });

  it('takes http or https for the site (http for local work), nothing else', () => {
    expect(problems({ site: 'http://127.0.0.1:4321' })).toBe('');
    expect(problems({ site: 'https://help.example.org' })).toBe('');
    for (const url of ['xhttp://help.example.org', 'httpx://help.example.org', 'ftp://help.example.org', 'file:///etc/passwd'])
      expect(problems({ site: url })).toMatch(/^ {2}- site: /);
  });

  it('keeps the number of days in range', () => {
    expect(problems({ codeValidityDays: 365, urgentWithinDays: 60 })).toBe('');
    expect(problems({ codeValidityDays: 366 })).toMatch(/^ {2}- codeValidityDays: /);
    expect(problems({ codeValidityDays: 0 })).toMatch(/^ {2}- codeValidityDays: /);
    expect(problems({ urgentWithinDays: 61 })).toMatch(/^ {2}- urgentWithinDays: /);
    expect(problems({ urgentWithinDays: 1.5 })).toMatch(/^ {2}- urgentWithinDays: /);
  });

  it('needs addresses, a subject, and no unknown key', () => {
    expect(problems({ supportEmail: 'support' })).toMatch(/^ {2}- supportEmail: /);
    expect(problems({ inviteSender: 'noreply@' })).toMatch(/^ {2}- inviteSender: /);
    expect(problems({ inviteSubject: '' })).toMatch(/^ {2}- inviteSubject: /);
    expect(problems({ ['supportMail' as never]: 'x@y.z' })).toMatch(/^ {2}- \(root\): /);
  });
});
