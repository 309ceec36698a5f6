// Lint for the whole repository: typescript-eslint's strict rules, the hooks rules for the
// Preact components, and one import style for product code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const RELATIVE_UP = { group: ['../*'], message: 'Import from outside this folder with @/ (the repository root).' };

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'tests/world/.build/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // One import style: `@/` for anything outside the importing file's folder, `./` within it.
    // The simulated world is its own program and keeps relative imports.
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    ignores: ['tests/world/**', 'utils/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [RELATIVE_UP] }],
    },
  },
  {
    // The layers (docs/ARCHITECTURE.md): utils/ is below the UI and the entrypoints.
    files: ['utils/**/*.ts', 'utils/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            RELATIVE_UP,
            {
              group: ['@/components/*', '@/entrypoints/*'],
              message: 'utils/ may not import components/ or entrypoints/ (docs/ARCHITECTURE.md, layers).',
            },
          ],
        },
      ],
    },
  },
  {
    // The world is an independent judge: it never imports the extension's code.
    files: ['tests/world/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/*', '**/utils/*', '**/components/*', '**/entrypoints/*'],
              message: 'The simulated world must not import product code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Hooks exist only in components (the side panel, the doctor) and the world's React UI.
    files: ['components/**/*.tsx', 'components/**/*.ts', 'tests/world/client/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // In tests and benches a failed `!` throws, which fails the run: that is the assertion.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
