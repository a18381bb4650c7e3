import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { FlowModel } from '../lib/flows/model.ts';
import { LOCALES, type Locale } from '../schemas/flow.ts';
import { SIGNAL_CACHE_CONTROL, SIGNAL_GIF_BASE64, parseSignal, signalFiles } from '../lib/view-signal.ts';

/**
 * Every signal file the site's pages may load (ADR 008, src/lib/view-signal.ts): per flow,
 * version, locale and step, the step's view, and on final steps the two answers to "Did
 * this solve it?". One list per step and version, not per URL style: a pinned and a latest
 * page of the same step send the same signal.
 */
export function viewSignalPaths(flows: readonly FlowModel[], locales: readonly Locale[] = LOCALES): string[] {
  return flows.flatMap((flow) =>
    flow.versions.flatMap((version) =>
      locales.flatMap((locale) =>
        version.steps.flatMap((step) => signalFiles({ flow: flow.id, version: version.version, locale, step: step.slug }, step.final)),
      ),
    ),
  );
}

/**
 * Writes the signal files into the build (`dist/_seen/…`), all the same 43-byte transparent
 * GIF, so that any static host serves them as it serves the pages; `public/_headers` makes
 * them uncacheable. The dev server answers the same paths, so pages that load them stay quiet there.
 */
export function viewSignals(flows: () => readonly FlowModel[]): AstroIntegration {
  const gif = Buffer.from(SIGNAL_GIF_BASE64, 'base64');
  return {
    name: 'view-signals',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.method !== 'GET' || !req.url || !parseSignal(req.url)) return next();
          res.writeHead(200, { 'Content-Type': 'image/gif', 'Content-Length': gif.length, 'Cache-Control': SIGNAL_CACHE_CONTROL });
          res.end(gif);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const paths = viewSignalPaths(flows());
        const root = fileURLToPath(dir);
        for (const path of paths) {
          const file = `${root}${path.slice(1)}`;
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, gif);
        }
        logger.info(`wrote ${paths.length} view signal files under /_seen/`);
      },
    },
  };
}
