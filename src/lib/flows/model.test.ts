import { describe, expect, it } from 'vitest';
import { contentOf, latestVersion, stepTitle, versionIndex, type FlowModel } from './model.ts';
import { config } from '../../config.ts';
import { siteFlows } from '../../site-flows.ts';

const flow = siteFlows()[0]!;

describe('the flow model', () => {
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
