import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The one spec that writes Chromium's machine-wide policy file, which every running Chromium reads. */
const MANAGED_POLICY_SPEC = /settings-managed\.spec\.ts$/;

/**
 * End-to-end tests run the system Chromium (never a downloaded browser) against the local fixture server
 * (test/e2e/support/server.ts); each spec starts the server and the browser itself through
 * test/e2e/support/launch.ts, so there is no webServer here.
 *
 * Two workers: a test spends most of its time waiting on the browser (typing pauses, Chromium starting), so two run
 * in about the time of one on a 2-core machine. Each worker has its own fixture server (a free port) and Chromium
 * profile (a temporary directory), and a spec's tests stay together in one worker, in order.
 * `E2E_WORKERS=1` runs them one at a time.
 */
export default defineConfig({
  testDir: '.',
  outputDir: path.join(repoRoot, 'test-results'),
  workers: Number(process.env.E2E_WORKERS ?? 2),
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
  projects: [
    { name: 'sites', testIgnore: MANAGED_POLICY_SPEC },
    {
      // Runs after every other spec has finished and its Chromium has closed, alone: a Chromium running beside it
      // would take the school's policy as its own. Run it by itself with
      // `npx playwright test --config test/e2e/playwright.config.ts --project=managed-policy --no-deps`.
      name: 'managed-policy',
      testMatch: MANAGED_POLICY_SPEC,
      dependencies: ['sites'],
    },
  ],
});
