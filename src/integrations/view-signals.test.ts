import { describe, expect, it } from 'vitest';
import { viewSignalPaths } from './view-signals.ts';
import { siteFlows } from '../site-flows.ts';
import { datedFlow } from '../lib/flows/fixtures/dated-flow.ts';
import { parseSignal } from '../lib/view-signal.ts';

describe('the view signal files of the build', () => {
  it('has a view for every step of every version in every locale, and both answers on final steps', () => {
    const flow = datedFlow();
    const paths = viewSignalPaths([flow], ['en', 'fr']);
    for (const version of flow.versions)
      for (const locale of ['en', 'fr'])
        for (const step of version.steps) {
          const base = `/_seen/dated/v${version.version}/${locale}/${step.slug}`;
          expect(paths).toContain(`${base}.gif`);
          expect(paths.includes(`${base}.solved-yes.gif`), base).toBe(step.final);
          expect(paths.includes(`${base}.solved-no.gif`), base).toBe(step.final);
        }
    // 2 versions x 2 locales x (5 views + 3 final steps x 2 answers).
    expect(paths).toHaveLength(2 * 2 * (5 + 3 * 2));
    expect(new Set(paths).size).toBe(paths.length);
  });
  it("covers the site's flows, each file a signal read back to its own step", () => {
    const paths = viewSignalPaths(siteFlows());
    const steps = siteFlows().flatMap((f) => f.versions.flatMap((v) => v.steps));
    expect(paths).toHaveLength(2 * (steps.length + 2 * steps.filter((s) => s.final).length));
    for (const path of paths) expect(parseSignal(path), path).toBeDefined();
  });
});
