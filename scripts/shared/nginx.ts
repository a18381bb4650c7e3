/**
 * Runs the site's own nginx configuration (`deploy/nginx/nexam-help.conf`) on a local port
 * for tests: a temporary prefix holds a minimal nginx.conf around that file, with only its
 * root (the build), its listen lines (127.0.0.1 and the port) and its access log's path
 * replaced. Runs Debian's nginx (NGINX_PATH for another) in the foreground as a child
 * process, waits for the port, and stops it with the process it started.
 *
 *   const site = await startNginx({ dist: 'dist', port: 4433 });
 *   // ... requests to site.origin; nginx's log is site.accessLog
 *   await site.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx, or NGINX_PATH. */
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** The MIME types nginx ships (Debian's path). */
const MIME_TYPES = process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types';
/** The site's configuration, as docs/deploy.md tells an operator to install it. */
const SITE_CONF = resolve(import.meta.dirname, '../../deploy/nginx/nexam-help.conf');

/** The placeholders of the site's configuration that a local run replaces. */
const DEPLOYED_ROOT = '/var/www/nexam-help';
const DEPLOYED_LOG = '/var/log/nginx/nexam-help.access.log';

/** Whether nginx is installed here (tests that need it say so when it is not). */
export function hasNginx(): boolean {
  return existsSync(NGINX) && existsSync(MIME_TYPES);
}

/**
 * The site's configuration for a local run: the root, the listen lines and the access log
 * replaced, everything else as deployed. Throws when one of them is no longer there, so the
 * tests never run a configuration that differs from the deployed one in another way.
 */
export function localSiteConf(conf: string, { dist, port, accessLog }: { dist: string; port: number; accessLog: string }): string {
  const replace = (text: string, from: string | RegExp, to: string, what: string) => {
    const out = text.replace(from, to);
    if (out === text) throw new Error(`deploy/nginx/nexam-help.conf: ${what} not found; update scripts/shared/nginx.ts`);
    return out;
  };
  let local = replace(conf, /^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`, '"listen 80;"');
  local = replace(local, /^\s*listen \[::\]:80;\n/m, '', '"listen [::]:80;"');
  local = replace(local, DEPLOYED_LOG, accessLog, DEPLOYED_LOG);
  local = replace(local, new RegExp(DEPLOYED_ROOT.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'g'), resolve(dist), DEPLOYED_ROOT);
  return local;
}

/** The whole nginx.conf of a local run: one worker, files under `prefix`, the site's configuration included. */
function mainConf(prefix: string): string {
  // As root (CI), the worker would switch to "nobody", which may not read a checkout under /root.
  const user = process.getuid?.() === 0 ? 'user root root;\n' : '';
  return `${user}worker_processes 1;
error_log ${prefix}/error.log notice;
pid ${prefix}/nginx.pid;
events { worker_connections 256; }
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  sendfile on;
  access_log off;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  include ${prefix}/site.conf;
}
`;
}

export interface RunningNginx {
  origin: string;
  /** nginx's access log of the site: what `npm run insights` reads. */
  accessLog: string;
  /** The temporary prefix (configuration, error log, pid). */
  prefix: string;
  /** Stops this nginx (gracefully, then by force after 5 s) and removes its prefix unless `keep`. */
  stop(options?: { keep?: boolean }): Promise<void>;
}

function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((done, fail) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null)
        return fail(new Error(`nginx exited (${child.exitCode ?? child.signalCode})`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        done();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`nginx did not listen on port ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Starts nginx on 127.0.0.1:`port` serving `dist` with the site's configuration. */
export async function startNginx({
  dist = 'dist',
  port,
  accessLog,
}: {
  dist?: string;
  port: number;
  /** Where nginx writes the site's access log (default: `access.log` in the prefix). */
  accessLog?: string;
}): Promise<RunningNginx> {
  if (!hasNginx()) throw new Error(`nginx is not installed at ${NGINX} (apt-get install -y nginx, or set NGINX_PATH)`);
  if (!existsSync(join(dist, 'nginx-http.conf'))) throw new Error(`${dist} has no nginx-http.conf: build the site first (npm run build)`);
  const prefix = await mkdtemp(join(tmpdir(), 'nexam-nginx-'));
  await mkdir(join(prefix, 'tmp'));
  const log = resolve(accessLog ?? join(prefix, 'access.log'));
  await writeFile(join(prefix, 'site.conf'), localSiteConf(await readFile(SITE_CONF, 'utf8'), { dist, port, accessLog: log }));
  await writeFile(join(prefix, 'nginx.conf'), mainConf(prefix));
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Never outlive the process that started it (a test run stopped with Ctrl-C, a crash).
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  void exited.then(() => process.off('exit', orphaned));
  try {
    await waitForPort(port, child, 10_000);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    const errors = await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '');
    await rm(prefix, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n${stderr}${errors}`, { cause: error });
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    accessLog: log,
    prefix,
    async stop({ keep = false } = {}) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      if (!keep) await rm(prefix, { recursive: true, force: true });
    },
  };
}
