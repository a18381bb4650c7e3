import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, sent } from './nginx-responses.ts';
import { headersFor, nginxConfig, parseHeadersFile } from '../../src/integrations/nginx-headers.ts';
import { hasNginx, localSiteConf, startNginx, type RunningNginx } from './nginx.ts';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

describe('the local copy of the site configuration', () => {
  const conf = readFileSync('deploy/nginx/nexam-help.conf', 'utf8');
  it('differs from the deployed one only in its root, listen lines and log path', () => {
    const local = localSiteConf(conf, { dist: '/tmp/site', port: 4433, accessLog: '/tmp/a.log' });
    expect(local).toContain('listen 127.0.0.1:4433;');
    expect(local).not.toContain('listen [::]:80;');
    expect(local).toContain('root /tmp/site;');
    expect(local).toContain('include /tmp/site/nginx-http.conf;');
    expect(local).toContain('include /tmp/site/nginx-server.conf;');
    expect(local).toContain('access_log /tmp/a.log nexam_help;');
    const undo = local
      .replace('listen 127.0.0.1:4433;', 'listen 80;\n    listen [::]:80;')
      .replaceAll('/tmp/site', '/var/www/nexam-help')
      .replace('/tmp/a.log', '/var/log/nginx/nexam-help.access.log');
    expect(undo).toBe(conf);
  });
  it('fails loudly when the deployed file no longer has what it replaces', () => {
    expect(() => localSiteConf(conf.replace('listen 80;', 'listen 8080;'), { dist: 'd', port: 1, accessLog: 'a' })).toThrow(/listen 80/);
  });
});

describe('nginx serving a build as its _headers asks (deploy/nginx/nexam-help.conf)', () => {
  // The reference server is part of the project, as Chromium is: .ci/run installs it.
  it('is installed (apt-get install -y nginx)', () => expect(hasNginx(), 'nginx is missing: apt-get install -y nginx').toBe(true));
  const PAGE = `<!doctype html><html><head><title>Step</title></head><body>${'<p>Words of the step.</p>'.repeat(40)}</body></html>`;
  const files: Record<string, string> = {
    'index.html': PAGE,
    'en/index.html': PAGE,
    'en/guide/index.html': PAGE,
    'en/guide/next-step/index.html': PAGE,
    '404.html': '<!doctype html><title>Page not found</title><p>Not here.</p>',
    '_astro/wizard.abc123.js': `console.log(${JSON.stringify('x'.repeat(400))});`,
    'flow-data/guide.v1.en.latest.abc.json': JSON.stringify({ steps: 'x'.repeat(400) }),
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  };
  const pageRules = `
/en/guide/
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'
  Cache-Control: public, max-age=300

/en/guide/next-step/
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-def='; frame-ancestors 'none'
  Cache-Control: public, max-age=300

/en/
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'

/404.html
  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'
`;
  const headersFile = `${readFileSync('public/_headers', 'utf8')}${pageRules}`;
  const rules = parseHeadersFile(headersFile);
  let dist: string;
  let site: RunningNginx;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'nexam-dist-'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dist, path)), { recursive: true });
      await writeFile(join(dist, path), text);
    }
    await mkdir(join(dist, '_seen/guide/v1/en'), { recursive: true });
    await writeFile(
      join(dist, '_seen/guide/v1/en/next-step.gif'),
      Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'),
    );
    await writeFile(join(dist, '_headers'), headersFile);
    const conf = nginxConfig(rules);
    await writeFile(join(dist, 'nginx-http.conf'), conf.http);
    await writeFile(join(dist, 'nginx-server.conf'), conf.server);
    site = await startNginx({ dist, port: await freePort() });
  });
  afterAll(async () => {
    await site?.stop();
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  it('sends each path exactly the headers _headers gives it (and the host default where it gives none)', async () => {
    for (const path of [
      '/',
      '/en/',
      '/en/guide/',
      '/en/guide/next-step/',
      '/_astro/wizard.abc123.js',
      '/flow-data/guide.v1.en.latest.abc.json',
      '/_seen/guide/v1/en/next-step.gif',
      '/favicon.svg',
    ]) {
      const res = await get(`${site.origin}${path}`);
      expect(res.status, path).toBe(200);
      expect(sent(rules, res.headers), path).toEqual(headersFor(rules, path));
    }
  });

  it('answers a path without its slash with a 301 to the path with it, keeping the query', async () => {
    const res = await get(`${site.origin}/en/guide?course=abc`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/en/guide/?course=abc');
  });

  it('answers anything not built with the 404 page, its own policy and status 404', async () => {
    for (const path of ['/en/nothing/', '/nothing', '/_astro/', '/_headers', '/nginx-http.conf', '/nginx-server.conf', '/404.html']) {
      const res = await get(`${site.origin}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toContain('Page not found');
      expect(res.headers['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers['x-frame-options'], path).toBe('DENY');
    }
  });

  it('compresses pages, scripts and data with gzip when asked, and says it varies', async () => {
    for (const path of ['/en/guide/', '/_astro/wizard.abc123.js', '/flow-data/guide.v1.en.latest.abc.json']) {
      const res = await get(`${site.origin}${path}`, { 'Accept-Encoding': 'gzip' });
      expect(res.headers['content-encoding'], path).toBe('gzip');
      expect(res.headers.vary, path).toBe('Accept-Encoding');
    }
    expect((await get(`${site.origin}/en/guide/`)).headers['content-encoding']).toBeUndefined();
  });

  it('serves a view signal as a 43-byte GIF, never stored and never answered "not modified"', async () => {
    const url = `${site.origin}/_seen/guide/v1/en/next-step.gif?from=start&answer=yes`;
    const first = await get(url);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('image/gif');
    expect(first.body).toHaveLength(43);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers.etag).toBeUndefined();
    const again = await get(url, { 'If-Modified-Since': first.headers['last-modified'] ?? new Date().toUTCString() });
    expect(again.status).toBe(200);
  });

  it('writes the combined log format without the address, user or referrer, the user agent kept', async () => {
    await get(`${site.origin}/_seen/guide/v1/en/next-step.gif?from=start&answer=yes`, {
      'User-Agent': 'Mozilla/5.0 (Test "quoted")',
      Referer: 'https://mail.example.org/inbox/jane',
    });
    const lines = (await readFile(site.accessLog, 'utf8')).trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(
      /^- - - \[\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "GET \/_seen\/guide\/v1\/en\/next-step\.gif\?from=start&answer=yes HTTP\/1\.1" 200 43 "-" "Mozilla\/5\.0 \(Test \\x22quoted\\x22\)"$/,
    );
    const log = lines.join('\n');
    expect(log).not.toContain('127.0.0.1');
    expect(log).not.toContain('jane');
  });
});
