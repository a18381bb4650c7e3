// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { previewSlash } from './src/integrations/preview-slash.ts';
import { viewSignals } from './src/integrations/view-signals.ts';
import { nginxHeaders } from './src/integrations/nginx-headers.ts';
import { siteFlows } from './src/site-flows.ts';
import { cspHash } from './src/lib/csp.ts';
import { JS_CLASS_SCRIPT } from './src/scripts/js-class.ts';
import { config, PLACEHOLDER_SITE } from './src/config.ts';

/**
 * Says loudly when a build uses the placeholder origin: canonical and shared links would point to it.
 * @type {import('astro').AstroIntegration}
 */
const placeholderOriginWarning = {
  name: 'placeholder-origin-warning',
  hooks: {
    'astro:build:done': ({ logger }) => {
      if (config.site === PLACEHOLDER_SITE)
        logger.warn(
          `\n\n  SITE_ORIGIN is not set: canonical and language links point to ${PLACEHOLDER_SITE}.\n  Fine locally; for production, build with SITE_ORIGIN=https://your-host npm run build.\n`,
        );
    },
  },
};

export default defineConfig({
  // The public origin, from SITE_ORIGIN through the validated configuration (see README).
  site: config.site,
  output: 'static',
  // Every page is a folder with its slash. `astro preview` redirects an address typed without it
  // (src/integrations/preview-slash.ts); on other hosts the 404 page does (src/pages/404.astro).
  trailingSlash: 'always',
  // In this order: the view signal files, then _headers completed per page, then nginx's
  // configuration generated from that _headers (so the two never disagree).
  integrations: [preact(), viewSignals(siteFlows), securityHeaders(), nginxHeaders(), previewSlash(), placeholderOriginWarning],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
  // Every page carries a Content-Security-Policy <meta> with the hashes of its scripts and
  // styles (no 'unsafe-inline'); public/_headers adds what a <meta> cannot (frame-ancestors).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "worker-src 'none'",
        "manifest-src 'self'",
      ],
      // The one inline script of every page's <head> (src/scripts/js-class.ts).
      scriptDirective: { hashes: [cspHash(JS_CLASS_SCRIPT)] },
    },
  },
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Scripts are compiled for the browsers the site supports: package.json's "browserslist".
  // Bundled by what a page loads, not left as one small shared file per module: gzip compresses
  // a page's code better in one file than in nine, and each file is a request (docs/adr/009).
  // Every step page loads `step` (the wizard: src/scripts/wizard.ts and all it imports); the date
  // question adds `date-answer`; the date's boxes (`date`) and a staff link's prefill (`prefill`)
  // also serve the forms and the staff map; the form islands (`form`) load Preact, Zod and both
  // forms' code together.
  vite: {
    build: {
      target: browserslistToEsbuild(),
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'step', test: /src\/scripts\/wizard\.ts$/, priority: 20 },
              { name: 'date', test: /src\/lib\/date-parts\.ts$/, priority: 18 },
              { name: 'prefill', test: /src\/lib\/(prefill|prefill-date|evaluation-date)\.ts$/, priority: 16 },
              {
                name: 'date-answer',
                test: /src\/(scripts\/(date-answer|date-error)|lib\/(invitation-validity|answer-guards))\.ts$/,
                priority: 15,
              },
              {
                name: 'form',
                test: /src\/components\/[^?]*\.tsx?$|src\/lib\/(contact-|email-address|mailto|lang-marks|character-count|plural)|src\/schemas\/|node_modules\/(preact|zod|@zootools|@astrojs)/,
                priority: 5,
              },
            ],
          },
        },
      },
    },
  },
});
