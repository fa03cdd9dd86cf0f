/**
 * Lesson time (policy: "Staff may not access social media during lesson time, unless it is part of a curriculum
 * activity"): the badge and the "Before you post" dialog say so, and opening a covered site during a lesson gives
 * one quiet reminder per lesson, outside the page (a system notification the site cannot see).
 */
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  badgeStatus,
  clickInOverlay,
  overlayAxeViolations,
  storeSettings,
  typeLikeAPerson,
} from './helpers/extension-test';
import type { LaunchedExtension } from './support/launch';
import type { ExtensionWorld } from './helpers/extension-world';
import { SITE_COMPOSERS } from './helpers/site-composers';

const EVERY_DAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ALL_DAY = EVERY_DAY.map((weekday) => ({ weekday, start: '00:00', end: '23:59' }));
const day = (offset: number) => {
  const date = new Date(Date.now() + offset * 86_400_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};
const SCHOOL = { pupils: [{ firstName: 'Jack', lastName: 'Thompson' }], lessonTimes: ALL_DAY };

function notifications(extension: LaunchedExtension): Promise<string[]> {
  return extension.serviceWorker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

async function clearReminders(extension: LaunchedExtension): Promise<void> {
  await extension.serviceWorker.evaluate(async () => {
    await chrome.notifications.clear('lesson-time');
    await chrome.storage.session.clear();
  });
}

async function openX(
  openSite: (host: 'x.com', path: string) => Promise<{ page: Page; world: ExtensionWorld }>,
) {
  const { page, world } = await openSite('x.com', '/home');
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  return { page, world };
}

test.describe('lesson time', () => {
  test.beforeEach(async ({ extension }) => clearReminders(extension));

  test('in term, in a lesson: the badge and the dialog say it is lesson time; one reminder for the lesson', async ({
    openSite,
    extension,
  }) => {
    // Two page loads and a post: more than one ordinary test's time on a busy machine.
    test.slow();
    await storeSettings(extension, { ...SCHOOL, termDates: [{ start: day(-3), end: day(3) }] });
    const { page, world } = await openX(openSite);
    await expect.poll(() => notifications(extension)).toEqual(['lesson-time']);

    await typeLikeAPerson(page, 'Well done Jack Thompson');
    await expect.poll(() => badgeStatus(world), { timeout: 5000 }).toMatch(/1 thing to check/);
    expect(await badgeStatus(world)).toContain('It is lesson time (00:00–23:59)');
    expect(await world.evaluate<boolean>(`return Boolean(root.querySelector('.badge .lesson-clock'));`)).toBe(
      true,
    );

    await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
    const dialog = await world.waitFor<string>(
      `return root?.querySelector('[role=alertdialog]')?.textContent`,
    );
    expect(dialog).toContain('It is lesson time (00:00–23:59)');
    expect(dialog).toContain('Staff may not access social media during lesson time');
    // The dialog with its lesson-time note: keyboard and screen-reader checks, light and dark.
    expect(await overlayAxeViolations(extension, world, '.backdrop')).toEqual({ light: [], dark: [] });
    await clickInOverlay(page, world, '[role=alertdialog] button.primary');

    // The same lesson: opening the site again reminds no more.
    await extension.serviceWorker.evaluate(() => chrome.notifications.clear('lesson-time'));
    await openX(openSite);
    await page.waitForTimeout(1500);
    expect(await notifications(extension)).toEqual([]);
  });

  for (const site of SITE_COMPOSERS.filter((each) => each.host !== 'x.com')) {
    test(`${site.host}: in a lesson, the badge says it is lesson time`, async ({ openSite, extension }) => {
      await storeSettings(extension, { ...SCHOOL, termDates: [{ start: day(-3), end: day(3) }] });
      const { page, world } = await openSite(site.host, site.path);
      await site.openComposer(page);
      await typeLikeAPerson(page, 'Well done Jack Thompson');
      await expect
        .poll(() => badgeStatus(world), { timeout: 10_000 })
        .toContain('It is lesson time (00:00–23:59)');
      expect(
        await world.evaluate<boolean>(`return Boolean(root.querySelector('.badge .lesson-clock'));`),
      ).toBe(true);
    });
  }

  test('in the holidays and on an INSET day there is no lesson time: no clock, no reminder', async ({
    openSite,
    extension,
  }) => {
    for (const calendar of [
      { termDates: [{ start: day(2), end: day(30) }] },
      { closedDays: [{ date: day(0), reason: 'INSET day' }] },
    ]) {
      await clearReminders(extension);
      await storeSettings(extension, { ...SCHOOL, ...calendar });
      const { page, world } = await openX(openSite);
      await typeLikeAPerson(page, 'Well done Jack Thompson');
      await expect.poll(() => badgeStatus(world), { timeout: 5000 }).toMatch(/1 thing to check/);
      expect(await badgeStatus(world)).not.toContain('lesson time');
      expect(await notifications(extension)).toEqual([]);
      await page.close();
    }
  });

  test('the school can switch the reminder off; the badge still says it is lesson time', async ({
    openSite,
    extension,
  }) => {
    await storeSettings(extension, { ...SCHOOL, lessonReminder: false });
    const { page, world } = await openX(openSite);
    await typeLikeAPerson(page, 'Well done Jack Thompson');
    await expect.poll(() => badgeStatus(world), { timeout: 5000 }).toContain('It is lesson time');
    expect(await notifications(extension)).toEqual([]);
  });
});
