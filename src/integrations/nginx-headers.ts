import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * nginx's share of the headers, generated from the build's own `dist/_headers` (the file
 * Netlify and Cloudflare Pages read), so the two can never disagree: `deploy/nginx/` includes
 * the two files this writes. A rule of `_headers` is a path, exact or ending in `*` (a
 * prefix), and its headers; every rule that matches a path applies, and a header given by
 * several matching rules is sent once with their values joined by ", " (what those hosts do).
 *
 * - `dist/nginx-http.conf` (http context): one `map $uri` per header that differs by path,
 *   with each exact path (and its `index.html`, where nginx serves a directory from) and
 *   each prefix, longest first.
 * - `dist/nginx-server.conf` (server context): one `add_header … always` per header.
 *
 * Where `_headers` gives no `Cache-Control`, the header says what Netlify and Cloudflare
 * Pages send by default (`HOST_DEFAULTS`): pages revalidated on every use.
 */

/** One rule of a `_headers` file: its path pattern and its headers in order. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** What Netlify and Cloudflare Pages send when `_headers` gives no value (lower-case names). */
export const HOST_DEFAULTS: Readonly<Record<string, string>> = { 'cache-control': 'public, max-age=0, must-revalidate' };

/** The rules of a `_headers` file; comments and blank lines skipped. Throws on a header line before any path. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const colon = line.indexOf(':');
    if (colon < 0 || !rules.length) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path: ${line.trim()}`);
    rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Whether a rule's path (exact, or a prefix ending in `*`) matches a request path. */
function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * The headers a host reading `_headers` sends for a path (lower-case names, in the order
 * first given): every matching rule, one header's values joined by ", ", then the host's
 * defaults for what no rule gives.
 */
export function headersFor(rules: readonly HeaderRule[], path: string, defaults = HOST_DEFAULTS): Record<string, string> {
  const found: Record<string, string[]> = {};
  for (const rule of rules) {
    if (!matches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) (found[name.toLowerCase()] ??= []).push(value);
  }
  const headers = Object.fromEntries(Object.entries(found).map(([name, values]) => [name, values.join(', ')]));
  for (const [name, value] of Object.entries(defaults)) headers[name] ??= value;
  return headers;
}

/** A value between double quotes in nginx's configuration; `$` would start a variable, so it is refused, as are quotes and line breaks. */
function nginxString(text: string): string {
  if (/["\\$\r\n]/.test(text)) throw new Error(`nginx-headers: cannot write ${JSON.stringify(text)} in nginx's configuration`);
  return `"${text}"`;
}

/** `Content-Security-Policy` -> `$site_header_content_security_policy`. */
function variableOf(name: string): string {
  return `$site_header_${name.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
}

/** The canonical spelling of each header name: as first written in the file. */
function spellings(rules: readonly HeaderRule[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const rule of rules) for (const [name] of rule.headers) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  for (const name of Object.keys(HOST_DEFAULTS))
    if (!names.has(name))
      names.set(
        name,
        name.replace(/(^|-)([a-z])/g, (c) => c.toUpperCase()),
      );
  return names;
}

/** nginx's two files for a `_headers` file: the maps (http context) and the `add_header` lines (server context). */
export function nginxConfig(rules: readonly HeaderRule[], defaults = HOST_DEFAULTS): { http: string; server: string } {
  for (const { path } of rules)
    if (!path.startsWith('/') || /[*:]/.test(path.slice(0, -1)) || /\s/.test(path))
      throw new Error(
        `nginx-headers: the _headers path ${path} is neither exact nor a prefix ending in *; nginx's configuration cannot follow it`,
      );
  const names = spellings(rules);
  const global = rules.filter((r) => r.path === '/*');
  const http: string[] = [];
  const server: string[] = [];
  const exactPaths = [...new Set(rules.filter((r) => !r.path.endsWith('*')).map((r) => r.path))];
  const prefixes = [...new Set(rules.filter((r) => r.path.endsWith('*') && r.path !== '/*').map((r) => r.path))].sort(
    (a, b) => b.length - a.length,
  );
  for (const [lower, name] of names) {
    const setsIt = (r: HeaderRule) => r.headers.some(([n]) => n.toLowerCase() === lower);
    // Anywhere a path falls through to: the global rule's value, or the host's default.
    const fallback = headersFor(global, '/\0', defaults)[lower] ?? '';
    if (!rules.some((r) => r.path !== '/*' && setsIt(r))) {
      server.push(`add_header ${name} ${nginxString(fallback)} always;`);
      continue;
    }
    const entries: string[] = [];
    for (const path of exactPaths) {
      if (!rules.some((r) => r.path === path && setsIt(r))) continue;
      const value = nginxString(headersFor(rules, path, defaults)[lower] ?? '');
      entries.push(`  ${nginxString(path)} ${value};`);
      if (path.endsWith('/')) entries.push(`  ${nginxString(`${path}index.html`)} ${value};`);
    }
    for (const prefix of prefixes) {
      if (!rules.some((r) => r.path === prefix && setsIt(r))) continue;
      const start = prefix.slice(0, -1);
      const value = headersFor(rules, `${start}\0`, defaults)[lower] ?? '';
      entries.push(`  ${nginxString(`~^${start.replace(/[.+?^(){}|[\]\\]/g, '\\$&')}`)} ${nginxString(value)};`);
    }
    http.push(`map $uri ${variableOf(name)} {\n  default ${nginxString(fallback)};\n${entries.join('\n')}\n}`);
    // An empty value sends no header (a path no rule gives it to).
    server.push(`add_header ${name} ${variableOf(name)} always;`);
  }
  // nginx stores exact keys in a hash whose buckets must hold the longest key (64 bytes by default: too small for step paths).
  const longest = Math.max(0, ...exactPaths.map((p) => p.length + 'index.html'.length));
  let bucket = 64;
  while (bucket < longest + 32) bucket *= 2;
  http.unshift(
    `# Room for the longest path below (nginx's default, 64, fits none longer than about 40 characters); set once per http block.\nmap_hash_bucket_size ${bucket};`,
  );
  const banner = "# Generated by src/integrations/nginx-headers.ts from this build's _headers: do not edit; see docs/deploy.md.\n";
  return {
    http: `${banner}# The http context: one map per header that differs by path (exact paths, then prefixes, longest first).\n${http.join('\n')}\n`,
    server: `${banner}# The server context: every header of _headers, on every response (always: errors too).\n${server.join('\n')}\n`,
  };
}

/** After `_headers` is complete (security-headers runs before it), writes `dist/nginx-http.conf` and `dist/nginx-server.conf` from it. */
export function nginxHeaders(): AstroIntegration {
  return {
    name: 'nginx-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const rules = parseHeadersFile(await readFile(new URL('_headers', dir), 'utf8'));
        const { http, server } = nginxConfig(rules);
        await writeFile(new URL('nginx-http.conf', dir), http);
        await writeFile(new URL('nginx-server.conf', dir), server);
        logger.info(`wrote nginx-http.conf and nginx-server.conf from the ${rules.length} rules of _headers`);
      },
    },
  };
}
