import { describe, expect, it } from 'vitest';
import { prefetchUrls, reusedPrefetch } from './speculation.ts';

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

describe('reusedPrefetch', () => {
  const fetched = ['/en/invitation-code/sign-in-directly/', '/fr/invitation-code/'];
  it('says reused when a page the previous page fetched arrived without crossing the network (Firefox, from its cache)', () => {
    expect(reusedPrefetch('/en/invitation-code/sign-in-directly/', fetched, { type: 'navigate', transferSize: 0 })).toBe(true);
  });
  it('says not reused when it crossed the network again (WebKit)', () => {
    expect(reusedPrefetch('/fr/invitation-code/', fetched, { type: 'navigate', transferSize: 3200 })).toBe(false);
    expect(reusedPrefetch('/fr/invitation-code/', fetched, { type: 'navigate', transferSize: 1 })).toBe(false);
  });
  it('cannot tell for a page not fetched ahead, a return through history or a reload, a browser that does not say, or foreign data', () => {
    expect(reusedPrefetch('/en/invitation-code/reset-password/', fetched, { type: 'navigate', transferSize: 3200 })).toBeUndefined();
    expect(reusedPrefetch('/fr/invitation-code/', fetched, { type: 'back_forward', transferSize: 3200 })).toBeUndefined();
    expect(reusedPrefetch('/fr/invitation-code/', fetched, { type: 'reload', transferSize: 3200 })).toBeUndefined();
    expect(reusedPrefetch('/fr/invitation-code/', fetched, { type: 'navigate' })).toBeUndefined();
    expect(reusedPrefetch('/fr/invitation-code/', fetched, undefined)).toBeUndefined();
    expect(reusedPrefetch('/fr/invitation-code/', '/fr/invitation-code/', { type: 'navigate', transferSize: 3200 })).toBeUndefined();
    expect(reusedPrefetch('/fr/invitation-code/', null, { type: 'navigate', transferSize: 3200 })).toBeUndefined();
  });
});
