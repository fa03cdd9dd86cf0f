/**
 * Settings from the school's IT admin through Chrome policy (chrome.storage.managed), for real: a policy file in
 * /etc/chromium/policies/managed/ for the extension's fixed id (manifest.json `key`), read by Debian's Chromium
 * against the managed schema the build writes from the settings definition. Needs root to write the file; the
 * file is removed after the tests, even when they fail.
 *
 * The values are chosen so that another Chromium started on this machine meanwhile is not disturbed: a test
 * class name and alias nobody else types, and one invalid value (which Post Guard ignores).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import {
  axeViolations,
  badgeStatus,
  DIST_DIR,
  openExtensionPage,
  typeLikeAPerson,
} from './helpers/extension-test';
import { ExtensionWorld } from './helpers/extension-world';
import { launchWithExtension, type LaunchedExtension } from './support/launch';
import { startFixtureServer, type FixtureServer } from './support/server';

const EXTENSION_ID = 'hcjkidckaclmcaeoiofbmekmgdmfhdfa';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'post-guard-test.json');
const SHOTS = process.env.POST_GUARD_SHOTS;

function writePolicy(values: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }));
}

const removePolicy = (): void => rmSync(POLICY_FILE, { force: true });

const MANAGED = {
  classNames: ['Zebra Test Class'],
  schoolAliases: ['Post Guard Test Academy'],
  // Not one of confirm, reason, block, nor one of them in another case ("Block" is read as meant): Post Guard must
  // ignore it, say so, and keep working.
  criticalAction: 'warn',
};

let server: FixtureServer;
let extension: LaunchedExtension;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  writePolicy(MANAGED);
  try {
    server = await startFixtureServer();
    extension = await launchWithExtension({ distDir: DIST_DIR, port: server.port });
  } catch (error) {
    removePolicy();
    throw error;
  }
  expect(extension.extensionId).toBe(EXTENSION_ID);
  await extension.serviceWorker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({
      settings: {
        classNames: ['Local Class'],
        criticalAction: 'confirm',
        schoolName: 'Welbeck Primary School',
      },
    });
  });
});

test.afterAll(async () => {
  removePolicy();
  await extension?.close();
  await server?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

test('Chrome hands the policy to the extension through its managed schema', async () => {
  const managed = await extension.serviceWorker.evaluate(() => chrome.storage.managed.get(null));
  expect(managed).toEqual(MANAGED);
});

test('the admin’s values win over this device’s, show locked, and invalid ones are ignored with a notice', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const options = await openExtensionPage(extension, 'options/index.html', colorScheme);
    const school = options.locator('section', { has: options.locator('#school-heading') });
    await expect(school.locator('.pg-chip')).toHaveText(['Post Guard Test Academy', 'Zebra Test Class']);
    await expect(school.getByText('Set by your school', { exact: true })).toHaveCount(2);
    await expect(school.getByLabel('Add to “Class names”')).toHaveCount(0);
    await expect(options.locator('.pg-alert-info')).toContainText(
      'Your IT admin set “Other names for the school” and “Class names” for all staff.',
    );
    const ignored = options.getByRole('region', { name: 'Settings from your school that were ignored' });
    await expect(ignored).toContainText(
      'When a post has a critical problem — criticalAction: must be one of "confirm", "reason", "block"',
    );
    // The invalid admin value is ignored: this device's choice stays, and can still be changed.
    await expect(options.getByRole('radio', { name: /Ask “Post anyway\?”/ })).toBeChecked();
    await expect(options.getByRole('radio', { name: /Do not post/ })).toBeEnabled();
    expect(await axeViolations(options)).toEqual([]);
    await shot(options, `settings-${colorScheme}-locked-top`);
    await school.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(options, `settings-${colorScheme}-locked`);
    await options.close();
  }

  const popup = await openExtensionPage(extension, 'popup/index.html', 'light');
  await expect(popup.locator('.pg-managed-notice')).toContainText(
    'A setting from your school could not be used',
  );
  await popup.close();
});

test('the admin’s class name is flagged in the X composer', async () => {
  const page = await extension.context.newPage();
  await page.goto(`${server.origin('x.com')}/home`);
  await page.waitForFunction(() => window.__fixture !== undefined);
  const world = await ExtensionWorld.attach(page);
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await typeLikeAPerson(page, 'Great work from Zebra Test Class this morning.');
  await expect.poll(() => badgeStatus(world)).toMatch(/1 thing to check/);
  await page.close();
});

test('a changed policy applies live, without a restart', async () => {
  test.setTimeout(90_000);
  const options = await openExtensionPage(extension, 'options/index.html', 'light');
  await expect(options.locator('.pg-chip', { hasText: 'Zebra Test Class' })).toBeVisible();
  writePolicy({ ...MANAGED, classNames: ['Heron Test Class'], criticalAction: 'block' });
  // Chromium notices the changed file and reloads policy after a few seconds.
  await expect(options.locator('.pg-chip', { hasText: 'Heron Test Class' })).toBeVisible({ timeout: 60_000 });
  await expect(
    options.getByRole('region', { name: 'Settings from your school that were ignored' }),
  ).toHaveCount(0);
  await expect(options.getByRole('radio', { name: /Do not post/ })).toBeChecked();
  await expect(options.getByRole('radio', { name: /Do not post/ })).toBeDisabled();
  await options.close();
});
