/** Checks shared by every browser test that reads a prepared `mailto:` link. */
import { expect } from '@playwright/test';
import { parseMailto } from '../../src/lib/fixtures/parse-mailto.ts';

/** Longest link some mail clients and browsers open whole: the requirement the site's MAX_MAILTO follows. */
const LONGEST_LINK = 1900;

/**
 * Asserts that `href` is a `mailto:` link a mail app opens safely: no longer than
 * LONGEST_LINK, exactly one recipient (`recipient`, or '' when the person picks it) and no
 * parameter but the subject and the body, in that order, whatever was typed into the form.
 * Returns the subject and body, decoded.
 */
export function expectSafeMailto(href: string | null, recipient: string): { subject: string; body: string } {
  expect(href, 'the link has an href').not.toBeNull();
  expect(href!.length, 'link length').toBeLessThanOrEqual(LONGEST_LINK);
  const { to, params } = parseMailto(href!);
  expect(to, 'recipients').toEqual([recipient]);
  expect(
    params.map(([key]) => key),
    'parameters',
  ).toEqual(['subject', 'body']);
  return { subject: params[0]![1], body: params[1]![1] };
}
