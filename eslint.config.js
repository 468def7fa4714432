// @ts-check
/**
 * The project's lint rules, configured once: the recommended rules for JavaScript, TypeScript, Astro
 * components and accessibility in JSX and Astro markup, and the boundaries between the layers the
 * README describes, so that a file cannot reach where its code does not run.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * role="list" on a list is not redundant: Safari drops a list's semantics when its bullets are styled
 * away, and screen-reader users then lose "list, 4 items".
 */
const listRoles = { ul: ['list'], ol: ['list'] };

/**
 * An import that would cross a boundary, and why it may not.
 * @param {string[]} patterns
 * @param {string} message
 * @returns {import('eslint').Linter.RuleEntry}
 */
const forbid = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'data/',
      'public/',
      'content/',
      'docs/',
      '**/*.tmp.mjs',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
    rules: { ...jsxA11y.configs.recommended.rules, 'jsx-a11y-x/no-redundant-roles': ['error', listRoles] },
  },
  {
    files: ['**/*.astro'],
    rules: { 'astro/jsx-a11y/no-redundant-roles': ['error', listRoles] },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` says a value is left unused on purpose (a header taken out of a spread, say).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The staff service stands beside the site and never renders its components. (Its browser code,
    // server/client/, is held to the browser's rule below, which comes later and so wins.)
    files: ['server/**'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/src/components/**', '**/src/pages/**', '**/src/layouts/**'],
        "The staff service imports nothing from the site's components, pages or layouts.",
      ),
    },
  },
  {
    // Code that runs in a reader's or a staff member's browser.
    files: ['src/client/**', 'server/client/**', 'src/components/islands/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': forbid(
        ['node:*', 'fs', 'path', 'crypto', 'child_process'],
        'This runs in the browser, where there is no Node.js.',
      ),
    },
  },
  {
    // Pure logic, used by pages, the browser and the service alike.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/components/**', '**/pages/**', '**/layouts/**', 'astro:*', '**/*.astro'],
        'src/lib/ is logic that pages, the browser and the service share: it imports no component, page, layout or Astro module.',
      ),
    },
  },
  {
    // The translations: below the logic, which may use them.
    files: ['src/i18n/**'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/lib/**'],
        'src/i18n/ imports nothing from src/lib/, which imports from it; put a shared type in src/i18n/texts.ts.',
      ),
    },
  },
);
