import { mkdirSync } from 'node:fs';
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
import { SETTINGS_VERSION } from '../../src/settings/migrations';

/**
 * The roster never silently shrinks, and a consent report marks only the children without consent.
 * POST_GUARD_SHOTS=<folder> saves screenshots of the options page states these tests change (light and dark).
 */

const SHOTS = process.env.POST_GUARD_SHOTS;
const CSV = (name: string) => path.resolve('test/fixtures/csv', name);
const COMPOSER = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

function stored(extension: LaunchedExtension): Promise<Record<string, unknown>> {
  return extension.serviceWorker.evaluate(() => chrome.storage.local.get(['settings', 'settingsVersion']));
}

async function save(options: Page): Promise<void> {
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.locator('.pg-save-bar [role=status]')).toHaveText(/^Saved\./);
}

const florence = { firstName: 'Florence', lastName: 'Achterberg' };

test('a damaged never-publish entry stays critical, is shown with its problem, and survives saving', async ({
  extension,
  openSite,
}) => {
  test.setTimeout(90_000);
  // As an older or damaged store might hold it: the mark as text, and a field Post Guard does not know.
  await storeSettings(extension, {
    pupils: [
      { firstName: 'Amelia', lastName: 'Hart' },
      { ...florence, noPublish: 'true', house: 'Kestrel' },
    ],
  });

  const { page, world } = await openSite('x.com', '/home');
  await page.locator(COMPOSER).click();
  await typeLikeAPerson(page, 'Lovely sunny afternoon with Florence Achterberg today.');
  await expect.poll(() => badgeStatus(world), { timeout: 10_000 }).toMatch(/1 thing to check/);
  expect(
    await world.evaluate<string>(
      `return root?.querySelector('.badge-anchor:not([hidden]) .badge')?.getAttribute('data-state') ?? '';`,
    ),
  ).toBe('critical');
  // Beside the composer, a small notice says the settings need attention.
  expect(
    await world.evaluate<string>(
      `return root?.querySelector('.badge-anchor:not([hidden]) .settings-notice')?.getAttribute('aria-label') ?? '';`,
    ),
  ).toContain('Post Guard’s settings need attention.');
  await shot(page, 'roster-damaged-composer');
  await page.close();
  const popup = await openExtensionPage(extension, 'popup/index.html', 'light');
  await expect(popup.locator('.pg-store-notice')).toContainText('settings on this computer are damaged');
  await shot(popup, 'roster-damaged-popup');
  await popup.close();

  for (const colorScheme of ['light', 'dark'] as const) {
    const options = await openExtensionPage(extension, 'options/index.html', colorScheme);
    const card = options.getByRole('region', { name: 'Settings that need fixing' });
    await expect(card).toContainText('Florence Achterberg');
    await expect(card).toContainText('Never publish should be yes or no; it reads as the text “true”.');
    await expect(card).toContainText(
      'Meanwhile Post Guard treats Florence Achterberg as never to be published.',
    );
    await expect(card).toContainText('pupils[1].house: is not a field Post Guard knows; it was left out');
    expect(await axeViolations(options)).toEqual([]);
    await card.scrollIntoViewIfNeeded();
    await shot(options, `roster-damaged-${colorScheme}`);
    await options.close();
  }

  // Saving another section keeps the damaged entry as it was stored (without the unknown field).
  const options = await openExtensionPage(extension, 'options/index.html', 'light');
  await options.locator('#school-heading ~ fieldset input').first().fill('Ashgrove Primary School');
  await save(options);
  expect(await stored(extension)).toEqual({
    settingsVersion: SETTINGS_VERSION,
    settings: expect.objectContaining({
      schoolName: 'Ashgrove Primary School',
      pupils: [
        { firstName: 'Amelia', lastName: 'Hart' },
        { ...florence, noPublish: 'true' },
      ],
    }),
  });
  await options.reload();
  await expect(options.getByRole('region', { name: 'Settings that need fixing' })).toContainText(
    'Florence Achterberg',
  );

  // The one-click fix stores the mark as yes.
  await options.getByRole('button', { name: 'Set Never publish to yes' }).click();
  await expect(options.getByLabel('Never publish Florence Achterberg')).toBeChecked();
  await save(options);
  expect(((await stored(extension)).settings as { pupils: unknown[] }).pupils).toEqual([
    { firstName: 'Amelia', lastName: 'Hart' },
    { ...florence, noPublish: true },
  ]);
  await expect(options.getByRole('region', { name: 'Settings that need fixing' })).toHaveCount(0);
  await options.close();
});

