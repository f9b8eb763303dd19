// Lint: recommended JS + TypeScript rules, and the architecture's arrows (README, "Architecture"): no import
// cycles; shared/ and db/ import no domain module; no module imports the composition root app/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'data/', 'test-artifacts/', 'reference-data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  prettier,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  { files: ['web/src/**', 'web-public/**'], languageOptions: { globals: globals.browser } },
  // Tests walk arbitrary JSON answers.
  { files: ['**/*.test.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
