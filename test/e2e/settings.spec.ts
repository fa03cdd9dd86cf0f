import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  axeViolations,
  badgeStatus,
  openExtensionPage,
  storeSettings,
  typeLikeAPerson,
} from './helpers/extension-test';
import type { LaunchedExtension } from './support/launch';

/** The id manifest.json's `key` gives the extension (docs/deploying.md). */
const EXTENSION_ID = 'hcjkidckaclmcaeoiofbmekmgdmfhdfa';
const CSV = (name: string) => path.resolve('test/fixtures/csv', name);
const DRAFT = 'Lovely sunny afternoon with Florence Achterberg today.';

/** What chrome.storage.local holds under "settings", read by the extension itself. */
function storedSettings(extension: LaunchedExtension): Promise<Record<string, unknown> | undefined> {
  return extension.serviceWorker.evaluate(async () => {
    const stored = await chrome.storage.local.get('settings');
    return stored.settings as Record<string, unknown> | undefined;
  });
}

async function storedPupils(extension: LaunchedExtension): Promise<unknown[]> {
  return ((await storedSettings(extension))?.pupils as unknown[] | undefined) ?? [];
}

async function save(options: Page): Promise<void> {
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.locator('.pg-save-bar [role=status]')).toHaveText(/^Saved\./);
}

test.describe('school settings on the options page', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, {});
  });

  test('the manifest key gives the extension its fixed id', ({ extension }) => {
    expect(extension.extensionId).toBe(EXTENSION_ID);
  });

  test('a pupil list imported from a CSV file and saved is flagged in the X composer', async ({
    extension,
    openSite,
  }) => {
    // Before the import Post Guard knows no pupils: the draft is fine.
    const before = await openSite('x.com', '/home');
    await before.page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
    await typeLikeAPerson(before.page, DRAFT);
    await expect.poll(() => badgeStatus(before.world)).toMatch(/nothing in this post/);
    await before.page.close();

    const options = await openExtensionPage(extension, 'options/index.html', 'light');
    await options.getByLabel('Choose pupil list (CSV)…').setInputFiles(CSV('sims-export.csv'));
    const preview = options.getByRole('region', { name: 'Preview of the pupil list' });
    await expect(preview).toBeVisible();
    await expect(preview.locator('.pg-counts')).toContainText('Pupils found5');
    await expect(preview).toContainText(
      'Names read from “Legal Forename”, “Preferred Forename”, “Legal Surname”',
    );
    // The preview changes nothing.
    expect(await storedPupils(extension)).toEqual([]);
    expect(await axeViolations(options)).toEqual([]);

    await preview.getByRole('button', { name: 'Import 5 pupils' }).click();
    await expect(options.locator('.pg-roster tbody tr')).toHaveCount(5);
    expect(await storedPupils(extension)).toEqual([]);
    await save(options);
    expect(await storedPupils(extension)).toHaveLength(5);

    // A malformed file changes nothing: a clear message, and the last good list stays.
    await options.getByLabel('Choose pupil list (CSV)…').setInputFiles(CSV('unclosed-quote.csv'));
    await expect(options.getByRole('alert')).toContainText('Nothing was imported from unclosed-quote.csv.');
    await expect(options.getByRole('alert')).toContainText('Line 3');
    await expect(options.locator('.pg-roster tbody tr')).toHaveCount(5);
    await expect(options.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    expect(await storedPupils(extension)).toHaveLength(5);

    // Stored on this device only: nothing in sync storage.
    expect(await extension.serviceWorker.evaluate(() => chrome.storage.sync.get(null))).toEqual({});

    const { page, world } = await openSite('x.com', '/home');
    await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
    await typeLikeAPerson(page, DRAFT);
    await expect.poll(() => badgeStatus(world), { timeout: 5000 }).toMatch(/1 thing to check/);
    await options.close();
  });

  test('settings saved on the options page apply live in an open composer', async ({
    extension,
    openSite,
  }) => {
    await storeSettings(extension, { pupils: [{ firstName: 'Florence', lastName: 'Achterberg' }] });
    const { page, world } = await openSite('x.com', '/home');
    await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
    await typeLikeAPerson(page, DRAFT);
    await expect.poll(() => badgeStatus(world)).toMatch(/1 thing to check/);

    // The school switches "a pupil's name" off; the open composer's next check follows it.
    const options = await openExtensionPage(extension, 'options/index.html', 'light');
    await options.getByLabel('Rating for A pupil’s name').selectOption('off');
    await save(options);
    await page.bringToFront();
    await typeLikeAPerson(page, ' Yes');
    await expect.poll(() => badgeStatus(world)).toMatch(/nothing in this post/);

    // Never-publish from the list: tick, save, and the pupil is critical again in the same composer.
    await options.bringToFront();
    await options.getByLabel('Rating for A pupil’s name').selectOption('');
    await options.getByLabel('Never publish Florence Achterberg').check();
    await save(options);
    expect((await storedSettings(extension))?.pupils).toEqual([
      { firstName: 'Florence', lastName: 'Achterberg', noPublish: true },
    ]);
    await page.bringToFront();
    await typeLikeAPerson(page, '!');
    await expect.poll(() => badgeStatus(world)).toMatch(/1 thing to check/);
    await options.close();
  });

  test('settings export without pupils unless asked, and import again', async ({ extension }) => {
    await storeSettings(extension, {
      schoolName: 'Oakfield Primary',
      pupils: [{ firstName: 'Florence', lastName: 'Achterberg' }],
    });
    const options = await openExtensionPage(extension, 'options/index.html', 'light');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('post-guard-settings.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(exported.schoolName).toBe('Oakfield Primary');
    expect(exported).not.toHaveProperty('pupils');

    await options.getByLabel('Import settings (JSON)…').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...exported, schoolName: 'Birchwood Primary' })),
    });
    const preview = options.getByRole('region', { name: 'Preview of the settings file' });
    await expect(preview).toContainText('School name');
    await preview.getByRole('button', { name: 'Use these settings' }).click();
    await save(options);
    expect(await storedSettings(extension)).toMatchObject({
      schoolName: 'Birchwood Primary',
      pupils: [{ firstName: 'Florence', lastName: 'Achterberg' }],
    });
    await options.close();
  });
});

