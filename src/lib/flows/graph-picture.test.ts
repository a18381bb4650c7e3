import { describe, expect, it } from 'vitest';
import { fillOf, graphTitles, renderSvg, toDot, wrap } from './graph-picture.ts';
import { datedFlow } from './fixtures/dated-flow.ts';
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

describe('the DOT source of a flow with a date answer', () => {
  const dated = datedFlow().versions[1]!;
  const dot = toDot(dated, {
    title: (id) => (id === 'isItBroken' ? 'Is it "broken"?\nSay \\ so' : `Title ${id}`),
    answer: (_step, key) => `Answer ${key}`,
    href: (step) => `/en/dated/${step.slug}/`,
  });
  const lines = dot.split('\n');
  const node = (id: string) => lines.find((l) => l.startsWith(`  "${id}" [`))!;

  it('is one statement a line, inside one graph', () => {
    expect(lines[0]).toBe('digraph flow {');
    expect(lines.at(-1)).toBe('}');
  });

  it('draws step labels at 14 pt and answers at 11 pt, legible at the natural size', () => {
    expect(lines.find((l) => l.startsWith('  node ['))).toContain('fontsize=14');
    expect(lines.find((l) => l.startsWith('  edge ['))).toContain('fontsize=11');
    expect(lines.find((l) => l.startsWith('  graph ['))).toContain('rankdir=TB');
  });

  it('escapes quotes, backslashes and line breaks in labels and tooltips', () => {
    expect(node('isItBroken')).toContain('tooltip="Is it \\"broken\\"?\\nSay \\\\ so"');
  });

  it('tells kinds apart by shape: advice folded, final steps double, questions plain', () => {
    expect(node('tryAgain')).toContain(', shape=note, style=filled];');
    expect(node('solvedResult')).toContain(', style="filled,bold", peripheries=2];');
    expect(node('isItBroken')).toMatch(/fillcolor="#[0-9a-f]{6}"\];$/);
  });

  it("keys each branch of a date answer's edges by its number", () => {
    expect(dot).toContain('"isItBroken" -> "askCoordinator" [id="edge-isItBroken-sentOn-0", label="Answer sentOn#0"];');
    expect(dot).toContain('"isItBroken" -> "tryAgain" [id="edge-isItBroken-sentOn-1", label="Answer sentOn#1"];');
  });
});

describe('fillOf', () => {
  const step = (kind: string, final: boolean, tags: string[] = []) => ({ kind, final, tags }) as unknown as Parameters<typeof fillOf>[0];
  it('colours questions, advice and each outcome tag differently', () => {
    const fills = [
      step('question', false),
      step('advice', false),
      ...['solved', 'coordinator', 'support'].map((t) => step('outcome', true, [t])),
    ].map(fillOf);
    for (const fill of fills) expect(fill).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(fills).size).toBe(fills.length);
  });
  it('colours a final step without a tag as support, and an unknown kind as advice', () => {
    expect(fillOf(step('contact', true))).toBe(fillOf(step('outcome', true, ['support'])));
    expect(fillOf(step('contact', false))).toBe(fillOf(step('advice', false)));
  });
});

describe('wrap', () => {
  it('treats several spaces as one', () => expect(wrap('one  two')).toBe('one two'));
  it('never breaks at a no-break space, so a colon and guillemets stay with their word', () => {
    // Split at every white space, these came out as "Question de mot" / ": oui" and "Choisissez «" / "mot »".
    expect(wrap('Question de mot\u00a0: oui', 15)).toBe('Question de\nmot\u00a0: oui');
    expect(wrap('Choisissez «\u00a0mot\u00a0»', 12)).toBe('Choisissez\n«\u00a0mot\u00a0»');
  });
});

describe('renderSvg output', () => {
  it('is the bare <svg> element at its natural size, labelled by the caption, with plain href links', async () => {
    const svg = await renderSvg('digraph flow { a [id="node-a", URL="/en/a/"]; }');
    expect(svg).toMatch(/^<svg class="graph" width="\d+pt" height="\d+pt" aria-labelledby="graph-caption"/);
    expect(svg).not.toContain('<!DOCTYPE');
    expect(svg).not.toContain('<!--');
    expect(svg).not.toContain('xlink:href=');
    expect(svg).toContain('href="/en/a/"');
  });
  it('escapes & in tooltips', async () => {
    expect(await renderSvg('digraph flow { a [id="node-a"]; }', { 'node-a': 'Q&A' })).toContain('<title>Q&amp;A</title>');
  });
});

describe('graphTitles', () => {
  it('names the guide, each step, and each answer with the step it leads to', () => {
    const titles = graphTitles({
      guideTitle: 'Dated guide',
      version: datedFlow().versions[1]!,
      labels: { title: (id) => `T:${id}`, answer: (_step, key) => `A:${key}` },
    });
    expect(titles['graph0']).toBe('Dated guide');
    expect(titles['node-tryAgain']).toBe('T:tryAgain');
    expect(titles['edge-isItBroken-yes']).toBe('A:yes → T:tryAgain');
    expect(titles['edge-isItBroken-sentOn-0']).toBe('A:sentOn#0 → T:askCoordinator');
    expect(Object.keys(titles)).toHaveLength(1 + 5 + 6);
  });
});

describe('the picture with counts (the insights report)', () => {
  const dated = datedFlow().versions[1]!;
  const labels = {
    title: (id: string) => `Title ${id}`,
    answer: (_step: string, key: string) => `Answer ${key}`,
    href: (step: { slug: string }) => `/en/dated/${step.slug}/`,
  };

  it('is the staff map picture, unchanged, when no counts are given', () => {
    const plain = toDot(dated, labels);
    expect(toDot(dated, labels, undefined)).toBe(plain);
    expect(plain).not.toContain('penwidth');
    expect(plain).toContain('"isItBroken" -> "tryAgain" [id="edge-isItBroken-yes", label="Answer yes"];');
    expect(plain).toContain('"isItBroken" [id="node-isItBroken", label="Title isItBroken", URL="/en/dated/is-it-broken/"');
  });

  it("draws each edge's count under its answer, at its width, dashed when asked, and a line under each title", () => {
    const dot = toDot(dated, labels, {
      edge: (step, key) =>
        key === 'yes' ? { label: '12', penwidth: 4.567 } : { label: 'fewer than 5', penwidth: 1, dashed: step === 'tryAgain' },
      node: (id) => (id === 'isItBroken' ? '30 views' : undefined),
    });
    expect(dot).toContain('"isItBroken" -> "tryAgain" [id="edge-isItBroken-yes", label="Answer yes\\n12", penwidth=4.57, arrowsize=1.17];');
    expect(dot).toContain(
      '"isItBroken" -> "askCoordinator" [id="edge-isItBroken-sentOn-0", label="Answer sentOn#0\\nfewer than 5", penwidth=1, arrowsize=0.73];',
    );
    expect(dot).toContain(
      '"tryAgain" -> "solvedResult" [id="edge-tryAgain-itWorked", label="Answer itWorked\\nfewer than 5", penwidth=1, arrowsize=0.73, style=dashed];',
    );
    expect(dot).toContain('"isItBroken" [id="node-isItBroken", label="Title isItBroken\\n30 views"');
    expect(dot).toContain('"tryAgain" [id="node-tryAgain", label="Title tryAgain", URL=');
  });

  it('renders with the counts drawn', async () => {
    const svg = await renderSvg(toDot(dated, labels, { edge: () => ({ label: '7', penwidth: 3 }) }));
    expect(svg).toContain('stroke-width="3"');
    expect(svg).toMatch(/>7<\/text>/);
  });
});
