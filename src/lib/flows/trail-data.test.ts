import { describe, expect, it } from 'vitest';
import { checkFlow } from './check.ts';
import { stepRoutes } from './urls.ts';
import { trailData, trailDataFiles, trailKey } from './trail-data.ts';
import { config } from '../../config.ts';
import { tinyContent, tinyFlow, tinyMachineConfig } from './fixtures/tiny-flow.ts';

function model(versions = 2, content = tinyContent) {
  const flow = tinyFlow(Array.from({ length: versions }, () => ({ machine: tinyMachineConfig(), content: { en: content() } })));
  const checked = checkFlow(flow, ['en']);
  if (!checked.model) throw new Error(`fixture should be valid: ${JSON.stringify(checked.problems)}`);
  return checked.model;
}

describe('trail data', () => {
  const flow = model();
  const routes = stepRoutes(flow, 'en');

  it('is one file per version and URL style, shared by every page of it', () => {
    const latest = routes.filter((r) => r.version.version === 2 && !r.pinned);
    const paths = new Set(latest.map((r) => trailData(r, config).path));
    expect(paths.size).toBe(1);
    expect([...paths][0]).toMatch(/^\/flow-data\/tiny\.v2\.en\.latest\.[\w-]{12}\.json$/);
    expect(trailData(latest[0]!, config)).toBe(trailData(latest[1]!, config));
  });

  it('holds titles, answer labels, targets and URLs in the style of the pages that use it, and the help line on every step but the contact step', () => {
    const pinned = routes.find((r) => r.path === '/en/tiny/v1/try-again/')!;
    const helpLine = ['Evaluation soon: I chose to write to support', 'contactSupport'];
    expect(JSON.parse(trailData(pinned, config).body)).toEqual({
      steps: {
        isItBroken: {
          title: 'Is it broken?',
          href: '/en/tiny/v1/is-it-broken/',
          answers: { yes: ['Yes', 'tryAgain'], no: ['No', 'solvedResult'], 'help-line': helpLine },
        },
        tryAgain: {
          title: 'Try again',
          href: '/en/tiny/v1/try-again/',
          answers: { itWorked: ['It worked', 'solvedResult'], stillBroken: ['Still broken', 'contactSupport'], 'help-line': helpLine },
        },
        solvedResult: { title: 'Solved', href: '/en/tiny/v1/solved-result/', answers: { 'help-line': helpLine } },
        contactSupport: { title: 'Write to support', href: '/en/tiny/v1/contact-support/', answers: {} },
      },
    });
    const latest = routes.find((r) => r.path === '/en/tiny/try-again/')!;
    expect(trailData(latest, config).table.steps.isItBroken!.href).toBe('/en/tiny/');
  });

  it('lists a file for every version pinned and for the latest version unversioned, and each page names one of them', () => {
    const files = trailDataFiles(flow, ['en'], config).map((d) => d.path.replace(/\.[\w-]{12}\.json$/, ''));
    expect(files).toEqual(['/flow-data/tiny.v1.en.pinned', '/flow-data/tiny.v2.en.pinned', '/flow-data/tiny.v2.en.latest']);
    const all = new Set(trailDataFiles(flow, ['en'], config).map((d) => d.path));
    for (const route of routes) expect(all.has(trailData(route, config).path), route.path).toBe(true);
  });

  it('changes its name when its words change, so a cached copy is never stale', () => {
    const reworded = model(1, () => {
      const c = tinyContent();
      c.steps.tryAgain!.title = 'Try once more';
      return c;
    });
    const before = trailData(stepRoutes(model(1), 'en')[0]!, config).path;
    const after = trailData(stepRoutes(reworded, 'en')[0]!, config).path;
    expect(after).not.toBe(before);
  });

  it('keys the stored trail by flow and version', () => {
    expect(trailKey(routes[0]!)).toBe(`trail:tiny:v${routes[0]!.version.version}`);
  });
});
