import type { Page } from '@playwright/test';
import { test, expect, clickInOverlay, overlayAxeViolations, storeSettings } from './helpers/extension-test';
import type { ExtensionWorld } from './helpers/extension-world';

/**
 * Policy: "Members of staff must not 'friend' or otherwise contact pupils or parents/carers through social media."
 * On X's fixture (a React app whose Follow button records each follow), a Follow or Message click for a person
 * whose shown name is on the school's lists is held for a reminder; Continue lets exactly that click through once.
 */
const SCHOOL = {
  schoolName: 'Welbeck Primary School',
  pupils: [{ firstName: 'Florence', lastName: 'Achterberg' }],
  parents: [
    { firstName: 'Dawn', lastName: 'Achterberg', relationship: 'Mother', pupil: 'Florence Achterberg' },
    { firstName: 'Chidi', lastName: 'Okafor' },
  ],
};

const contactActions = (page: Page): Promise<{ action: string; who: string }[]> =>
  page.evaluate(() => window.__fixture!.contactActions.map(({ action, who }) => ({ action, who })));

const reminderText = (world: ExtensionWorld): Promise<string> =>
  world.waitFor<string>(`return root?.querySelector('[role=alertdialog]')?.textContent || null;`);

const reminderOpen = (world: ExtensionWorld): Promise<boolean> =>
  world.evaluate<boolean>(`return Boolean(root?.querySelector('[role=alertdialog]'));`);

/** Lets the page and Post Guard run a moment: a click that was going to happen has happened by then. */
const settle = (page: Page): Promise<void> => page.waitForTimeout(400);

test.describe('reminder before following or messaging a pupil or parent on X', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, SCHOOL);
  });

  test('Follow on a parent’s profile is held; Continue follows exactly once', async ({ openSite }) => {
    const { page, world } = await openSite('x.com', '/dawnachterberg');
    await page.getByTestId('1600000000000000001-follow').click();
    expect(await reminderText(world)).toMatch(
      /Before you follow.*Dawn Achterberg has the same name as a parent or carer \(Mother of Florence Achterberg\).*The policy: “Members of staff must not “friend” or otherwise contact pupils or parents\/carers through social media\.”/,
    );
    await settle(page);
    expect(await contactActions(page)).toEqual([]);
    await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
    await expect.poll(() => contactActions(page)).toEqual([{ action: 'follow', who: 'dawnachterberg' }]);
    await settle(page);
    expect(await contactActions(page)).toEqual([{ action: 'follow', who: 'dawnachterberg' }]);
    expect(await reminderOpen(world)).toBe(false);
    await expect(page.getByTestId('1600000000000000001-unfollow')).toBeVisible();
  });

  test('Cancel does nothing, and focus goes back to the button', async ({ openSite }) => {
    const { page, world } = await openSite('x.com', '/dawnachterberg');
    await page.getByTestId('1600000000000000001-follow').click();
    await reminderText(world);
    // Cancel is focused first: Enter chooses it.
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await reminderOpen(world)).toBe(false);
    expect(await contactActions(page)).toEqual([]);
    await expect(page.getByTestId('1600000000000000001-follow')).toBeFocused();
  });

  test('Message on a profile shown as "Mr Chidi Okafor" is held too; Escape cancels', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('x.com', '/chidiokafor');
    await page.getByTestId('sendDMFromProfile').click();
    expect(await reminderText(world)).toMatch(/Before you send a message.*Mr Chidi Okafor/);
    await page.keyboard.press('Escape');
    await settle(page);
    expect(await reminderOpen(world)).toBe(false);
    expect(await contactActions(page)).toEqual([]);
  });

  test('someone not on the lists is followed straight away, with no reminder', async ({ openSite }) => {
    const { page, world } = await openSite('x.com', '/samrivera');
    await page.getByTestId('1600000000000000002-follow').click();
    await expect.poll(() => contactActions(page)).toEqual([{ action: 'follow', who: 'samrivera' }]);
    await settle(page);
    expect(await contactActions(page)).toEqual([{ action: 'follow', who: 'samrivera' }]);
    expect(await reminderOpen(world)).toBe(false);
    // Unfollowing is not a contact: never held.
    await page.getByTestId('1600000000000000002-unfollow').click();
    await expect.poll(() => contactActions(page)).toHaveLength(2);
  });

  test('a follower request from a parent gets a quiet note whose button asks for the report form', async ({
    openSite,
    extension,
  }) => {
    // The report form belongs to the evidence work; here the service worker's mailbox is watched.
    await extension.serviceWorker.evaluate(() => {
      const seen: unknown[] = [];
      (globalThis as { reportsAsked?: unknown[] }).reportsAsked = seen;
      chrome.runtime.onMessage.addListener((message: { type?: string }) => {
        if (message?.type === 'open-report') seen.push(message);
      });
    });
    const { page, world } = await openSite('x.com', '/follower_requests');
    const notes = await world.waitFor<string[]>(`
      const notes = [...(root?.querySelectorAll('.contact-note') ?? [])].map((note) => note.textContent);
      return notes.length ? notes : null;
    `);
    expect(notes).toEqual([
      expect.stringMatching(
        /^Dawn Achterberg has the same name as a parent or carer.*Report to the headteacherHide$/,
      ),
    ]);
    await clickInOverlay(page, world, '.contact-note button:not(.quiet)');
    await expect
      .poll(() =>
        extension.serviceWorker.evaluate(() => (globalThis as { reportsAsked?: unknown[] }).reportsAsked),
      )
      .toEqual([
        {
          type: 'open-report',
          kind: 'friend-request',
          name: 'Dawn Achterberg',
          site: 'X',
          url: 'https://x.com/follower_requests',
        },
      ]);
    // The note reads names only: accepting stays the member of staff's own choice, and is not held.
    expect(await contactActions(page)).toEqual([]);
    // Hide takes the note away on this page.
    await clickInOverlay(page, world, '.contact-note button.quiet');
    await expect
      .poll(() => world.evaluate<number>(`return root?.querySelectorAll('.contact-note').length ?? 0;`))
      .toBe(0);
  });

  test('the reminder and the follower-request note pass axe-core, light and dark', async ({
    openSite,
    extension,
  }) => {
    const { page, world } = await openSite('x.com', '/dawnachterberg');
    await page.getByTestId('1600000000000000001-follow').click();
    await reminderText(world);
    expect(await overlayAxeViolations(extension, world, '.backdrop')).toEqual({ light: [], dark: [] });

    const requests = await openSite('x.com', '/follower_requests');
    await requests.world.waitFor<boolean>(`return root?.querySelector('.contact-note') ? true : null;`);
    expect(await overlayAxeViolations(extension, requests.world, '.contact-note')).toEqual({
      light: [],
      dark: [],
    });
  });
});

