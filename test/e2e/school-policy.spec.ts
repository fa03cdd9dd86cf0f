import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  badgeStatus,
  clickInOverlay,
  openExtensionPage,
  storeSettings,
  typeLikeAPerson,
} from './helpers/extension-test';

/**
 * A second school's policy (policies/harbourside/, invented) loaded on the options page drives the popup, the
 * policy page and the findings' quotes. POST_GUARD_SHOTS=<folder> saves screenshots light and dark.
 */
const HARBOURSIDE = path.resolve('policies/harbourside/social-media-policy.md');
const SHOTS = process.env.POST_GUARD_SHOTS;

async function shot(page: Page | Locator, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await ('goto' in page ? page.screenshot({ path: file, fullPage: true }) : page.screenshot({ path: file }));
}

test('a second school’s policy loaded on the options page drives popup, policy page and quotes', async ({
  extension,
  openSite,
}) => {
  // Four pages and a composer, on a shared machine.
  test.setTimeout(90_000);
  await storeSettings(extension, { pupils: [{ firstName: 'Jack', lastName: 'Thompson' }] });
  const options = await openExtensionPage(extension, 'options/index.html', 'light');
  const section = options.locator('section[aria-labelledby="policy-document-heading"]');
  await section.locator('input[type=file]').setInputFiles(HARBOURSIDE);
  await expect(section).toContainText('Online Conduct and Social Media Policy, Harbourside Academy');
  await expect(section).toContainText('10 sections found');
  await expect(section).toContainText(
    'Your document has no key rules, SMART tips, managing your personal use',
  );

  // The admin changes the suggestion for "could identify a pupil" to 2.1, and confirms it.
  const row = section.locator('tr[data-clause="identify-pupil-class-school"]');
  const passage21 = await row
    .locator('option', { hasText: '2.1 Colleagues must never publish a student' })
    .getAttribute('value');
  await row.locator('select').selectOption(passage21!);
  await row.getByRole('button', { name: 'Confirm' }).click();
  await expect(row).toContainText('Confirmed');
  await expect(section).toContainText(/1 of \d+ rules quote your policy/);
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.locator('.pg-save-bar [role=status]')).toHaveText(/^Saved\./);
  await section.scrollIntoViewIfNeeded();
  await shot(section, 'school-policy-options-light');
  await options.emulateMedia({ colorScheme: 'dark' });
  await shot(section, 'school-policy-options-dark');

  // A document that cannot be read is reported, and the last good one stays.
  await section.getByLabel('The policy document').fill('   ');
  await section.getByLabel('The policy document').fill('REVIEW\n\nPOLICY');
  await section.getByRole('button', { name: 'Use this text' }).click();
  await expect(section.getByRole('alert')).toContainText('No paragraphs or lists were found');
  await expect(section).toContainText('Online Conduct and Social Media Policy, Harbourside Academy');

  // The popup searches Harbourside's policy and shows its do's.
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await openExtensionPage(extension, 'popup/index.html', scheme);
    await popup.getByRole('searchbox').fill('politics');
    await expect(popup.locator('main')).toContainText('politically impartial');
    await popup.getByText('Do’s', { exact: true }).click();
    await expect(popup.locator('.pg-dos')).toContainText('Check the consent register');
    await popup.getByText('SMART tips for pupils').click();
    await expect(popup.locator('main')).toContainText('From the model policy');
    await shot(popup, `school-policy-popup-${scheme}`);
    await popup.close();
  }

  // The policy page shows Harbourside's document.
  for (const scheme of ['light', 'dark'] as const) {
    const policyPage = await openExtensionPage(extension, 'policy-page/index.html', scheme);
    await expect(policyPage.locator('h1')).toHaveText('Online Conduct and Social Media Policy');
    await expect(policyPage.locator('main')).toContainText(
      '5.4 Academy channels must be politically impartial.',
    );
    await shot(policyPage, `school-policy-page-${scheme}`);
    await policyPage.close();
  }

  // On X: the pupil's name quotes Harbourside's 2.1; the partisan line, not matched, quotes the model and says so.
  const { page, world } = await openSite('x.com', '/home');
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await typeLikeAPerson(page, 'Well done Jack Thompson today. Vote Labour on Thursday!');
  await expect.poll(() => badgeStatus(world), { timeout: 5000 }).toMatch(/2 things to check/);
  await clickInOverlay(page, world, '.badge');
  const panel = await world.waitFor<string>(`return root.querySelector('.panel')?.textContent`);
  expect(panel).toContain('The policy: “2.1 Colleagues must never publish a student');
  expect(panel).toContain('“Remain non partisan” (the model policy’s wording');
});
