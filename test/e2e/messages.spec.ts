/**
 * Private messages: Facebook Messages (www.facebook.com/messages/t/<id>) and X Chat (x.com/i/chat/<id>), on their
 * fixture pages (test/e2e/fixtures/sites/facebook/messages.tsx, x/chat.tsx). In each: the editor's own state keeps
 * exactly what was typed; a pupil's name and a confidential matter are still found, a "views are my own"
 * disclaimer is not asked for; a conversation with a parent's name brings the policy's line on contacting pupils
 * and parents, in the panel and in "Before you post"; Enter and the send button are both caught and send exactly
 * one message each; a clean message to someone else goes at once; the message search field is never checked.
 * POST_GUARD_SHOTS=<folder> saves screenshots of the states (light).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  badgeStatus,
  clickInOverlay,
  drawnMarks,
  editorText,
  markedWords,
  posts,
  storeSettings,
  typeLikeAPerson,
} from './helpers/extension-test';
import type { ExtensionWorld } from './helpers/extension-world';

const SHOTS = process.env.POST_GUARD_SHOTS;

const SCHOOL = {
  schoolName: 'Welbeck Primary School',
  pupils: [{ firstName: 'Jack', lastName: 'Thompson' }],
  parents: [
    { firstName: 'Dawn', lastName: 'Achterberg', relationship: 'Mother', pupil: 'Florence Achterberg' },
  ],
};

/** The policy's line, as the dialog and the panel quote it. */
const NO_CONTACT = 'must not “friend” or otherwise contact pupils or parents/carers through social media';
const PARTNER = 'This conversation is with Dawn Achterberg';
const POST_ANYWAY = '[role=alertdialog] button.secondary';
/** A pupil's name and a matter parents have not heard of: both still matter in a private message. */
const DRAFT = "Jack Thompson left his coat. Staffing news for our school soon that parents haven't heard.";
/** The second message sent (a draft the same as one already sent anyway would not be asked about again). */
const SECOND = "Jack Thompson found his coat. Staffing news for our school soon that parents haven't heard.";

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

function dialogText(world: ExtensionWorld): Promise<string> {
  return world.evaluate<string>(`return root?.querySelector('[role=alertdialog]')?.textContent ?? '';`);
}

function panelText(world: ExtensionWorld): Promise<string> {
  return world.evaluate<string>(`return root?.querySelector('.panel')?.textContent ?? '';`);
}

/** Badges Post Guard shows on the page (none at all before a composer is typed in). */
function visibleBadges(world: ExtensionWorld): Promise<number> {
  return world.evaluate<number>(
    `return root ? root.querySelectorAll('.badge-anchor:not([hidden])').length : 0;`,
  );
}

/**
 * Waits for the whole draft's check: three things (the pupil, the confidential matter, the conversation's person),
 * the words of the first two underlined (read from a contenteditable; a textarea's marks are boxes over it).
 */
async function waitForFindings(world: ExtensionWorld, textarea?: Locator): Promise<void> {
  await expect
    .poll(() => badgeStatus(world), { timeout: 10_000, intervals: [25] })
    .toMatch(/3 things to check/);
  if (!textarea) {
    await expect
      .poll(() => markedWords(world), { timeout: 10_000, intervals: [25] })
      .toEqual({ warning: ['Jack Thompson', "our school soon that parents haven't heard"], critical: [] });
    return;
  }
  const box = (await textarea.boundingBox())!;
  const marks = await drawnMarks(world);
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) {
    expect(mark.top).toBeGreaterThanOrEqual(box.y);
    expect(mark.bottom).toBeLessThanOrEqual(box.y + box.height);
  }
}

/**
 * Sends with `send`: "Before you post" holds the message, naming the pupil, the confidential matter and the
 * conversation's person with the policy's line, and no disclaimer; Post anyway sends it, exactly once.
 */
async function sendAnyway(
  page: Page,
  world: ExtensionWorld,
  send: () => Promise<void>,
  expected: { text: string; where: string }[],
  shotName?: string,
): Promise<void> {
  const sent = (): Promise<{ text: string; where: string }[]> =>
    posts(page).then((list) => list.map(({ text, where }) => ({ text, where })));
  const before = await sent();
  await send();
  await expect.poll(() => dialogText(world)).toContain(PARTNER);
  const dialog = await dialogText(world);
  expect(dialog).toContain('Jack Thompson');
  expect(dialog).toContain('confidential');
  expect(dialog).toContain(NO_CONTACT);
  expect(dialog).not.toMatch(/disclaimer|views are your own/i);
  expect(dialog).not.toContain('names the school');
  if (shotName) await shot(page, shotName);
  expect(await sent()).toEqual(before);
  await clickInOverlay(page, world, POST_ANYWAY);
  await expect.poll(sent).toEqual([...before, ...expected]);
  await page.waitForTimeout(400);
  expect(await sent()).toEqual([...before, ...expected]);
  expect(await dialogText(world)).toBe('');
}

