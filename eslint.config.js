import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.e2e-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // webextension-polyfill may be imported only by the platform layer.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Use src/platform/browser.ts.' }] },
      ],
    },
  },
  {
    files: ['src/platform/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The engine is pure: no DOM, no browser APIs, so it runs in Node and in the content script alike.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'navigator', 'localStorage'],
    },
  },
);
