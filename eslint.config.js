// One lint setup for the whole repository. The layering rules below are the
// architecture: a package may only import what its layer allows.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import { articleStatuses, editStates, factKinds } from './packages/contract/src/article.ts';
import { ruleIds } from './packages/contract/src/rules.ts';
import { winnowPlugin } from './tooling/eslint/plugin.ts';

const vocabularyRegistry = 'packages/contract/src/article.ts';
const vocabularySets = [
  { name: 'status', words: articleStatuses, registry: vocabularyRegistry },
  { name: 'edit state', words: editStates, registry: vocabularyRegistry },
  { name: 'fact kind', words: factKinds, registry: vocabularyRegistry },
];
// 'manual' is also an edit's origin (pipeline or manual), another vocabulary: left out.
const vocabularyIds = [
  {
    name: 'cleaning rule id',
    words: ruleIds.filter((id) => id !== 'manual'),
    registry: 'packages/contract/src/rules.ts',
  },
];
const nodeBuiltins = ['node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)];

const layer = (files, banned, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: banned, message }] }],
  },
});

// What may not enter a layer that runs anywhere (renderer, worker, service, tests).
const notPortable = [...nodeBuiltins, 'electron', 'electron/*', '@winnow/store', '@winnow/service'];

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
].map((name) => ({
  name,
  message: 'Pure layers (contract, text, facts, bundle) must not touch the DOM.',
}));
const nodeGlobals = [
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
].map((name) => ({
  name,
  message: 'Pure layers (contract, text, facts, bundle) must not rely on Node globals.',
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/out/**',
      '**/dist/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.corpus/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  // Files small enough to read in one sitting. Message catalogues are lists of words, and
  // grow with the desk; they are the one exception (styles are CSS, not linted here).
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js'],
    ignores: ['apps/desktop/src/renderer/src/i18n/messages.ts'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  // One vocabulary: statuses, edit states and fact kinds are spelled in the contract only,
  // cleaning rule ids in its rule registry. Tests spell the words on purpose: they check
  // what the code says against fixed text. The desk's catalogues of words for each rule
  // are keyed by rule id and typed by the registry's ids (the compiler checks each key).
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'],
    plugins: { winnow: winnowPlugin },
    rules: { 'winnow/vocabulary': ['error', { sets: vocabularySets, ids: vocabularyIds }] },
  },
  {
    files: ['apps/desktop/src/renderer/src/i18n/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'winnow/vocabulary': ['error', { sets: vocabularySets }] },
  },
  // vitest's asymmetric matchers (expect.stringMatching, …) are typed `any`.
  { files: ['**/*.test.ts'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  // Library code reports through a logger, never the console.
  { files: ['packages/**/*.ts'], rules: { 'no-console': 'error' } },
  // Config files are loaded by tools that expect a default export.
  // …and so are modules declared for untyped packages.
  {
    files: ['**/*.config.ts', '**/*.config.js', '**/*.d.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    ...layer(
      ['packages/text/src/**', 'packages/facts/src/**', 'packages/bundle/src/**'],
      notPortable,
      'contract, text, facts and bundle run anywhere: no Node built-ins, no electron, no store or service.',
    ),
  },
  {
    files: [
      'packages/contract/src/**',
      'packages/text/src/**',
      'packages/facts/src/**',
      'packages/bundle/src/**',
    ],
    rules: { 'no-restricted-globals': ['error', ...domGlobals, ...nodeGlobals] },
  },
  // Inside the service, a feature folder imports only the folders below it (lowest first);
  // the root (service.ts, index.ts) wires them together. Tests go through the root.
  {
    files: ['packages/service/src/**/*.ts'],
    plugins: { winnow: winnowPlugin },
    rules: {
      'winnow/feature-layers': [
        'error',
        {
          root: 'packages/service/src',
          layers: [
            'shared',
            'articles',
            'facts',
            'cleaning',
            'decisions',
            'import',
            'bundles',
            'export',
            'fragments',
          ],
        },
      ],
    },
  },
  layer(
    ['packages/contract/src/**'],
    [...notPortable, '@winnow/*'],
    'The contract runs anywhere and depends on no other Winnow package: no Node built-ins, no electron, no @winnow/*.',
  ),
  layer(
    ['packages/store/**', 'packages/service/**', 'apps/cli/**', 'bench/**', 'e2e/**', 'scripts/**'],
    ['electron', 'electron/*'],
    'Only apps/desktop/src/main and src/preload may import electron (importing it elsewhere tries to download a binary).',
  ),
  layer(
    ['apps/desktop/src/renderer/**'],
    [
      ...nodeBuiltins,
      'electron',
      'electron/*',
      '@winnow/store',
      '@winnow/service',
      '@winnow/text',
      '@winnow/facts',
      '@winnow/bundle',
    ],
    'The renderer talks only to WinnowClient: it imports contract types and its own code, nothing from Node.',
  ),
);
