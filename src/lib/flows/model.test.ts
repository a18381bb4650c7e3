import { describe, expect, it } from 'vitest';
import { contentOf, lastPublished, latestVersion, stepTitle, versionIndex, type FlowModel } from './model.ts';
import { config } from '../../config.ts';
import { siteFlows } from '../../site-flows.ts';

const flow = siteFlows()[0]!;

describe('the flow model', () => {
  it("gives the newest publication date of any flow's versions, whatever their order", () => {
    const dated = (id: string, dates: string[]) =>
      ({ ...flow, id, versions: dates.map((published, i) => ({ ...flow.versions[0]!, version: i + 1, published })) }) as FlowModel;
    expect(lastPublished([dated('a', ['2026-11-25', '2026-12-06', '2026-11-30'])])).toBe('2026-12-06');
    expect(lastPublished([dated('a', ['2026-11-25']), dated('b', ['2027-01-02', '2026-12-31'])])).toBe('2027-01-02');
    expect(lastPublished([])).toBeUndefined();
  });
  it('finds the latest version by its number, not by its place in the list', () => {
    const reversed = { ...flow, versions: [...flow.versions].reverse() } as FlowModel;
    expect(latestVersion(reversed).version).toBe(flow.latest);
    expect(latestVersion(flow)).toBe(flow.versions.find((v) => v.version === flow.latest));
  });
  it('says which flow lacks its latest version', () => {
    expect(() => latestVersion({ ...flow, latest: 99 })).toThrow(`flow ${flow.id} has no version 99`);
  });
  it('indexes a version once: steps by id, the first step, the contact step', () => {
    const version = latestVersion(flow);
    const index = versionIndex(version);
    expect(versionIndex(version)).toBe(index);
    expect(index.byId.size).toBe(version.steps.length);
    expect(index.initial.initial).toBe(true);
    expect(index.contact?.kind).toBe('contact');
    expect(versionIndex({ ...version, steps: version.steps.filter((s) => s.kind !== 'contact') }).contact).toBeUndefined();
  });
  it("gives a version's words in a locale, and a step's title as plain text", () => {
    const version = latestVersion(flow);
    expect(contentOf(version, 'fr')).toBe(version.content.fr);
    const title = stepTitle(version, 'en', version.steps[0]!.id, config);
    expect(title.length).toBeGreaterThan(0);
    expect(title).not.toMatch(/\*\*|\{|\[/);
  });
  it('says which step has no words', () => {
    expect(() => stepTitle(latestVersion(flow), 'en', 'noSuchStep', config)).toThrow(`version ${flow.latest} has no step noSuchStep`);
  });
});
