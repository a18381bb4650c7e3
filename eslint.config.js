// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import compat from 'eslint-plugin-compat';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The layers of src/ and flows/, each importing only from the ones below it (README, "Layers"):
 *   pages -> components -> scripts (browser) | config.ts, site-flows.ts, flows/ (the site's values)
 *   -> lib/ (pure logic, values passed in; the interface words in lib/i18n/) -> schemas/ (shapes and their checks).
 * An import that reaches up fails the lint, naming the layer it may not use. The browser
 * modules and the site's values never import each other; a flow (graphs and words) imports
 * neither the configuration nor site-flows.ts (which loads it), nor interface words, nor test
 * fixtures. Tests (*.test.ts) may import any layer.
 */
/** @param {string} what @param {string[]} regexes */
const upward = (what, ...regexes) =>
  regexes.map((regex) => ({ regex, message: `${what} may not import this layer (see README, "Where things are").` }));
const SITE_VALUES = ['^(\\.\\./)+config\\.ts$', '^(\\.\\./)+site-flows\\.ts$', '^(\\.\\./)+flows/'];
const UI = ['(^|/)components/', '(^|/)pages/', '(^|/)integrations/'];
const BROWSER = ['(^|/)scripts/'];
const LOGIC = ['(^|/)lib/'];
const FIXTURES = ['(^|/)fixtures/'];
/**
 * @param {string[]} files @param {string} what @param {string[]} regexes @param {string[]} [ignores]
 * @returns {import('eslint').Linter.Config}
 */
const layer = (files, what, regexes, ignores = ['**/*.test.ts']) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: upward(what, ...regexes) }] },
});

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'screenshots/'] },
  // Stryker's reports and its sandbox (a copy of the project while `npm run test:mutation` runs).
  { ignores: ['reports/', '.stryker-tmp*/'] },
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
  layer(['src/schemas/**/*.ts'], 'src/schemas/ (shapes)', [...LOGIC, ...SITE_VALUES, ...BROWSER, ...UI]),
  layer(['src/lib/**/*.ts'], 'src/lib/ (pure logic, the interface words among it)', [...SITE_VALUES, ...BROWSER, ...UI]),
  layer(['src/scripts/**/*.ts'], 'src/scripts/ (browser modules)', [...SITE_VALUES, ...UI]),
  layer(['src/components/**/*.{ts,tsx,astro}'], 'src/components/', ['(^|/)pages/']),
  layer(['src/config.ts', 'src/site-flows.ts'], "src/config.ts and src/site-flows.ts (the site's values)", [
    ...BROWSER,
    ...UI,
    ...FIXTURES,
  ]),
  layer(['flows/**/*.ts'], 'flows/ (graphs and words)', [
    '(^|/)src/config\\.ts$',
    '(^|/)src/site-flows\\.ts$',
    '(^|/)lib/i18n/',
    ...BROWSER,
    ...UI,
    ...FIXTURES,
  ]),
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