test.describe('private messages', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, SCHOOL);
  });

  test('Facebook Messages, to a parent’s name: checked as private, the reminder shown, Enter and the send button each send once', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/messages/t/100089000000777/');
    // The message search field is not a composer: typing there draws nothing.
    await page.locator('input[aria-label="Search Messenger"]').click();
    await typeLikeAPerson(page, 'Jack Thompson');
    await page.waitForTimeout(600);
    expect(await visibleBadges(world)).toBe(0);

    const box = page.locator('div[role="textbox"][aria-label="Message"]');
    await box.click();
    await typeLikeAPerson(page, DRAFT);
    await waitForFindings(world);
    expect(await editorText(page)).toBe(DRAFT);
    // The panel names the person and quotes the policy's line; no disclaimer is asked for.
    await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
    await expect.poll(() => panelText(world)).toContain(PARTNER);
    expect(await panelText(world)).toContain(NO_CONTACT);
    expect(await panelText(world)).not.toMatch(/disclaimer/i);
    await shot(page, 'facebook-message-partner-light');
    await clickInOverlay(page, world, '.panel button.close');
    await box.click();

    await sendAnyway(
      page,
      world,
      () => page.keyboard.press('Enter'),
      [{ text: DRAFT, where: 'message' }],
      'facebook-message-dialog-light',
    );
    expect(await editorText(page)).toBe('');

    // The send button ("Press enter to send", shown once there is text) is caught too.
    await box.click();
    await typeLikeAPerson(page, SECOND);
    await waitForFindings(world);
    await sendAnyway(page, world, () => page.locator('[aria-label="Press enter to send"]').click(), [
      { text: SECOND, where: 'message' },
    ]);
  });

  test('Facebook Messages, to someone else: a clean message goes at once, naming the school asks for nothing', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/messages/t/100089000000777/');
    // Another conversation, opened from the inbox (the page's own navigation).
    await page.locator('a[href="/messages/t/100089000000778/"]').click();
    await expect(page.locator('[role="main"] h2')).toHaveText('Jordan Lee');
    const box = page.locator('div[role="textbox"][aria-label="Message"]');
    await box.click();
    const text = 'See you at Welbeck Primary School on Friday, Year 4 are doing the assembly';
    await typeLikeAPerson(page, text);
    await expect.poll(() => badgeStatus(world), { timeout: 10_000 }).toMatch(/nothing in this post/);
    expect(await editorText(page)).toBe(text);
    await page.keyboard.press('Enter');
    await expect.poll(() => posts(page)).toEqual([{ text, media: 0, where: 'message' }]);
    expect(await dialogText(world)).toBe('');
  });

  test('X Chat, to a parent’s name: checked as private, the reminder shown, Enter and the send button each send once', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('x.com', '/i/chat/1500000000000000001:1500000000000000777');
    await page.locator('[data-testid="dm-search-input"]').click();
    await typeLikeAPerson(page, 'Jack Thompson');
    await page.waitForTimeout(600);
    expect(await visibleBadges(world)).toBe(0);

    const box = page.locator('textarea[data-testid="dm-composer-textarea"]');
    await box.click();
    await typeLikeAPerson(page, DRAFT);
    await waitForFindings(world, box);
    expect(await editorText(page)).toBe(DRAFT);
    await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
    await expect.poll(() => panelText(world)).toContain(PARTNER);
    await shot(page, 'x-chat-partner-light');
    await clickInOverlay(page, world, '.panel button.close');
    await box.click();

    await sendAnyway(page, world, () => page.keyboard.press('Enter'), [{ text: DRAFT, where: 'chat' }]);
    expect(await editorText(page)).toBe('');

    await box.click();
    await typeLikeAPerson(page, SECOND);
    await waitForFindings(world, box);
    await sendAnyway(
      page,
      world,
      () => page.locator('[data-testid="dm-composer-send-button"]').click(),
      [{ text: SECOND, where: 'chat' }],
      'x-chat-dialog-light',
    );
  });

  test('X Chat, to someone else: a clean message goes at once with the send button', async ({ openSite }) => {
    const { page, world } = await openSite('x.com', '/i/chat/1500000000000000001:1500000000000000778');
    const box = page.locator('textarea[data-testid="dm-composer-textarea"]');
    await box.click();
    const text = 'See you at Welbeck Primary School on Friday';
    await typeLikeAPerson(page, text);
    await expect.poll(() => badgeStatus(world), { timeout: 10_000 }).toMatch(/nothing in this post/);
    await page.locator('[data-testid="dm-composer-send-button"]').click();
    await expect.poll(() => posts(page)).toEqual([{ text, media: 0, where: 'chat' }]);
    expect(await dialogText(world)).toBe('');
  });
});
