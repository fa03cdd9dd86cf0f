/**
 * Takes the screenshots in docs/screenshots/: each fixture site with Post Guard attached, and the extension's
 * own pages, in light and dark. Needs a build in dist/ and Debian's Chromium: `npx tsx scripts/screenshots.ts`.
 * `npx tsx scripts/screenshots.ts youtube-accounts` takes only the shots of who is posting on YouTube;
 * `popup-evidence`, only the popup just after a capture; `lesson-time`, only the lesson-time screens;
 * `facebook-contacts`, only the reminder on Facebook in Polish; `photos`, only those of photos in Facebook comments,
 * YouTube community posts and a video not checked.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startFixtureServer } from '../test/e2e/support/server';
import { launchWithExtension } from '../test/e2e/support/launch';
import { ExtensionWorld } from '../test/e2e/helpers/extension-world';
import { clickInOverlay, storeSettings } from '../test/e2e/helpers/extension-test';
import { PHOTO_WITH_PEOPLE } from '../test/e2e/helpers/photos';
import { clickToolbarButton, inPopup, popupDriver } from '../test/e2e/helpers/extension-action';

const OUT = 'docs/screenshots';
const server = await startFixtureServer();
const extension = await launchWithExtension({ distDir: 'dist', port: server.port });
const SETTINGS = {
  pupils: [
    { firstName: 'Jack', lastName: 'Thompson' },
    { firstName: 'Ruby', lastName: 'Patel', noPublish: true },
  ],
  contacts: [
    { role: 'headteacher', name: 'Ann Head', email: 'head@welbeck.sch.uk' },
    { role: 'e-safety', name: 'Ruth McConnochie', email: 'esafety@welbeck.sch.uk' },
  ],
  staffName: 'Jo Teacher',
  reportFormFields: [{ form: 'both', label: 'Room number', hint: 'Where the computer is.' }],
  termDates: [
    { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
    { name: 'Spring 1', start: '2027-01-05', end: '2027-02-12' },
  ],
  closedDays: [{ date: '2027-01-04', reason: 'INSET day' }],
  parents: [
    { firstName: 'Dawn', lastName: 'Achterberg', relationship: 'Mother', pupil: 'Florence Achterberg' },
    { firstName: 'Chidi', lastName: 'Okafor', relationship: 'Father', pupil: 'Amara Okafor' },
  ],
};
await storeSettings(extension, SETTINGS);
/** `npx tsx scripts/screenshots.ts evidence`: only the evidence log, the report forms and "Report a mistake". */
const onlyEvidence = process.argv[2] === 'evidence';
const DRAFT = 'Well done Jack Thompson and Ruby Patel from Year 4 for a brilliant assembly!';

/** Types the draft, waits for Post Guard's check and opens its panel. */
async function draftWithFindings(page: Page): Promise<void> {
  await page.keyboard.type(DRAFT);
  const world = await ExtensionWorld.attach(page);
  await world.waitFor(`return root?.querySelector('.badge-anchor:not([hidden]) .count')`);
  await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`${OUT}/${name}.png`);
}

/** The reminder before following a parent, the note beside a follower request, and the options page's list. */
async function contactShots(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.goto(`${server.origin('x.com')}/dawnachterberg?theme=${theme}`);
  await page.getByTestId('1600000000000000001-follow').click();
  const world = await ExtensionWorld.attach(page);
  await world.waitFor(`return root?.querySelector('[role=alertdialog]')`);
  await shot(page, `x-contact-reminder-${theme}`);
  await page.goto(`${server.origin('x.com')}/follower_requests?theme=${theme}`);
  await (await ExtensionWorld.attach(page)).waitFor(`return root?.querySelector('.contact-note')`);
  await shot(page, `x-follower-request-note-${theme}`);
  await page.goto(`chrome-extension://${extension.extensionId}/options/index.html#parents-heading`);
  await page.locator('#parents-heading').waitFor();
  await page.evaluate(() => document.getElementById('parents-heading')!.scrollIntoView({ block: 'start' }));
  await shot(page, `options-parents-${theme}`);
}

