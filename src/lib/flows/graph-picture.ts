import { edgesOf } from './model.ts';
import type { StepInfo, VersionModel } from './model.ts';

/** Fill colours by what a step is (light fills with dark text: readable in both schemes). */
const FILL: Record<string, string> = {
  question: '#cfe0fb',
  advice: '#eef0f3',
  solved: '#d3efdb',
  coordinator: '#fbe6c2',
  support: '#f8d3dd',
};

/** A DOT string: quotes and backslashes escaped, line breaks as Graphviz's `\\n`. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/**
 * Breaks a label into lines of about `width` characters, for the picture, at ordinary
 * spaces only (never at a no-break space).
 * @internal Exported for its own unit tests; the map calls `toDot`.
 */
export function wrap(text: string, width = 24): string {
  const lines: string[] = [];
  let line = '';
  // Ordinary white space only: the no-break spaces of French typography keep "mot\u00a0:" and "«\u00a0mot\u00a0»" on one line.
  for (const word of text.split(/[ \t\n\r]+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * The fill colour of a step: by its tag for final steps, by its kind otherwise.
 * @internal Exported for its own unit tests; the map calls `toDot`.
 */
export function fillOf(step: StepInfo): string {
  return FILL[step.final ? (step.tags[0] ?? 'support') : step.kind] ?? FILL.advice!;
}

/**
 * How one edge is drawn when the picture shows counts: a line under its answer, the pen's width in points, dashed or not.
 * @internal For the insights report (scripts/insights/); the staff map draws no counts.
 */
export interface EdgeWeight {
  label: string;
  penwidth: number;
  dashed?: boolean;
}

/**
 * Counts drawn on the picture (the insights report, ADR 008): per edge its weight, per step
 * an optional line under its title. Without them the picture is the staff map's, unchanged.
 */
export interface GraphWeights {
  edge: (step: string, key: string) => EdgeWeight;
  node?: (id: string) => string | undefined;
}

/** A number for DOT: at most two decimals, no trailing zeros. */
function points(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * The Graphviz DOT source of one version's graph: a node per step (linked to its page),
 * an edge per answer. Pure; `title` and `answer` give the labels, `href` the URLs, and
 * `weights`, when given, each edge's width and count and a line under each step's title.
 */
export function toDot(
  version: VersionModel,
  labels: { title: (id: string) => string; answer: (step: string, key: string) => string; href: (step: StepInfo) => string },
  weights?: GraphWeights,
): string {
  const lines = [
    'digraph flow {',
    '  graph [rankdir=TB, bgcolor="white", nodesep=0.35, ranksep=0.5, fontname="Helvetica"];',
    // Sizes in points, drawn at the picture's natural size (1 pt = 1.33 px): step labels 14 pt, answers 11 pt, both legible at 1,280 px.
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=14, color="#4a5360", fontcolor="#1b1f24", margin="0.15,0.08"];',
    '  edge [fontname="Helvetica", fontsize=11, color="#4a5360", fontcolor="#333a44"];',
  ];
  for (const step of version.steps) {
    // Shapes tell kinds apart beside the fills (the legend names them): questions rounded,
    // advice with a folded corner, outcomes and the contact step with a double border.
    const shape = step.final ? ', style="filled,bold", peripheries=2' : step.kind === 'advice' ? ', shape=note, style=filled' : '';
    const title = labels.title(step.id);
    const count = weights?.node?.(step.id);
    const label = count === undefined ? wrap(title) : `${wrap(title)}\n${count}`;
    lines.push(
      `  ${quote(step.id)} [id=${quote(`node-${step.id}`)}, label=${quote(label)}, URL=${quote(labels.href(step))}, tooltip=${quote(title)}, fillcolor=${quote(fillOf(step))}${shape}];`,
    );
  }
  for (const step of version.steps) {
    for (const edge of edgesOf(step)) {
      const answer = wrap(labels.answer(step.id, edge.key), 22);
      const weight = weights?.edge(step.id, edge.key);
      const drawn = weight
        ? `label=${quote(`${answer}\n${weight.label}`)}, penwidth=${points(weight.penwidth)}, arrowsize=${points(Math.min(1.6, 0.6 + weight.penwidth / 8))}${weight.dashed ? ', style=dashed' : ''}`
        : `label=${quote(answer)}`;
      lines.push(`  ${quote(step.id)} -> ${quote(edge.target)} [id=${quote(`edge-${step.id}-${edge.key.replace('#', '-')}`)}, ${drawn}];`);
    }
  }
  lines.push('}');
  return lines.join('\n');
}

let viz: Promise<{ renderString: (dot: string, options: { format: 'svg' }) => string }> | undefined;

/**
 * Renders DOT to an inline SVG at build time with Graphviz compiled to WebAssembly: no
 * diagram script reaches the browser. The XML prolog and comments are dropped and the
 * size follows the page.
 */
export async function renderSvg(dot: string, titles: Readonly<Record<string, string>> = {}): Promise<string> {
  viz ??= import('@viz-js/viz').then((m) => m.instance());
  const svg = (await viz).renderString(dot, { format: 'svg' });
  // Tooltips in the page's language: each element's <title> from `titles` (by element id), not Graphviz's ids.
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    svg
      .replace(/<\?xml[^>]*>\s*/, '')
      .replace(/<!DOCTYPE[^>]*>\s*/, '')
      .replace(/<!--[\s\S]*?-->\s*/g, '')
      .replace(/&#45;/g, '-')
      .replace(
        /(<g id="([^"]+)" class="(?:graph|node|edge)"[^>]*>\s*<title>)[^<]*(<\/title>)/g,
        (whole, open: string, id: string, close: string) => (id in titles ? `${open}${escape(titles[id]!)}${close}` : whole),
      )
      .replace(/xlink:href=/g, 'href=')
      // Natural size (in points), scrolled when wider than the page: shrunk to fit, its labels would be too small to read.
      .replace(/<svg width="([^"]*)" height="([^"]*)"/, '<svg class="graph" width="$1" height="$2" aria-labelledby="graph-caption"')
  );
}

/** The picture's tooltips in the page's language, by element id: the guide, each step, each "answer → next step". */
export function graphTitles(view: {
  guideTitle: string;
  version: VersionModel;
  labels: { title: (id: string) => string; answer: (step: string, key: string) => string };
}): Record<string, string> {
  return Object.fromEntries([
    ['graph0', view.guideTitle],
    ...view.version.steps.map((s) => [`node-${s.id}`, view.labels.title(s.id)]),
    ...view.version.steps.flatMap((s) =>
      edgesOf(s).map((e) => [
        `edge-${s.id}-${e.key.replace('#', '-')}`,
        `${view.labels.answer(s.id, e.key)} → ${view.labels.title(e.target)}`,
      ]),
    ),
  ]);
}
