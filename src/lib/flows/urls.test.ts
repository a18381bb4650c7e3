import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import {
  FRONT_DOOR_URL,
  homeUrl,
  mapSvgUrl,
  mapUrl,
  pathInLocale,
  redirectRoutes,
  stepRoutes,
  stepUrl,
  trailDataParam,
  trailDataUrl,
} from './urls.ts';
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
  it('put the front door at the root, each language at its home, and the staff map beside its flow', () => {
    // Published URLs: bookmarked by support staff and pasted into replies, so they never change.
    expect(FRONT_DOOR_URL).toBe('/');
    expect(homeUrl('en')).toBe('/en/');
    expect(homeUrl('fr')).toBe('/fr/');
    expect(mapUrl('en', 'invitation-code')).toBe('/en/invitation-code/map/');
    expect(mapUrl('fr', 'invitation-code')).toBe('/fr/invitation-code/map/');
    expect(mapSvgUrl('en', 'invitation-code')).toBe('/en/invitation-code/map.svg');
    expect(mapSvgUrl('fr', 'invitation-code')).toBe('/fr/invitation-code/map.svg');
  });
  it('keep the map apart from every step: no step of a site flow is called map', () => {
    for (const flow of siteFlows()) for (const v of flow.versions) expect(v.steps.map((s) => s.slug)).not.toContain('map');
  });
  it('give every step of every version a latest and a pinned page, without duplicates', () => {
    const flow = siteFlows()[0]!;
    const paths = stepRoutes(flow, 'en').map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const v of flow.versions) for (const s of v.steps) expect(paths).toContain(`/en/${flow.id}/v${v.version}/${s.slug}/`);
    expect(paths).toContain('/en/invitation-code/');
    expect(paths).toContain('/en/invitation-code/v1/');
  });
  it('are served by the route files this module names', () => {
    for (const file of [
      'src/pages/index.astro',
      'src/pages/[locale]/index.astro',
      'src/pages/[locale]/[flow]/[...path].astro',
      'src/pages/[locale]/[flow]/map.astro',
      'src/pages/[locale]/[flow]/map.svg.ts',
      'src/pages/flow-data/[file].ts',
    ])
      expect(existsSync(file), file).toBe(true);
    const flow = siteFlows()[0]!;
    const url = trailDataUrl({ locale: 'fr', flow, version: flow.versions[0]!, pinned: true }, 'abc');
    expect(url).toBe(`/flow-data/${flow.id}.v1.fr.pinned.abc.json`);
    expect(trailDataParam(url)).toBe(`${flow.id}.v1.fr.pinned.abc.json`);
  });
  it('name the same page in another language by its path after the locale', () => {
    expect(pathInLocale('/en/invitation-code/v2/sign-in-directly/', 'en', 'fr')).toBe('/fr/invitation-code/v2/sign-in-directly/');
    expect(pathInLocale('/fr/invitation-code/', 'fr', 'en')).toBe('/en/invitation-code/');
    expect(pathInLocale(homeUrl('fr'), 'fr', 'en')).toBe('/en/');
    expect(pathInLocale(mapUrl('en', 'invitation-code'), 'en', 'fr')).toBe('/fr/invitation-code/map/');
  });
});

describe('URLs of a hand-made flow', () => {
  type Flow = Parameters<typeof redirectRoutes>[0];
  const step = (id: string, initial = false) => ({ id, slug: toKebab(id), initial, final: false, kind: 'question', answers: [], tags: [] });
  const version = (n: number, ids: string[]) => ({ version: n, steps: ids.map((id, i) => step(id, i === 0)) });
  // v3 renamed tryAgain (in v1 and v2) to tryHarder, and sendURL to sendUrl, which has the same URL.
  const flow = {
    id: 'tiny',
    latest: 3,
    versions: [
      version(1, ['isItBroken', 'tryAgain', 'sendURL']),
      version(2, ['isItBroken', 'tryAgain', 'sendURL']),
      version(3, ['isItBroken', 'tryHarder', 'sendUrl']),
    ],
    successors: { tryAgain: 'tryHarder', sendURL: 'sendUrl' },
  } as unknown as Flow;

  it('redirect once the latest URL of a removed step, not the URL the latest version still has', () => {
    expect(redirectRoutes(flow, 'en')).toEqual([
      { locale: 'en', path: '/en/tiny/try-again/', param: 'try-again', target: '/en/tiny/try-harder/', successor: 'tryHarder' },
    ]);
  });

  it('skip a removed step that has no successor', () => {
    const unmapped = { ...flow, successors: { sendURL: 'sendUrl' } } as Flow;
    expect(redirectRoutes(unmapped, 'en')).toEqual([]);
  });

  it('give each page its route parameter, and say which are pinned', () => {
    const routes = stepRoutes({ ...flow, versions: flow.versions.slice(2), latest: 3 } as Flow, 'fr');
    expect(routes.map((r) => [r.path, r.param, r.pinned])).toEqual([
      ['/fr/tiny/v3/is-it-broken/', 'v3/is-it-broken', true],
      ['/fr/tiny/v3/', 'v3', true],
      ['/fr/tiny/is-it-broken/', 'is-it-broken', false],
      ['/fr/tiny/', undefined, false],
      ['/fr/tiny/v3/try-harder/', 'v3/try-harder', true],
      ['/fr/tiny/try-harder/', 'try-harder', false],
      ['/fr/tiny/v3/send-url/', 'v3/send-url', true],
      ['/fr/tiny/send-url/', 'send-url', false],
    ]);
  });
});