test.describe('reminder before adding a parent as a friend on Facebook', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, SCHOOL);
  });

  test('Add friend on a parent’s profile is held; Continue sends exactly one request', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/dawn.achterberg');
    await page.getByRole('button', { name: 'Add friend' }).click();
    expect(await reminderText(world)).toMatch(/Before you add a friend.*Dawn Achterberg/);
    await settle(page);
    expect(await contactActions(page)).toEqual([]);
    await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
    await expect.poll(() => contactActions(page)).toEqual([{ action: 'add-friend', who: 'dawn.achterberg' }]);
    await settle(page);
    expect(await contactActions(page)).toHaveLength(1);
  });

  test('in Polish: Dodaj do znajomych is held, and Obserwuj in the profile’s menu; Continue follows once', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/dawn.achterberg?lang=pl');
    await page.getByRole('button', { name: 'Dodaj do znajomych' }).click();
    expect(await reminderText(world)).toMatch(/Before you add a friend.*Dawn Achterberg/);
    await page.keyboard.press('Escape');
    await settle(page);
    expect(await contactActions(page)).toEqual([]);

    // Follow is not on the profile's buttons: it is an item of its "See options" menu, in a layer of its own.
    await page.getByRole('button', { name: 'Zobacz opcje' }).click();
    await page.getByRole('menuitem', { name: 'Obserwuj' }).click();
    expect(await reminderText(world)).toMatch(/Before you follow.*Dawn Achterberg/);
    await settle(page);
    expect(await contactActions(page)).toEqual([]);
    await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
    await expect.poll(() => contactActions(page)).toEqual([{ action: 'follow', who: 'dawn.achterberg' }]);
    await settle(page);
    expect(await contactActions(page)).toHaveLength(1);
  });

  test('a stranger’s Add friend goes straight through', async ({ openSite }) => {
    const { page, world } = await openSite('www.facebook.com', '/sam.rivera');
    await page.getByRole('button', { name: 'Add friend' }).click();
    await expect.poll(() => contactActions(page)).toEqual([{ action: 'add-friend', who: 'sam.rivera' }]);
    expect(await reminderOpen(world)).toBe(false);
  });

  test('friend requests: a note beside the parent’s; Confirm on it is held like Add friend', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/friends/requests');
    const notes = await world.waitFor<string[]>(`
      const notes = [...(root?.querySelectorAll('.contact-note') ?? [])].map((note) => note.textContent);
      return notes.length ? notes : null;
    `);
    expect(notes).toEqual([expect.stringMatching(/^Dawn Achterberg has the same name as a parent or carer/)]);
    await page.getByRole('button', { name: 'Confirm' }).first().click();
    expect(await reminderText(world)).toMatch(/Before you accept.*Dawn Achterberg/);
    await page.keyboard.press('Escape');
    await settle(page);
    expect(await contactActions(page)).toEqual([]);
  });
});
