import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, clickInOverlay, storeSettings } from './helpers/extension-test';
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

  test('the reminder passes axe-core (a copy of its DOM and styles, light and dark)', async ({
    openSite,
    extension,
  }) => {
    const { page, world } = await openSite('x.com', '/dawnachterberg');
    await page.getByTestId('1600000000000000001-follow').click();
    await reminderText(world);
    // axe cannot enter a closed shadow root, so it checks a faithful copy: the same markup and stylesheet.
    const copy = await world.evaluate<{ css: string; html: string }>(`
      return { css: root.getRootNode().querySelector('style').textContent, html: root.querySelector('.backdrop').outerHTML };
    `);
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const theme of ['light', 'dark']) {
      const check = await extension.context.newPage();
      const css = copy.css.replaceAll(':host', '#host');
      await check.setContent(
        `<!doctype html><html lang="en"><head><title>Post Guard reminder</title><style>${css}</style></head><body><main><div id="host"><div class="overlay" data-theme="${theme}">${copy.html}</div></div></main></body></html>`,
      );
      await check.evaluate(axeSource);
      const violations = await check.evaluate(async () => {
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        const results = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
        });
        return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, theme).toEqual([]);
      await check.close();
    }
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