/** Facebook in Polish: Follow, from the profile's "See options" menu, held for the reminder. */
async function facebookContactShot(theme: 'light' | 'dark'): Promise<void> {
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`${server.origin('www.facebook.com')}/dawn.achterberg?lang=pl&theme=${theme}`);
  await page.getByRole('button', { name: 'Zobacz opcje' }).click();
  await page.getByRole('menuitem', { name: 'Obserwuj' }).click();
  await (await ExtensionWorld.attach(page)).waitFor(`return root?.querySelector('[role=alertdialog]')`);
  await shot(page, `facebook-contact-reminder-pl-${theme}`);
  await page.close();
}

/**
 * Who is posting on YouTube: a Short's comment where the page does not say (guessed, with "I am posting as the
 * school's channel"), the same once declared, and the popup's "This tab" for it. The popup is opened as a page;
 * its question about the active tab is pointed at the YouTube tab.
 */
async function youtubeAccountShots(theme: 'light' | 'dark'): Promise<void> {
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`${server.origin('www.youtube.com')}/shorts/leaf01?theme=${theme}`);
  const short = page.locator('ytd-reel-video-renderer[is-active]');
  await short.locator('#comments-button button').click();
  await short.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
  await draftWithFindings(page);
  await shot(page, `youtube-shorts-guessed-${theme}`);
  const world = await ExtensionWorld.attach(page);
  await clickInOverlay(page, world, '.panel .declare input');
  await world.waitFor(`return root.querySelector('.panel .declare input')?.checked || null`);
  await shot(page, `youtube-shorts-declared-${theme}`);

  const youtubeTab = await extension.serviceWorker.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      const answer = await chrome.tabs
        .sendMessage(tab.id!, { type: 'post-guard-tab-status' }, { frameId: 0 })
        .catch(() => undefined);
      if (answer) return tab;
    }
    return undefined;
  });
  const popup = await extension.context.newPage();
  await popup.emulateMedia({ colorScheme: theme });
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.addInitScript((tab) => {
    chrome.tabs.query = (async () => [tab]) as unknown as typeof chrome.tabs.query;
  }, youtubeTab);
  await popup.goto(`chrome-extension://${extension.extensionId}/popup/index.html`);
  await shot(popup, `popup-youtube-declared-${theme}`);
  await popup.close();
  await page.close();
}

/**
 * Saves two captures of the X fixture into the evidence log the way a member of staff does: the toolbar button
 * (which grants activeTab), then "Save evidence of this page" in the popup, reached from an extension page.
 */
async function saveEvidence(): Promise<void> {
  const page = await extension.context.newPage();
  await page.goto(`${server.origin('x.com')}/home`);
  await clickToolbarButton(page, extension.extensionId);
  const driver = await popupDriver(extension);
  const click = () =>
    inPopup<boolean>(
      driver,
      `const button = document.querySelector('.pg-wrong button'); button?.click(); return Boolean(button);`,
    ).catch(() => false);
  while (!(await click())) await driver.waitForTimeout(100);
  await driver.waitForTimeout(1500);
  await page.mouse.wheel(0, 600);
  await driver.waitForTimeout(500);
  await click();
  await driver.waitForTimeout(1500);
  await driver.close();
  await page.close();
}

/**
 * Lesson time: a lesson of today's weekday around the present time (term dates cover today), then the badge's
 * clock with its findings and the "Before you post" dialog's lesson-time line on X; the settings go back after.
 */
