// Lint: recommended JS + TypeScript rules, and the architecture's arrows (README, "Architecture"): no import
// cycles; shared/ and db/ import no module; the import pipeline imports no domain module; no module imports the
// composition root app/; the web app imports from the server only what is allowed below.
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
      // The layers (README, "Architecture"): shared/ and db/ → auth/ → imports/, api/ → the domain modules → app/.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              // The bottom layer imports no module (its tests may). Migration 0010 is released and reads the vaccine
              // product list (src/vaccination/products.ts) for its CHECK and first seed; it stays as it was.
              target: ['src/shared/!(*.test).ts', 'src/db/!(*.test).ts', 'src/db/migrations/!(0010_vaccination).ts'],
              from: 'src/!(shared|db)/**',
              message: 'shared/ and db/ sit below every module: pass what they need in instead.',
            },
            {
              // The importer is handed the modules' kinds by the root (src/app/imports.ts); its tests may use them.
              target: 'src/imports/!(*.test).ts',
              from: 'src/!(shared|db|auth|api|imports)/**',
              message: 'The import pipeline knows no module: the composition root (src/app/) hands it their kinds.',
            },
            {
              // Only the root itself, tests and test support (src/test/, fixtures.ts, test-*.ts) use the root.
              target: ['src/!(*.test).ts', 'src/!(app|test)/**/!(*.test|fixtures|test-*).ts'],
              from: 'src/app',
              message: 'No module imports the composition root src/app/: it imports them.',
            },
            {
              // The browser app shares with the server the report's number formatting (one rule for "2.716") and
              // the typed catalogue pattern (src/shared/i18n.ts: Lang, Translation, the key checker), and nothing
              // else; add a file here only for types or pure functions the two must share.
              target: 'web/src',
              from: 'src',
              except: ['./reports/format.ts', './shared/i18n.ts'],
              message: 'web/src imports nothing from the server but the files allowed in eslint.config.js.',
            },
          ],
        },
      ],
    },
  },
  { files: ['web/src/**', 'web-public/**'], languageOptions: { globals: globals.browser } },
  {
    // The web app calls the API only through the typed client generated from the OpenAPI document, so a call
    // that the document does not describe does not type-check (the import upload keeps XMLHttpRequest for its
    // progress, with the document's types).
    files: ['web/src/**'],
    ignores: ['web/src/shared/api-client.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the API through the typed client: web/src/shared/api-client.ts.' },
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].map((object) => ({
          object,
          property: 'fetch',
          message: 'Call the API through the typed client: web/src/shared/api-client.ts.',
        })),
      ],
    },
  },
  // Tests walk arbitrary JSON answers.
  { files: ['**/*.test.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
