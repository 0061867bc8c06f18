// Lint rules are part of the architecture: the zones below are the import rules of
// ARCHITECTURE.md ("Rules"), so a forbidden dependency fails `npm test`, not a code review.
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

/** @returns {import('eslint').Linter.RulesRecord} */
const restrict = (paths, patterns) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

const PLATFORM = 'shared/ is the runtime-neutral domain core: it imports no platform module.';
const sharedPaths = platformModules.map((name) => ({ name, message: PLATFORM }));
const sharedPatterns = [
  { group: ['node:*', 'fs/*', 'electron/*', 'react-dom/*'], message: PLATFORM },
  {
    group: ['**/renderer/**', '**/electron/**', '**/cli/**', '**/tests/**', '**/bench/**'],
    message: 'shared/ imports nothing outside shared/.',
  },
];

/** shared/**: the domain core (ARCHITECTURE.md, "Rules"). */
export const sharedImportRule = restrict(sharedPaths, sharedPatterns);

/** shared/model: record schemas depend on nothing else of shared/ (they are the leaves). */
export const modelImportRule = restrict(sharedPaths, [
  ...sharedPatterns,
  {
    group: ['../*/**'],
    message: 'shared/model imports no other shared/ folder: records are the leaves of the core.',
  },
]);

const rendererPaths = [
  { name: 'electron', message: 'The renderer talks to the host only through renderer/platform.' },
];
const rendererPatterns = [
  {
    group: ['**/electron/**', '**/cli/**', 'node:*'],
    message: 'The renderer talks to the host only through renderer/platform.',
  },
];

/** renderer/**: the React app. */
export const rendererImportRule = restrict(rendererPaths, rendererPatterns);

/** renderer/store: the encrypted store knows nothing of the screens that use it. */
export const storeImportRule = restrict(rendererPaths, [
  ...rendererPatterns,
  {
    group: ['**/features/**', '**/app/**', '../features', '../app'],
    message: 'renderer/store never imports features or app: screens depend on the store, not back.',
  },
]);

/** What a screen may not compute for itself: a case's fold, its deadlines, its vendors'
 *  statuses. Each is a fact other screens show too; they read the case view instead. */
export const CASE_VIEW_NAMES = [
  'foldEvents',
  'applyEvents',
  'computeDeadlines',
  'vendorStatus',
  'vendorRows',
];

/** renderer/features/*: a feature reaches another only through that feature's index, and
 *  reads a case's derived facts from the case view (issue 24), never computes them. */
export const featureImportRule = restrict(rendererPaths, [
  ...rendererPatterns,
  {
    regex: String.raw`^\.\./[^./][^/]*/`,
    message: "Features import each other only through the other feature's index (../feature).",
  },
  {
    group: ['**/shared/workflow', '**/shared/workflow/*'],
    importNames: CASE_VIEW_NAMES,
    message:
      'Screens read a case through its view (useCaseViews / useCaseView, renderer/store/case-views.ts), so every screen gives one answer; they never fold events, date deadlines or derive vendor statuses themselves.',
  },
]);

const NO_NETWORK =
  'No network from main (ARCHITECTURE.md §5): the session blocks the renderer, and electron/ opens no socket, resolves no name and fetches nothing itself.';

/** Node's networking, under both spellings. */
const nodeNetworkModules = ['http', 'https', 'http2', 'net', 'dns', 'tls', 'dgram', 'undici'];

/** Globals that reach the network from main (Node's fetch and friends). */
const networkGlobals = ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest'];

/** Electron APIs of main that talk to the network or hand a URL to another program. */
const electronNetworkApis = ['net', 'netLog', 'crashReporter', 'autoUpdater'];

const NEVER_REQUIRE_ELECTRON = {
  selector: "CallExpression[callee.name='require'][arguments.0.value='electron']",
  message: 'Never load electron in tests or shared code.',
};

const WRITE =
  'Components call operations (useOperations(<area>Operations), ARCHITECTURE.md §7b) and render the result; they never write to the store themselves.';