async function lessonTimeShots(theme: 'light' | 'dark'): Promise<void> {
  const hhmm = (date: Date) =>
    `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  const now = Date.now();
  const start = new Date(Math.max(now - 25 * 60_000, new Date(now).setHours(0, 0, 0, 0)));
  const end = new Date(Math.min(now + 35 * 60_000, new Date(now).setHours(23, 59, 0, 0)));
  const weekday = new Date(now).toLocaleDateString('en-GB', { weekday: 'long' }).toLowerCase();
  const today = new Date(now).toISOString().slice(0, 10);
  await storeSettings(extension, {
    ...SETTINGS,
    lessonTimes: [{ weekday, start: hhmm(start), end: hhmm(end) }],
    termDates: [{ name: 'This term', start: today, end: today }],
  });
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`${server.origin('x.com')}/home?theme=${theme}`);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await draftWithFindings(page);
  await shot(page, `x-lesson-time-findings-${theme}`);
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
  await shot(page, `x-lesson-time-dialog-${theme}`);
  // The settings page with a school day's lessons (Monday, the rest the same), then the settings as they were.
  const lessons = [
    ['08:50', '10:20'],
    ['10:40', '12:10'],
    ['13:10', '15:15'],
  ].map(([start, end]) => ({ weekday: 'monday', start, end }));
  await storeSettings(extension, { ...SETTINGS, lessonTimes: lessons });
  await page.goto(`chrome-extension://${extension.extensionId}/options/index.html`);
  await page.locator('#lessons-heading').waitFor();
  await page.evaluate(() => document.getElementById('lessons-heading')!.scrollIntoView({ block: 'start' }));
  await shot(page, `options-lesson-time-${theme}`);
  await page.close();
  await storeSettings(extension, SETTINGS);
}

/**
 * The real popup, just after "Save evidence of this page": opened by the toolbar button on X's fixture (activeTab
 * granted), the capture made there, then photographed through the DevTools Protocol: Playwright cannot attach to
 * the popup (it is no page of its context), but its target takes Page.captureScreenshot over a browser session.
 * Only its colour scheme is emulated; its window keeps the size Chromium gave it.
 */
async function popupCaptureShot(theme: 'light' | 'dark'): Promise<void> {
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`${server.origin('x.com')}/home?theme=${theme}`);
  await clickToolbarButton(page, extension.extensionId);
  const driver = await popupDriver(extension);
  const inThePopup = <T>(body: string) => inPopup<T>(driver, body).catch(() => undefined);
  while (!(await inThePopup<boolean>(`return Boolean(document.querySelector('.pg-wrong button'));`))) {
    await driver.waitForTimeout(100);
  }
  await inThePopup(`
    const note = document.querySelector('.pg-capture textarea');
    note.value = 'Abusive reply under the fair post';
    note.dispatchEvent(new Event('input', { bubbles: true }));`);
  await driver.waitForTimeout(200);
  await inThePopup(`document.querySelector('.pg-wrong button').click();`);
  while (
    !(await inThePopup<boolean>(
      `return document.querySelector('.pg-capture-status')?.textContent.includes('Saved') ?? false;`,
    ))
  ) {
    await driver.waitForTimeout(100);
  }

  const browser = extension.context.browser();
  const session = await (browser ? browser.newBrowserCDPSession() : extension.context.newCDPSession(driver));
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{}] } as never)) as {
    targetInfos: { targetId: string; url: string; type: string }[];
  };
  const popupTarget = targetInfos.find(
    (target) =>
      target.url === `chrome-extension://${extension.extensionId}/popup/index.html` && target.type !== 'tab',
  );
  if (!popupTarget) throw new Error('No popup target');
  const { sessionId } = (await session.send('Target.attachToTarget', {
    targetId: popupTarget.targetId,
    flatten: false,
  })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? message.error);
  });
  const send = (method: string, params: Record<string, unknown>) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  await send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: theme }] });
  await driver.waitForTimeout(600);
  // The popup's window is as tall as Chromium makes it (at most 600 px): scrolled to show the saved status whole.
  await inThePopup(`document.querySelector('.pg-capture-status').scrollIntoView({ block: 'end' });`);
  await driver.waitForTimeout(300);
  const { data } = (await send('Page.captureScreenshot', { format: 'png' })) as { data: string };
  const file = path.join(OUT, `popup-evidence-saved-${theme}.png`);
  writeFileSync(file, Buffer.from(data, 'base64'));
  console.log(file);
  await session.detach();
  await driver.close();
  await page.close();
}

