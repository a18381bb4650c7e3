import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

/**
 * The unit tests' config (vitest.config.ts) as Stryker runs it (stryker.config.mjs): the same,
 * plus a setup file for fast-check (fast-check.setup.ts).
 */
export default defineConfig(async (env) =>
  mergeConfig(await base(env), { test: { setupFiles: ['scripts/mutation/fast-check.setup.ts'] } }),
);
