import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Globals per environment. For TypeScript files typescript-eslint turns `no-undef` off (tsc
// checks names, with Node types only outside the renderer: tsconfig.web.json), so the renderer and
// shared/ also name the other side's globals in `no-restricted-globals`.
const everywhere = Object.fromEntries(
  ['console', 'URL', 'URLSearchParams', 'TextDecoder', 'TextEncoder', 'structuredClone', 'queueMicrotask', 'setTimeout', 'clearTimeout', 'AbortController', 'AbortSignal', 'performance', 'crypto'].map((name) => [name, 'readonly']),
);
const NODE_ONLY = ['process', 'Buffer', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate'];
const BROWSER_ONLY = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'EventSource'];
const node = { ...everywhere, ...Object.fromEntries(['process', 'Buffer', 'require', '__dirname', '__filename', 'fetch', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'].map((n) => [n, 'readonly'])), module: 'writable', exports: 'writable' };
const browser = { ...everywhere, ...Object.fromEntries([...BROWSER_ONLY, 'fetch', 'setInterval', 'clearInterval'].map((n) => [n, 'readonly'])) };
const RENDERER_ONLY = { group: ['**/electron/**', 'electron', 'node:*', 'better-sqlite3'], message: 'The renderer talks to main only through renderer/src/api.ts.' };
const restricted = (names, message) => names.map((name) => ({ name, message }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'no-restricted-globals': ['error', ...restricted(NODE_ONLY, 'The renderer runs in a sandboxed page: Node is not there.')],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [RENDERER_ONLY] }],
    },
  },
  {
    // Screens and components read through the data layer (stores/query-store: useQuery, mutate)
    // and the stores; the few calls that are not data go through stores/actions. Never the client.
    files: ['renderer/src/screens/**/*.{ts,tsx}', 'renderer/src/components/**/*.{ts,tsx}', 'renderer/src/lib/**/*.{ts,tsx}', 'renderer/src/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            RENDERER_ONLY,
            { group: ['**/api', '**/api.ts'], message: 'Screens and components go through the data layer: useQuery/mutate (stores/query-store), a store, or stores/actions. Errors come from api-errors.' },
          ],
        },
      ],
    },
  },
  {
    // shared/ is pure: both sides import it, so it imports neither.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: everywhere },
    rules: {
      'no-restricted-globals': ['error', ...restricted([...NODE_ONLY, ...BROWSER_ONLY], 'shared/ runs on both sides: neither Node nor the page is there.')],
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'node:*', 'better-sqlite3', 'react', 'react-dom', '**/electron/**', '**/renderer/**'], message: 'shared/ stays pure TypeScript.' }] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The core and the CLI run without Electron.' }] }],
    },
  },
  {
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Tests poke at untyped JSON (CLI output, API answers); `any` there is honest.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