async function evidenceScreens(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const base = `chrome-extension://${extension.extensionId}`;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${base}/evidence/index.html`);
  await shot(page, `evidence-log-${theme}`);
  await page.getByRole('button', { name: 'Open', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Incidents' }).scrollIntoViewIfNeeded();
  await shot(page, `evidence-incident-${theme}`);
  const id = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        indexedDB.open('post-guard-evidence').onsuccess = (event) => {
          const db = (event.target as IDBOpenDBRequest).result;
          db.transaction('incidents').objectStore('incidents').getAllKeys().onsuccess = (keys) =>
            resolve(String(((keys.target as IDBRequest).result as IDBValidKey[])[0]));
        };
      }),
  );
  await page.goto(`${base}/evidence/index.html?print=${id}`);
  await shot(page, `evidence-report-${theme}`);
  await page.goto(
    `${base}/report/index.html?kind=website-content&url=${encodeURIComponent('https://x.com/home')}&title=Home`,
  );
  await shot(page, `report-website-${theme}`);
  await page.goto(`${base}/report/index.html?kind=friend-request&name=Sam%20Parent&site=Facebook`);
  await shot(page, `report-friend-${theme}`);
  await page.goto(`${base}/options/index.html#reports-heading`);
  await page.locator('#reports-heading').scrollIntoViewIfNeeded();
  await shot(page, `options-reports-${theme}`);

  await page.goto(`${server.origin('x.com')}/home?theme=${theme}`);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await draftWithFindings(page);
  const world = await ExtensionWorld.attach(page);
  await clickInOverlay(page, world, '.panel li button.quiet:last-child');
  await shot(page, `x-report-mistake-${theme}`);
}

/**
 * Photos where staff attach them (issue 14): a Facebook comment's photo with people (its panel, then "Before you
 * post"), a YouTube community post's image, and a video whose frames cannot be drawn ("Video not checked").
 */
async function photoShots(theme: 'light' | 'dark'): Promise<void> {
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  const openPanel = async (): Promise<ExtensionWorld> => {
    const world = await ExtensionWorld.attach(page);
    await world.waitFor(`return root?.querySelector('.badge-anchor:not([hidden]) .count')`, {
      timeout: 60_000,
    });
    await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
    return world;
  };

  await page.goto(`${server.origin('www.facebook.com')}/?theme=${theme}`);
  const form = page.locator('form[role="presentation"]').first();
  await form.locator('[role="textbox"]').click();
  await page.keyboard.type('Great day out!');
  await form.locator('input[type=file]').setInputFiles(PHOTO_WITH_PEOPLE);
  await openPanel();
  await shot(page, `facebook-comment-photo-findings-${theme}`);
  await page.keyboard.press('Escape');
  await form.locator('[role="textbox"]').click();
  await page.keyboard.press('Enter');
  await shot(page, `facebook-comment-photo-dialog-${theme}`);

  await page.goto(`${server.origin('www.youtube.com')}/@msriverascience/community?theme=${theme}`);
  await page.locator('#create-post-button button').click();
  await page.locator('ytd-backstage-post-dialog-renderer #contenteditable-root').click();
  await page.keyboard.type('Our trip to the science museum');
  await page
    .locator('ytd-backstage-multi-image-select-renderer input[type=file]')
    .setInputFiles(PHOTO_WITH_PEOPLE);
  await openPanel();
  await shot(page, `youtube-community-photo-findings-${theme}`);

  await page.goto(`${server.origin('x.com')}/home?theme=${theme}`);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Assembly this morning');
  await page.locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]').setInputFiles({
    name: 'assembly.mov',
    mimeType: 'video/quicktime',
    buffer: Buffer.from('a clip no decoder here can read'.repeat(100)),
  });
  const world = await ExtensionWorld.attach(page);
  await world.waitFor(
    `return root?.querySelector('.badge-anchor:not([hidden]) [role=status]')?.textContent?.includes('nothing') || null`,
  );
  await page.waitForTimeout(1500);
  await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
  await shot(page, `x-video-not-checked-${theme}`);
  await page.close();
}

