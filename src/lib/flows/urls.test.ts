import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { pathInLocale, stepRoutes, stepUrl, trailDataParam, trailDataUrl } from './urls.ts';
import { toKebab } from './slug.ts';
import { siteFlows } from '../../site-flows.ts';

describe('URLs', () => {
  it('slugs are the kebab-case of step ids', () => {
    expect(toKebab('signInDirectly')).toBe('sign-in-directly');
    expect(toKebab('isInvitationOlderThanValidity')).toBe('is-invitation-older-than-validity');
  });
  it('follow the scheme of docs/design.md', () => {
    expect(stepUrl({ locale: 'en', flow: 'invitation-code' })).toBe('/en/invitation-code/');
    expect(stepUrl({ locale: 'en', flow: 'invitation-code', slug: 'sign-in-directly' })).toBe('/en/invitation-code/sign-in-directly/');
    expect(stepUrl({ locale: 'en', flow: 'invitation-code', pinned: 1, slug: 'sign-in-directly' })).toBe(
      '/en/invitation-code/v1/sign-in-directly/',
    );
  });
  it('give every step of every version a latest and a pinned page, without duplicates', () => {
    const flow = siteFlows()[0]!;
    const paths = stepRoutes(flow, 'en').map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const v of flow.versions) for (const s of v.steps) expect(paths).toContain(`/en/${flow.id}/v${v.version}/${s.slug}/`);
    expect(paths).toContain('/en/invitation-code/');
    expect(paths).toContain('/en/invitation-code/v1/');
  });
  it('are served by the route files this module names', () => {
    expect(existsSync('src/pages/[locale]/[flow]/[...path].astro')).toBe(true);
    expect(existsSync('src/pages/flow-data/[file].ts')).toBe(true);
    const flow = siteFlows()[0]!;
    const url = trailDataUrl({ locale: 'fr', flow, version: flow.versions[0]!, pinned: true }, 'abc');
    expect(url).toBe(`/flow-data/${flow.id}.v1.fr.pinned.abc.json`);
    expect(trailDataParam(url)).toBe(`${flow.id}.v1.fr.pinned.abc.json`);
  });
  it('name the same page in another language by its path after the locale', () => {
    expect(pathInLocale('/en/invitation-code/v2/sign-in-directly/', 'en', 'fr')).toBe('/fr/invitation-code/v2/sign-in-directly/');
    expect(pathInLocale('/fr/invitation-code/', 'fr', 'en')).toBe('/en/invitation-code/');
  });
});
