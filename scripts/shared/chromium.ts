/**
 * The system's Chromium and the flags it runs headless with here: the browser tests
 * (playwright.config.ts), the bench, Lighthouse and `npm run screenshots` all launch it this
 * way. CHROMIUM_PATH points to another Chrome or Chromium on machines without Debian's
 * `/usr/bin/chromium`.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox (root), no GPU, no calls home of its own (this machine's network refuses them). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
