import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withTrailingSlash } from '../lib/trailing-slash.ts';

/**
 * Where the preview server sends `url` (a request's path and query): to its page's address
 * with the trailing slash, when it has none and that folder is a page (`isPage`); undefined
 * for everything else, which is served as it is (an unknown address gets the site's 404 page).
 */
export function previewRedirect(url: string, isPage: (path: string) => boolean): string | undefined {
  const parsed = new URL(url, 'http://preview.invalid');
  const target = withTrailingSlash(parsed.pathname);
  return target && isPage(target) ? `${target}${parsed.search}` : undefined;
}

/** Whether `path` (`/en/invitation-code/`) is a page of the built site in `root`: its folder has an `index.html`. */
export function isBuiltPage(root: string, path: string): boolean {
  let file: string;
  try {
    file = join(root, decodeURIComponent(path), 'index.html');
  } catch {
    return false;
  }
  return file.startsWith(join(root, '/')) && existsSync(file);
}

/**
 * `astro preview` answers as the hosts the README names do: an address without its trailing
 * slash is redirected (301) to its page, and an unknown address gets the site's own 404 page.
 * Astro's preview, with `trailingSlash: 'always'`, answered both with its developer 404 ("Not
 * Found (trailingSlash is set to "always")"): the UX review followed links without the slash
 * into it. The build keeps `'always'`; only the preview matches every address ('ignore'), and
 * a Vite preview proxy rule that never proxies (its `bypass` answers or lets the request
 * through) redirects before the static files are looked up: Astro's preview drops the
 * project's own Vite plugins, so there is no other place for it.
 */
export function previewSlash(): AstroIntegration {
  return {
    name: 'preview-slash',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'preview') return;
        const root = fileURLToPath(config.outDir);
        updateConfig({
          trailingSlash: 'ignore',
          vite: {
            preview: {
              proxy: {
                '^/': {
                  target: 'http://127.0.0.1:9',
                  bypass: (req, res) => {
                    const location = previewRedirect(req.url ?? '/', (path) => isBuiltPage(root, path));
                    if (location && res) res.writeHead(301, { location }).end();
                    // A string: never proxied, served from here on as any request is (or already answered).
                    return req.url ?? '/';
                  },
                },
              },
            },
          },
        });
      },
    },
  };
}
