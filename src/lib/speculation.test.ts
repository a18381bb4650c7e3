import { describe, expect, it } from 'vitest';
import { prefetchUrls } from './speculation.ts';

const rules = (urls: unknown, extra: object = {}) =>
  JSON.stringify({ prefetch: [{ source: 'list', urls, eagerness: 'immediate', ...extra }] });

describe('prefetchUrls', () => {
  it("lists a step page's answers and its other language, in order", () => {
    const page = rules(['/en/invitation-code/sign-in-directly/', '/en/invitation-code/reset-password/', '/fr/invitation-code/']);
    expect(prefetchUrls([page])).toEqual([
      '/en/invitation-code/sign-in-directly/',
      '/en/invitation-code/reset-password/',
      '/fr/invitation-code/',
    ]);
  });
  it('lists each URL once across rules and rule sets', () => {
    const two = JSON.stringify({ prefetch: [{ urls: ['/a/', '/b/'] }, { urls: ['/b/', '/c/'] }] });
    expect(prefetchUrls([two, rules(['/a/', '/d/'])])).toEqual(['/a/', '/b/', '/c/', '/d/']);
  });
  it('keeps paths on this site only: no other origin, no protocol-relative or backslash trick, no relative path', () => {
    expect(prefetchUrls([rules(['https://example.org/x/', '//example.org/x/', '/\\example.org/x/', 'x/', '', '/ok/'])])).toEqual(['/ok/']);
  });
  it('adds nothing for a rule set that is not JSON or not the shape of one', () => {
    for (const text of [
      '',
      'not json',
      'null',
      '3',
      '[]',
      '{}',
      '{"prefetch":{}}',
      '{"prefetch":[null,3,{}]}',
      '{"prerender":[{"urls":["/x/"]}]}',
    ])
      expect(prefetchUrls([text])).toEqual([]);
    expect(prefetchUrls([rules('/x/'), rules([3, null, { url: '/y/' }]), rules(['/z/'])])).toEqual(['/z/']);
  });
  it('ignores document rules (a `where` and no `urls`)', () => {
    expect(prefetchUrls([JSON.stringify({ prefetch: [{ source: 'document', where: { href_matches: '/*' } }] })])).toEqual([]);
  });
  it('lists nothing for no rule set', () => {
    expect(prefetchUrls([])).toEqual([]);
  });
});