try {
  const only = process.argv[2];
  if (only === 'facebook-contacts') {
    for (const theme of ['light', 'dark'] as const) await facebookContactShot(theme);
  }
  if (only === 'lesson-time') {
    for (const theme of ['light', 'dark'] as const) await lessonTimeShots(theme);
  }
  if (only === 'popup-evidence') {
    for (const theme of ['light', 'dark'] as const) await popupCaptureShot(theme);
  }
  if (only === 'youtube-accounts') {
    for (const theme of ['light', 'dark'] as const) await youtubeAccountShots(theme);
  }
  if (!only || only === 'photos') {
    for (const theme of ['light', 'dark'] as const) await photoShots(theme);
  }
  if (!only || onlyEvidence) await saveEvidence();
  for (const theme of only && !onlyEvidence ? [] : (['light', 'dark'] as const)) {
    const page = await extension.context.newPage();
    await page.emulateMedia({ colorScheme: theme });
    if (onlyEvidence) {
      await evidenceScreens(page, theme);
      await popupCaptureShot(theme);
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${extension.extensionId}/popup/index.html`);
      await shot(page, `popup-${theme}`);
      await page.close();
      continue;
    }
    await page.emulateMedia({ colorScheme: theme });

    await page.goto(`${server.origin('x.com')}/home?theme=${theme}`);
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Lovely sunny afternoon at the allotment today.');
    await shot(page, `x-${theme}`);
    await page.goto(`${server.origin('x.com')}/home?theme=${theme}`);
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await draftWithFindings(page);
    await shot(page, `x-findings-${theme}`);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
    await shot(page, `x-dialog-${theme}`);

    // A photo with people in it, on a personal account: the panel, then the dialog.
    await page.goto(`${server.origin('x.com')}/home?theme=${theme}`);
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Great afternoon at the park!');
    await page
      .locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]')
      .setInputFiles(PHOTO_WITH_PEOPLE);
    const photoWorld = await ExtensionWorld.attach(page);
    await photoWorld.waitFor(`return root?.querySelector('.badge-anchor:not([hidden]) .count')`, {
      timeout: 30_000,
    });
    await clickInOverlay(page, photoWorld, '.badge-anchor:not([hidden]) .badge');
    await shot(page, `x-photo-findings-${theme}`);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
    await shot(page, `x-photo-dialog-${theme}`);

    // Tone: an insult (a warning) and tips (a spelling slip the service worker's dictionary finds, a common
    // misspelling, a string of exclamation marks), underlined and listed.
    await page.goto(`${server.origin('x.com')}/home?theme=${theme}`);
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('The council are a bunch of idiots. See you at the assemblly tommorow!!!');
    const toneWorld = await ExtensionWorld.attach(page);
    await toneWorld.waitFor(`return root?.querySelectorAll('.mark.info').length >= 3 || null`, {
      timeout: 20_000,
    });
    await clickInOverlay(page, toneWorld, '.badge-anchor:not([hidden]) .badge');
    await shot(page, `x-tone-${theme}`);

    await page.goto(`${server.origin('www.facebook.com')}/?theme=${theme}`);
    await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
    await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    await draftWithFindings(page);
    await shot(page, `facebook-findings-${theme}`);
    await page.locator('[role="dialog"] [aria-label="Post"][role="button"]').click();
    await shot(page, `facebook-dialog-${theme}`);

    await page.goto(`${server.origin('www.youtube.com')}/watch?v=abc&theme=${theme}`);
    await page.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
    await draftWithFindings(page);
    await shot(page, `youtube-findings-${theme}`);
    await page.locator('ytd-commentbox #submit-button button').click();
    await shot(page, `youtube-dialog-${theme}`);

    await contactShots(page, theme);
    await facebookContactShot(theme);

    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${extension.extensionId}/popup/index.html`);
    await shot(page, `popup-${theme}`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`chrome-extension://${extension.extensionId}/options/index.html`);
    await shot(page, `options-${theme}`);
    await page.locator('#calendar-heading').scrollIntoViewIfNeeded();
    await shot(page, `options-calendar-${theme}`);
    await page.goto(`chrome-extension://${extension.extensionId}/policy-page/index.html`);
    await shot(page, `policy-${theme}`);
    await evidenceScreens(page, theme);
    await popupCaptureShot(theme);
    await page.close();
    await lessonTimeShots(theme);
    await youtubeAccountShots(theme);
  }
} finally {
  await extension.close();
  await server.close();
}
