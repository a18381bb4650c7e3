import { describe, expect, it } from 'vitest';
import { checkFlow } from './check.ts';
import { redirectRoutes, stepRoutes } from './urls.ts';
import { stepViewModel } from './step-view.ts';
import { config } from '../../config.ts';
import { renamedStepVersions, tinyFlow } from './fixtures/tiny-flow.ts';

/** A two-version fixture: v2 renames tryAgain to tryHarder, with a successor. */
function twoVersions() {
  const flow = tinyFlow(renamedStepVersions(), { successors: { tryAgain: 'tryHarder' } });
  const model = checkFlow(flow, ['en']).model;
  if (!model) throw new Error('fixture should be valid');
  return model;
}

describe('pinned pages of an older version', () => {
  const flow = twoVersions();
  const pages = stepRoutes(flow, 'en');
  const page = (path: string) => pages.find((p) => p.path === path)!;

  it('say they are older and link to the same step in the latest version', () => {
    const view = stepViewModel(page('/en/tiny/v1/solved-result/'), config);
    expect(view.olderVersion).toEqual({ latestPath: '/en/tiny/solved-result/', startPath: '/en/tiny/' });
    expect(view.sharePath).toBe('/en/tiny/solved-result/');
  });

  it('link a renamed step to its successor', () => {
    const view = stepViewModel(page('/en/tiny/v1/try-again/'), config);
    expect(view.olderVersion?.latestPath).toBe('/en/tiny/try-harder/');
  });

  it('keep answers inside their version', () => {
    expect(stepViewModel(page('/en/tiny/v1/is-it-broken/'), config).answers.map((a) => a.href)).toEqual([
      '/en/tiny/v1/try-again/',
      '/en/tiny/v1/solved-result/',
    ]);
  });

  it('pages of the latest version carry no notice', () => {
    expect(stepViewModel(page('/en/tiny/try-harder/'), config).olderVersion).toBeUndefined();
    expect(stepViewModel(page('/en/tiny/v2/try-harder/'), config).olderVersion).toBeUndefined();
  });

  it("only the latest version has unversioned URLs; a removed step's old URL redirects to its successor", () => {
    expect(pages.some((p) => p.path === '/en/tiny/try-again/')).toBe(false);
    expect(redirectRoutes(flow, 'en')).toEqual([
      { path: '/en/tiny/try-again/', param: 'try-again', target: '/en/tiny/try-harder/', successor: 'tryHarder' },
    ]);
  });
});
