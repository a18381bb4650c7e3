/**
 * Without a browser: every built step page's compressed HTML (its first render: the CSS is
 * inline and no script blocks rendering) and the compressed JavaScript it loads (its module
 * scripts and islands, with everything they import), as a static host sends them (gzip 6).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageSize {
  path: string;
  kind: string;
  htmlGzip: number;
  jsGzip: number;
  /** Scripts that block rendering (classic scripts with a `src` and no async/defer). */
  blocking: number;
}

export function stepPageSizes(outDir: string): PageSize[] {
  const gzip = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;
  const js = new Map<string, { gzip: number; imports: string[] }>();
  const script = (url: string) => {
    let entry = js.get(url);
    if (!entry) {
      const text = readFileSync(join(outDir, url), 'utf8');
      const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map(
        (m) => new URL(m[1]!, `http://x${url}`).pathname,
      );
      entry = { gzip: gzip(join(outDir, url)), imports };
      js.set(url, entry);
    }
    return entry;
  };
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const visit = (url: string) => !seen.has(url) && (seen.add(url), script(url).imports.forEach(visit));
    roots.forEach(visit);
    return [...seen].reduce((n, url) => n + script(url).gzip, 0);
  };
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.name === 'index.html' && !e.parentPath.includes('__bare'))
    .flatMap((e) => {
      const file = join(e.parentPath, e.name);
      const html = readFileSync(file, 'utf8');
      const kind = /<article[^>]*data-kind="([^"]+)"/.exec(html)?.[1];
      if (!kind) return [];
      const roots = [...html.matchAll(/(?:<script[^>]*\ssrc|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
      const blocking = [...html.matchAll(/<script(?![^>]*(?:async|defer|type="module"))[^>]*\ssrc=/g)].length;
      return [{ path: file.slice(outDir.length, -'index.html'.length), kind, htmlGzip: gzip(file), jsGzip: closure(roots), blocking }];
    });
}
