/**
 * What the tests of the reference server read of its answers: one raw GET, and the headers
 * of `_headers` a response carries. Shared by scripts/shared/nginx.test.ts (a fixture build)
 * and e2e/nginx.spec.ts (this checkout's build).
 */
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { HOST_DEFAULTS, type HeaderRule } from '../../src/integrations/nginx-headers.ts';

/** One GET with exactly these request headers: the raw response (not decompressed, redirects not followed). */
export function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((done, fail) => {
    httpGet(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

/** The headers of `_headers` (and the host's defaults) a response carries, to compare with what `_headers` asks. */
export function sent(rules: readonly HeaderRule[], headers: IncomingHttpHeaders): Record<string, string> {
  const names = new Set([...rules.flatMap((r) => r.headers.map(([n]) => n.toLowerCase())), ...Object.keys(HOST_DEFAULTS)]);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => names.has(name)) as [string, string][]);
}
