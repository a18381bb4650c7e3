import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOST_DEFAULTS, headersFor, nginxConfig, parseHeadersFile } from './nginx-headers.ts';
import { SIGNAL_CACHE_CONTROL } from '../lib/view-signal.ts';

const FILE = `# A comment
/*
  X-Frame-Options: DENY
  Referrer-Policy: no-referrer

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/_astro/legacy/*
  X-Robots-Tag: noindex

/en/
  Content-Security-Policy: default-src 'self'
  Cache-Control: public, max-age=300

/404.html
  Content-Security-Policy: default-src 'none'
`;
const rules = parseHeadersFile(FILE);

describe('reading _headers', () => {
  it('reads each path and its headers in order, skipping comments and blank lines', () => {
    expect(rules.map((r) => r.path)).toEqual(['/*', '/_astro/*', '/_astro/legacy/*', '/en/', '/404.html']);
    expect(rules[3]!.headers).toEqual([
      ['Content-Security-Policy', "default-src 'self'"],
      ['Cache-Control', 'public, max-age=300'],
    ]);
  });
  it('refuses a header line before any path, or without a colon', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/\n  no colon\n')).toThrow(/line 2/);
  });
});

describe('the headers a host reading _headers sends', () => {
  it('applies every matching rule, exact and prefix, then the host default for what none gives', () => {
    expect(headersFor(rules, '/en/')).toEqual({
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'self'",
      'cache-control': 'public, max-age=300',
    });
    expect(headersFor(rules, '/_astro/legacy/a.js')).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'x-robots-tag': 'noindex',
    });
    expect(headersFor(rules, '/fr/')).toEqual({ 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer', ...HOST_DEFAULTS });
  });
  it('joins the values of one header given by two matching rules', () => {
    expect(headersFor(parseHeadersFile('/*\n  Vary: A\n/x\n  Vary: B\n'), '/x').vary).toBe('A, B');
  });
  it("makes the view signals uncacheable in the site's own _headers", () => {
    const site = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    expect(headersFor(site, '/_seen/invitation-code/v4/en/sign-in-directly.gif')['cache-control']).toBe(SIGNAL_CACHE_CONTROL);
  });
});

describe("nginx's configuration from _headers", () => {
  const { http, server } = nginxConfig(rules);

  it('sends a header only the global rule gives as a constant, and the others from a map', () => {
    expect(server).toContain('add_header X-Frame-Options "DENY" always;');
    expect(server).toContain('add_header Cache-Control $site_header_cache_control always;');
    expect(server).toContain('add_header Content-Security-Policy $site_header_content_security_policy always;');
    expect(server).toContain('add_header X-Robots-Tag $site_header_x_robots_tag always;');
  });

  it('maps each exact path and its index.html, then prefixes longest first, with the default elsewhere', () => {
    expect(http).toContain(
      [
        'map $uri $site_header_cache_control {',
        '  default "public, max-age=0, must-revalidate";',
        '  "/en/" "public, max-age=300";',
        '  "/en/index.html" "public, max-age=300";',
        '  "~^/_astro/" "public, max-age=31536000, immutable";',
        '}',
      ].join('\n'),
    );
    expect(http).toContain(
      [
        'map $uri $site_header_content_security_policy {',
        '  default "";',
        `  "/en/" "default-src 'self'";`,
        `  "/en/index.html" "default-src 'self'";`,
        `  "/404.html" "default-src 'none'";`,
        '}',
      ].join('\n'),
    );
    expect(http).toContain('map $uri $site_header_x_robots_tag {\n  default "";\n  "~^/_astro/legacy/" "noindex";\n}');
  });

  it('gives a longer prefix every value that applies under it, so the first regex that matches is right', () => {
    const nested = nginxConfig(parseHeadersFile('/a/*\n  Vary: A\n/a/b/*\n  Vary: B\n')).http;
    expect(nested.indexOf('"~^/a/b/" "A, B";')).toBeGreaterThan(0);
    expect(nested.indexOf('"~^/a/b/"')).toBeLessThan(nested.indexOf('"~^/a/" "A";'));
  });

  it('sizes the map buckets for the longest path', () => {
    expect(http).toContain('map_hash_bucket_size 64;');
    expect(nginxConfig(parseHeadersFile(`/${'a'.repeat(80)}/\n  X-A: b\n`)).http).toContain('map_hash_bucket_size 128;');
  });

  it('refuses what it cannot follow rather than serve other headers than _headers asks', () => {
    expect(() => nginxConfig(parseHeadersFile('/:lang/*\n  X-A: b\n'))).toThrow(/neither exact nor a prefix/);
    expect(() => nginxConfig(parseHeadersFile('/a/*/b\n  X-A: b\n'))).toThrow(/neither exact nor a prefix/);
    expect(() => nginxConfig(parseHeadersFile('/a\n  X-A: "b"\n'))).toThrow(/cannot write/);
    expect(() => nginxConfig(parseHeadersFile('/a\n  X-A: $b\n'))).toThrow(/cannot write/);
  });
});
