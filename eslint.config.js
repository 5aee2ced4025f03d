// Lint, and the layering rule that is the architecture: shared/ at the bottom (no electron, node:* or DOM),
// electron/ and renderer/ on top of it, never on each other (as VS Code's code-layering rule does).
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Every Node built-in by its bare name ('fs/promises', 'buffer'), from Node itself so that none is missed; the node:*
 * pattern below catches the prefixed names (node:fs/promises, and node:test that exists only with the prefix).
 */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('node:'));
/** import('fs') is not an import declaration, so no-restricted-imports does not see it; this selector does. */
const DYNAMIC_BUILTIN_IMPORT = ['ImportExpression[source.value=/^node:/]', ...NODE_BUILTINS.map((name) => `ImportExpression[source.value="${name}"]`)].join(', ');

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'docs/**', '.tmp/**', '.bench/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...NODE_BUILTINS].map((name) => ({ name, message: 'shared/ is pure TypeScript: no electron, node or DOM.' })),
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure TypeScript: no node:* imports.' },
            { group: ['**/electron/**', '**/renderer/**', '**/cli/**'], message: 'shared/ sits below electron/, renderer/ and cli/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer', '__dirname'],
      'no-restricted-syntax': ['error', { selector: DYNAMIC_BUILTIN_IMPORT, message: 'shared/ is pure TypeScript: no node modules, not even through import().' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...NODE_BUILTINS].map((name) => ({ name, message: 'The renderer reaches main only through window.rollcall.' })),
          patterns: [
            { group: ['node:*'], message: 'The renderer cannot use node:* modules.' },
            { group: ['**/electron/**', '**/cli/**'], message: 'renderer/ never imports electron/ or cli/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
      'no-restricted-syntax': ['error', { selector: DYNAMIC_BUILTIN_IMPORT, message: 'The renderer cannot use node modules, not even through import().' }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }] }],
    },
  },
);