/** renderer/features/**\/*.tsx: a component writes only through its area's operations
 *  (issue 24): no case-write path, no Dexie, no transaction, no repository put or delete.
 *  @type {import('eslint').Linter.RulesRecord} */
export const componentWriteRule = {
  ...restrict(rendererPaths, [
    ...featureImportRule['no-restricted-imports'][1].patterns,
    {
      group: ['**/store/case-writes', '**/store/db', 'dexie', 'dexie-react-hooks'],
      message: WRITE,
    },
  ]),
  'no-restricted-syntax': [
    'error',
    NEVER_REQUIRE_ELECTRON,
    { selector: "CallExpression[callee.property.name='transact']", message: WRITE },
    {
      selector:
        'CallExpression[callee.property.name=/^(put|delete)$/][callee.object.object.property.name=/^(repos|attachments)$/]',
      message: WRITE,
    },
    {
      selector:
        "CallExpression[callee.property.name=/^(put|delete)$/][callee.object.property.name='attachments']",
      message: WRITE,
    },
    {
      selector:
        "CallExpression[callee.object.name='store'][callee.property.name=/^(create|unlock|changePassphrase|backup|restore|verifyAuditLog)$/]",
      message: WRITE,
    },
  ],
};

/** electron/: the main process and preload.
 *  @type {import('eslint').Linter.RulesRecord} */
export const electronImportRule = {
  ...restrict(
    [
      ...nodeNetworkModules.flatMap((name) => [
        { name, message: NO_NETWORK },
        { name: `node:${name}`, message: NO_NETWORK },
      ]),
      { name: 'electron', importNames: electronNetworkApis, message: NO_NETWORK },
    ],
    [
      {
        group: ['**/renderer/**', '**/cli/**'],
        message: 'electron/ imports nothing of the renderer or the CLI.',
      },
      {
        regex: String.raw`(^|/)shared/(?!(ipc|security)/)`,
        message:
          'electron/ imports only shared/ipc (the contract) and shared/security from shared/.',
      },
      { group: nodeNetworkModules.flatMap((m) => [`${m}/*`, `node:${m}/*`]), message: NO_NETWORK },
    ],
  ),
  'no-restricted-globals': [
    'error',
    ...networkGlobals.map((name) => ({ name, message: NO_NETWORK })),
  ],
  'no-restricted-syntax': [
    'error',
    NEVER_REQUIRE_ELECTRON,
    {
      // globalThis.fetch, electron.net.request, shell.openExternal(url), ...
      selector: `MemberExpression[property.name=/^(${[...networkGlobals, ...electronNetworkApis, 'openExternal'].join('|')})$/]`,
      message: NO_NETWORK,
    },
    {
      selector: `ImportExpression[source.value=/^(node:)?(${nodeNetworkModules.join('|')})(\\x2f|$)/]`,
      message: NO_NETWORK,
    },
    {
      selector: `CallExpression[callee.name='require'][arguments.0.value=/^(node:)?(${nodeNetworkModules.join('|')})(\\x2f|$)/]`,
      message: NO_NETWORK,
    },
  ],
};

/** cli/: the Node CLI over shared/. */
export const cliImportRule = restrict(
  [],
  [
    {
      group: ['**/renderer/**', '**/electron/**'],
      message: 'cli/ imports shared/ and Node only, never renderer/ or electron/.',
    },
  ],
);

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
      'shared/advisory/generated/',
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
      'no-restricted-syntax': ['error', NEVER_REQUIRE_ELECTRON],
    },
  },
  { files: ['shared/**/*.ts'], rules: sharedImportRule },
  { files: ['shared/model/**/*.ts'], ignores: ['**/*.test.ts'], rules: modelImportRule },
  { files: ['renderer/**/*.{ts,tsx}'], rules: rendererImportRule },
  { files: ['renderer/store/**/*.{ts,tsx}'], rules: storeImportRule },
  { files: ['renderer/features/**/*.{ts,tsx}'], rules: featureImportRule },
  { files: ['renderer/features/**/*.tsx'], rules: componentWriteRule },
  { files: ['electron/**/*.ts'], rules: electronImportRule },
  { files: ['cli/**/*.ts'], rules: cliImportRule },
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
