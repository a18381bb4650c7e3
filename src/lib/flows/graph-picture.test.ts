import { describe, expect, it } from 'vitest';
import { renderSvg, toDot, wrap } from './graph-picture.ts';
import { checkFlow } from './check.ts';
import { tinyContent, tinyFlow, tinyMachineConfig } from './fixtures/tiny-flow.ts';

const model = checkFlow(tinyFlow([{ machine: tinyMachineConfig(), content: { en: tinyContent() } }]), ['en']).model!;
const version = model.versions[0]!;
const words = {
  title: (id: string) => `Title of "${id}"`,
  answer: (_step: string, key: string) => `Answer ${key}`,
  href: (step: { slug: string }) => `/en/tiny/${step.slug}/`,
};

describe('the graph picture', () => {
  it('wraps long labels', () => {
    expect(wrap('Nexam does not recognise me: it was never activated', 24)).toBe('Nexam does not recognise\nme: it was never\nactivated');
  });

  it('has a linked node per step and an edge per answer', async () => {
    const svg = await renderSvg(toDot(version, words));
    for (const step of version.steps) {
      expect(svg).toContain(`id="node-${step.id}"`);
      expect(svg).toContain(`href="/en/tiny/${step.slug}/"`);
    }
    for (const step of version.steps) for (const a of step.answers) expect(svg).toContain(`id="edge-${step.id}-${a.key}"`);
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('Title of &quot;isItBroken&quot;');
  });
});

describe('renderSvg tooltips', () => {
  it('replaces Graphviz ids in <title> with the words given per element id, escaped', async () => {
    const svg = await renderSvg('digraph flow { a [id="node-a"]; b [id="node-b"]; a -> b [id="edge-a-x"]; }', {
      graph0: 'Guide',
      'node-a': 'Step <A>',
      'edge-a-x': 'Yes → Step B',
    });
    expect(svg).toContain('<title>Guide</title>');
    expect(svg).toContain('<title>Step &lt;A&gt;</title>');
    expect(svg).toContain('<title>Yes → Step B</title>');
    // An element without words keeps its title.
    expect(svg).toContain('<title>b</title>');
    expect(svg).not.toContain('<title>flow</title>');
  });
});
