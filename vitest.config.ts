import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
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
    // Vitest's default is one worker fewer than the cores: one on CI's 2-core machine, which leaves a core idle once
    // the type check, lint and build that `npm test` runs beside the unit tests are done.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
