/**
 * What an HTML page is made of, by part, with each part's raw size and its marginal
 * compressed cost (gzip of the page minus gzip of the page without that part): the
 * numbers that say where a page's bytes come from.
 */
import { gzipSync } from 'node:zlib';

export interface Part {
  part: string;
  count: number;
  rawBytes: number;
  /** gzip(page) - gzip(page without these parts). */
  gzipBytes: number;
}

const PATTERNS: [string, RegExp][] = [
  ['inline CSS (<style>)', /<style\b[^>]*>[\s\S]*?<\/style>/g],
  ['JSON data (<script type="application/json">)', /<script\b[^>]*type="application\/json"[^>]*>[\s\S]*?<\/script>/g],
  ['speculation rules', /<script\b[^>]*type="speculationrules"[^>]*>[\s\S]*?<\/script>/g],
  ['module script tags', /<script\b[^>]*type="module"[^>]*>[\s\S]*?<\/script>/g],
  ['island props (astro-island props="...")', /\sprops="[^"]*"/g],
  ['inline SVG', /<svg\b[\s\S]*?<\/svg>/g],
  ['inline classic scripts', /<script\b(?![^>]*\btype=)(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/g],
];

const gz = (s: string) => gzipSync(Buffer.from(s), { level: 6 }).length;

export function anatomy(html: string): { rawBytes: number; gzipBytes: number; parts: Part[] } {
  const total = gz(html);
  const parts: Part[] = [];
  let rest = html;
  for (const [part, re] of PATTERNS) {
    const matches = rest.match(re) ?? [];
    if (!matches.length) continue;
    const without = rest.replace(re, '');
    // Marginal cost measured against the page as a whole, so the parts do not depend on order.
    const wholeWithout = html.replace(re, '');
    parts.push({ part, count: matches.length, rawBytes: Buffer.byteLength(matches.join('')), gzipBytes: total - gz(wholeWithout) });
    rest = without;
  }
  parts.push({ part: 'markup and text (the rest)', count: 1, rawBytes: Buffer.byteLength(rest), gzipBytes: gz(rest) });
  return { rawBytes: Buffer.byteLength(html), gzipBytes: total, parts };
}

/** Parser- or render-blocking things a page declares, read from its HTML. */
export function blockingInHtml(html: string): {
  blockingScripts: string[];
  blockingStylesheets: string[];
  inlineClassicScripts: number;
  inlineClassicScriptBytes: number;
} {
  const head = html.slice(0, html.search(/<body\b/) >= 0 ? html.search(/<body\b/) : html.length);
  const blockingScripts = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"[^>]*>/g)]
    .filter(([, attrs]) => !/\b(async|defer)\b/.test(attrs ?? '') && !/type="module"/.test(attrs ?? ''))
    .map((m) => m[2]!);
  const blockingStylesheets = [...head.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .filter((m) => !/\bmedia="print"/.test(m[0]))
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? m[0]);
  const inline = html.match(/<script\b(?![^>]*\btype=)(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/g) ?? [];
  return {
    blockingScripts,
    blockingStylesheets,
    inlineClassicScripts: inline.length,
    inlineClassicScriptBytes: Buffer.byteLength(inline.join('')),
  };
}
