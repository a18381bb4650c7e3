// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import compat from 'eslint-plugin-compat';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'screenshots/'] },
  // Stryker's reports and its sandbox (a copy of the project while `npm run test:mutation` runs).
  { ignores: ['reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Hooks in the Preact islands: effect dependencies checked, hooks called unconditionally.
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Browser code is checked against package.json's "browserslist" (the supported browsers).
  { ...compat.configs['flat/recommended'], files: ['src/**/*.{ts,tsx,astro}'], ignores: ['src/**/*.test.ts', 'src/integrations/**'] },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
