import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Kept apart from vite.config.ts: the crx plugin has no place in unit tests, and e2e tests run under Playwright.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/unit/setup-engine-host.ts'],
    // Building the spelling dictionary or compromise's lexicon takes seconds on a busy 2-core machine.
    testTimeout: 20_000,
  },
});
