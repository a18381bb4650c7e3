// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

export default defineConfig({
  // The public origin; used for canonical links. Change it with the deployment (see README).
  site: 'https://help.example.org',
  output: 'static',
  trailingSlash: 'always',
  integrations: [preact()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
  build: { format: 'directory', inlineStylesheets: 'always' },
});
