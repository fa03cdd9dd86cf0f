import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * End-to-end tests run the system Chromium (never a downloaded browser) against the local fixture server
 * (test/e2e/support/server.ts); each spec starts the server and the browser itself through
 * test/e2e/support/launch.ts, so there is no webServer here.
 */
export default defineConfig({
  testDir: '.',
  outputDir: path.join(repoRoot, 'test-results'),
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  // CI runs on a loaded 2-core machine: one retry, reported as flaky, so a timing hiccup is seen but not fatal.
  retries: process.env.CI ? 1 : 0,
  use: {
    // Only for specs that use Playwright's built-in `page`/`browser` fixtures.
    launchOptions: { executablePath: '/usr/bin/chromium' },
    ignoreHTTPSErrors: true,
  },
});
