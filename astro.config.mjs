// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { securityHeaders } from './src/integrations/security-headers.ts';

export default defineConfig({
  // The public origin; used for canonical links. Change it with the deployment (see README).
  site: 'https://help.example.org',
  output: 'static',
  trailingSlash: 'always',
  integrations: [preact(), securityHeaders()],
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
    },
  },
  build: { format: 'directory', inlineStylesheets: 'always' },
});