/** The pupils of the SIMS-style consent report (invented names), on the roster without any mark yet. */
const CONSENT_ROSTER = [
  ['Florence', 'Achterberg', '4A'],
  ['William', 'Turner', '4A'],
  ['Zoë', "O'Brien", '5B'],
  ['Oluwaseun', 'Adeyemi-Clarke', '6C'],
  ['Tomasz', 'Nowak', '6C'],
  ['Maryam', 'Hussain', '5B'],
  ['Ruby', 'Bright', '3A'],
  ['Daisy', 'Kowalczyk', '3A'],
  ['Hope', 'Fairweather', '4A'],
  ['Arlo', 'Lindqvist', '5B'],
  ['Grace', 'Okonjo', '6C'],
  ['Willow', 'Penhaligon', '3A'],
].map(([firstName, lastName, className]) => ({ firstName, lastName, className }));

test('a photo-consent export marks only the children without consent, after a preview of the names', async ({
  extension,
}) => {
  test.setTimeout(90_000);
  await storeSettings(extension, { pupils: CONSENT_ROSTER });
  for (const colorScheme of ['light', 'dark'] as const) {
    const options = await openExtensionPage(extension, 'options/index.html', colorScheme);
    // The pupils' classes, and the offer to add them to the school's class names.
    const offer = options.getByRole('region', { name: 'Classes from the pupil list' });
    await expect(offer).toContainText(
      'names 4 classes that are not in the school’s class names: 3A, 4A, 5B, 6C.',
    );
    await offer.scrollIntoViewIfNeeded();
    await shot(options, `roster-classes-${colorScheme}`);
    await options.getByLabel('Choose never-publish list (CSV)…').setInputFiles(CSV('sims-photo-consent.csv'));
    const preview = options.getByRole('region', { name: 'Preview of the never-publish list' });
    await expect(preview.getByLabel('Who in the file must never be published?')).toHaveValue('4');
    await expect(preview.locator('.pg-name-list li')).toHaveText([
      'William Turner',
      'Oluwaseun Adeyemi-Clarke',
      'Maryam Hussain',
      'Grace Okonjo',
    ]);
    await expect(preview.getByRole('note')).toContainText('blank (1 line), “Pending” (1 line)');
    expect(await axeViolations(options)).toEqual([]);
    await preview.scrollIntoViewIfNeeded();
    await shot(options, `roster-consent-import-${colorScheme}`);

    // Every line of a consent report would be the whole roster: that needs a tick first.
    await preview.getByLabel('Who in the file must never be published?').selectOption('every-line');
    await expect(preview.getByRole('button', { name: 'Mark 12 pupils never-publish' })).toBeDisabled();
    await shot(options, `roster-consent-confirm-${colorScheme}`);
    if (colorScheme === 'dark') {
      await options.close();
      break;
    }
    await preview.getByLabel('Who in the file must never be published?').selectOption('4');
    // Nothing is stored until the marks are applied and saved.
    expect(
      ((await stored(extension)).settings as { pupils: { noPublish?: boolean }[] }).pupils.some(
        (p) => p.noPublish,
      ),
    ).toBe(false);
    await preview.getByRole('button', { name: 'Mark 4 pupils never-publish' }).click();
    await save(options);
    const pupils = (
      (await stored(extension)).settings as { pupils: { lastName: string; noPublish?: boolean }[] }
    ).pupils;
    expect(pupils.filter((pupil) => pupil.noPublish).map((pupil) => pupil.lastName)).toEqual([
      'Turner',
      'Adeyemi-Clarke',
      'Hussain',
      'Okonjo',
    ]);
    await options.close();
  }
});
