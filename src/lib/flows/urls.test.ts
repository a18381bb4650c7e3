import { describe, expect, it } from 'vitest';
import { stepPages, stepPath } from './urls.ts';
import { toKebab } from './slug.ts';
import { siteFlows } from './load.ts';

describe('URLs', () => {
  it('slugs are the kebab-case of step ids', () => {
    expect(toKebab('signInDirectly')).toBe('sign-in-directly');
    expect(toKebab('isInvitationOlderThanValidity')).toBe('is-invitation-older-than-validity');
  });
  it('follow the scheme of design.md', () => {
    expect(stepPath({ locale: 'en', flow: 'invitation-code' })).toBe('/en/invitation-code/');
    expect(stepPath({ locale: 'en', flow: 'invitation-code', slug: 'sign-in-directly' })).toBe('/en/invitation-code/sign-in-directly/');
    expect(stepPath({ locale: 'en', flow: 'invitation-code', pinned: 1, slug: 'sign-in-directly' })).toBe(
      '/en/invitation-code/v1/sign-in-directly/',
    );
  });
  it('give every step of every version a latest and a pinned page, without duplicates', () => {
    const flow = siteFlows()[0]!;
    const paths = stepPages(flow, 'en').map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const v of flow.versions) for (const s of v.steps) expect(paths).toContain(`/en/${flow.id}/v${v.version}/${s.slug}/`);
    expect(paths).toContain('/en/invitation-code/');
    expect(paths).toContain('/en/invitation-code/v1/');
  });
});