test.describe('the roster stays current', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, {
      pupils: [
        { firstName: 'Amelia', lastName: 'Hart' },
        { firstName: 'Ruby', lastName: 'Patel', noPublish: true },
        { firstName: 'Jack', lastName: 'Thompson' },
      ],
      // Last school year's export: before any 1 September this test can run after.
      rosterImportedOn: '2025-06-10',
    });
  });

  test('a new export previews who joins and who leaves; leavers go only once confirmed', async ({
    extension,
  }) => {
    const options = await openExtensionPage(extension, 'options/index.html', 'light');
    await expect(options.locator('.pg-roster-stale')).toContainText(
      'The pupil list was imported on 10 June 2025, before this school year began.',
    );
    await options.getByLabel('Choose pupil list (CSV)…').setInputFiles(CSV('september-export.csv'));
    const preview = options.getByRole('region', { name: 'Preview of the pupil list' });
    await expect(preview).toContainText('Joining (2): Noah Osei, Isla Fernandez.');
    await expect(preview).toContainText('Leaving (1): Amelia Hart.');
    await preview.scrollIntoViewIfNeeded();
    await options.screenshot({ path: test.info().outputPath('roster-preview.png'), fullPage: true });
    expect(await axeViolations(options)).toEqual([]);

    await preview.getByLabel(/they have left the school/).check();
    await preview.getByRole('button', { name: 'Import 4 pupils' }).click();
    await save(options);
    const stored = await storedSettings(extension);
    const pupils = stored?.pupils as { firstName: string; noPublish?: boolean }[];
    expect(pupils.map((pupil) => pupil.firstName)).toEqual(['Ruby', 'Jack', 'Noah', 'Isla']);
    expect(pupils[0]!.noPublish).toBe(true);
    expect(stored?.rosterImportedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(options.locator('.pg-roster-stale')).toHaveCount(0);
    await expect(options.locator('.pg-roster-age')).toContainText('Pupil list imported on');

    const popup = await openExtensionPage(extension, 'popup/index.html', 'light');
    await expect(popup.locator('.pg-roster-date')).toContainText('Pupil list imported on');
    await expect(popup.locator('.pg-roster-notice')).toHaveCount(0);
  });

  test('the popup asks quietly for a fresh export', async ({ extension }) => {
    const popup = await openExtensionPage(extension, 'popup/index.html', 'light');
    await expect(popup.locator('.pg-roster-notice')).toContainText('before this school year began');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: test.info().outputPath('popup-roster-notice.png') });
  });
});
