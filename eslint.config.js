import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const TS = '*.{ts,tsx}';
const TESTS = '*.test.{ts,tsx}';
/** Shared code: may be imported by features and the app, never the other way round. */
const SHARED_DIRS = ['components', 'lib', 'config', 'theme', 'contract'];
/** Test-only code may start the simulator (msw/node); it never reaches a bundle. */
const TEST_ONLY = ['src/**/*.test.{ts,tsx}', 'src/testing/**'];
/** The one place that may import mocks: the dynamic import that starts the simulator. */
const MOCKS_ENTRY = 'src/main.tsx';

/** Sub-folder names of `dir` (relative to the repo), or [] when it does not exist yet. */
function subdirs(dir) {
  try {
    return readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** How many folders deep the deepest file under `dir` sits (0 = files directly in `dir`). */
function maxDepth(dir) {
  const below = subdirs(dir).map((name) => 1 + maxDepth(join(dir, name)));
  return Math.max(0, ...below);
}

/** Globs for files exactly `depth` folders below `base`: one pattern per depth. */
function atDepth(base, depth, leaf) {
  return `${base}/${'*/'.repeat(depth)}${leaf}`;
}

/** `../` repeated n times, as a regex source. */
const up = (n) => `(\\.\\./){${String(n)}}`;

const noMocks = [
  {
    regex: '^@mocks(/|$)',
    caseSensitive: true,
    message: 'The app never imports the simulator; only src/main.tsx starts it (dynamic import).',
  },
  {
    regex: '^\\.\\.?/(.*/)?mocks(/|$)',
    caseSensitive: true,
    message: 'The app never imports the simulator; only src/main.tsx starts it (dynamic import).',
  },
];

/**
 * Browser code writes zod/mini: one classic schema anywhere keeps every string format of zod's core
 * (the module the first screen shares with every route) in the first screen's bundle.
 */
const classicZod = {
  selector: "ImportDeclaration[source.value='zod'], ImportExpression > Literal[value='zod']",
  message:
    "Write schemas with 'zod/mini': classic zod keeps unused zod code on the first screen (ADR 0016).",
};

/**
 * MUI 9's Typography takes a palette colour's name (`textSecondary`, `error`), no longer a path
 * (`text.secondary`), which it passes on silently as an unknown colour.
 */
const typographyColor = {
  selector:
    "JSXOpeningElement[name.name='Typography'] > JSXAttribute[name.name='color'] Literal[value=/\\./]",
  message: "Typography's color is a palette name: 'textSecondary', not 'text.secondary'.",
};

const noAppInTesting = [
  {
    regex: '^(@/|(\\.\\./)+(src/)?)app(/|$)',
    caseSensitive: true,
    message:
      'src/testing never imports the app: take its routes as a parameter, handed in by the tests in src/app.',
  },
];

/** A feature never imports another feature, by alias or by relative path. */
function otherFeatures(feature, depth) {
  const notSelf = `(?!${feature}(/|$))`;
  const message = `Feature "${feature}" may not import another feature: move what both need to components/, lib/ or contract/.`;
  return [
    { regex: `^@/features/${notSelf}`, caseSensitive: true, message },
    // depth+1 levels up is src/features/, depth+2 is src/, depth+3 is the repo root.
    { regex: `^${up(depth + 1)}${notSelf}[^./]`, caseSensitive: true, message },
    { regex: `^${up(depth + 2)}features/${notSelf}`, caseSensitive: true, message },
    { regex: `^${up(depth + 3)}src/features/${notSelf}`, caseSensitive: true, message },
  ];
}

/** Shared code depends on nothing above it. */
function noUpwardImports(depth) {
  const message =
    'Shared code (components, lib, config, theme, contract) may not import features or the app.';
  return [
    { regex: '^@/(features|app)(/|$)', caseSensitive: true, message },
    { regex: `^${up(depth + 1)}(features|app)(/|$)`, caseSensitive: true, message },
    { regex: `^${up(depth + 2)}src/(features|app)(/|$)`, caseSensitive: true, message },
  ];
}

/** Two blocks per folder depth: app code (no mocks) and its tests (may use the simulator). */
function boundaryBlocks(name, base, depthOf, patternsAt) {
  const blocks = [];
  for (let depth = 0; depth <= depthOf; depth++) {
    const patterns = patternsAt(depth);
    blocks.push(
      {
        name: `upshift/boundaries/${name}/depth-${String(depth)}`,
        files: [atDepth(base, depth, TS)],
        ignores: [...TEST_ONLY, MOCKS_ENTRY],
        rules: { 'no-restricted-imports': ['error', { patterns: [...noMocks, ...patterns] }] },
      },
      {
        name: `upshift/boundaries/${name}/tests-depth-${String(depth)}`,
        files: [atDepth(base, depth, TESTS)],
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      },
    );
  }
  return blocks;
}

const featureBlocks = subdirs('src/features').flatMap((feature) => {
  const base = `src/features/${feature}`;
  return boundaryBlocks(`feature-${feature}`, base, maxDepth(base), (depth) =>
    otherFeatures(feature, depth),
  );
});

const sharedDepth = Math.max(0, ...SHARED_DIRS.map((dir) => maxDepth(`src/${dir}`)));
const sharedBlocks = boundaryBlocks(
  'shared',
  `src/{${SHARED_DIRS.join(',')}}`,
  sharedDepth,
  noUpwardImports,
);

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-e2e*',
    'dist-prod*',
    'coverage',
    'playwright-report*',
    'test-results*',
    'bench-results',
    'bench/.out',
  ]),
  {
    name: 'upshift/base',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    extends: [js.configs.recommended],
  },
  {
    name: 'upshift/node-globals',
    files: [
      '*.{js,mjs,ts}',
      'scripts/**',
      'e2e/**',
      'bench/*.ts',
      'bench/figures/**',
      'bench/floor/*.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'upshift/browser-globals',
    files: ['src/**', 'mocks/**', 'bench/floor/src/**', 'public/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'upshift/typescript',
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    name: 'upshift/react-hooks',
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.{ts,tsx}', 'bench/floor/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    name: 'upshift/boundaries/src-no-mocks',
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...TEST_ONLY, MOCKS_ENTRY],
    rules: {
      'no-restricted-imports': ['error', { patterns: noMocks }],
      // no-restricted-imports does not see import(): catch a dynamic import of the simulator too.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ImportExpression > Literal[value=/^(@mocks|\\.\\.?\\x2F(.*\\x2F)?mocks)(\\x2F|$)/]',
          message: 'The app never imports the simulator; only src/main.tsx starts it.',
        },
        classicZod,
        typographyColor,
      ],
    },
  },
  {
    // Tests would set classic zod's English messages for every schema they run; only the
    // simulator's controls (served by the Node server and the standalone service worker, never
    // loaded by a page) may use it.
    name: 'upshift/zod-mini',
    files: [...TEST_ONLY, MOCKS_ENTRY, 'mocks/**/*.ts'],
    ignores: [
      'mocks/http-server/**',
      'mocks/worker/**',
      'mocks/core/control-schemas.ts',
      'mocks/core/simulator-controls.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', classicZod] },
  },
  {
    // Test utilities sit below the app: what they need of it (routes) the app's tests hand in.
    name: 'upshift/boundaries/testing-no-app',
    files: ['src/testing/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: noAppInTesting }] },
  },
  ...sharedBlocks,
  ...featureBlocks,
]);
