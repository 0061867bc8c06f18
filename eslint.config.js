// Lint rules are part of the architecture: the zones below are the import rules of
// DESIGN.md §2, so a forbidden dependency fails `npm test`, not a code review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const platformModules = [
  'electron',
  'react',
  'react-dom',
  'dexie',
  'dexie-react-hooks',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'buffer',
  'stream',
  'url',
  'util',
];

/** @type {import('eslint').Linter.RulesRecord} */
export const sharedImportRule = {
  'no-restricted-imports': [
    'error',
    {
      paths: platformModules.map((name) => ({
        name,
        message: 'shared/ is the runtime-neutral domain core: no platform modules (DESIGN.md §2).',
      })),
      patterns: [
        {
          group: ['node:*', 'fs/*', 'electron/*', 'react-dom/*'],
          message:
            'shared/ is the runtime-neutral domain core: no platform modules (DESIGN.md §2).',
        },
        {
          group: ['**/renderer/**', '**/electron/**', '**/cli/**', '**/tests/**', '**/bench/**'],
          message: 'shared/ imports nothing outside shared/ (DESIGN.md §2).',
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'dist-cli/',
      'release/',
      'coverage/',
      'tests/lint-fixtures/',
      'renderer/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', '.ci/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      'import-x/no-default-export': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='require'][arguments.0.value='electron']",
          message: 'Never load electron in tests or shared code.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: sharedImportRule,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to the host only through renderer/platform.',
            },
          ],
          patterns: [
            {
              group: ['**/electron/**', '**/cli/**', 'node:*'],
              message:
                'The renderer talks to the host only through renderer/platform (DESIGN.md §2).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/cli/**'],
              message:
                'electron/ imports only shared/ipc and shared/security from the app (DESIGN.md §2).',
            },
          ],
        },
      ],
    },
  },
  {
    // Config files are loaded by tools that expect a default export.
    files: ['*.config.{js,ts}', 'vite.config.ts', 'vitest.config.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
