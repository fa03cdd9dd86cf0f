import type { Page } from '@playwright/test';
import {
  test,
  expect,
  badgeStatus,
  clickInOverlay,
  drawnMarks,
  editorText,
  markedWords,
  storeSettings,
  typeLikeAPerson,
} from './helpers/extension-test';
import type { ExtensionWorld } from './helpers/extension-world';
import { PHOTO_WITH_PEOPLE } from './helpers/photos';

const SCHOOL = {
  schoolName: 'Welbeck Primary School',
  pupils: [
    { firstName: 'Jack', lastName: 'Thompson' },
    { firstName: 'Ruby', lastName: 'Patel', noPublish: true },
  ],
  officialAccounts: [{ platform: 'x', handle: '@WelbeckPrimary' }],
};

/** A 1×1 PNG: what matters is that the site shows an attachment. */
const IMAGE = {
  name: 'sports-day.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
};

/** Waits for the badge to report a check of the current draft, and returns the time it took. */
async function waitForCheck(world: ExtensionWorld, expected: RegExp, timeout = 3000): Promise<string> {
  let status = '';
  await expect
    .poll(async () => (status = await badgeStatus(world)), { timeout, intervals: [25] })
    .toMatch(expected);
  return status;
}

async function openXComposer(
  openSite: (host: 'x.com', path: string) => Promise<{ page: Page; world: ExtensionWorld }>,
  query = '',
) {
  const { page, world } = await openSite('x.com', `/home${query}`);
  const composer = page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
  await composer.click();
  return { page, world, composer };
}

test.describe('inline warnings on X (draft-js)', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, SCHOOL);
  });

  test('a roster pupil is underlined and listed soon after typing pauses; the editor keeps exactly what was typed', async ({
    openSite,
  }) => {
    const { page, world } = await openXComposer(openSite);
    const draft = 'Well done Jack Thompson for a brilliant assembly today';
    await typeLikeAPerson(page, draft);
    const typedAt = Date.now();
    await waitForCheck(world, /1 thing to check/);
    // Typing pauses for 150 ms before a check; the issue asks for the warning within 300 ms of the pause.
    test
      .info()
      .annotations.push({ type: 'latency', description: `${Date.now() - typedAt} ms after the last key` });
    expect(await markedWords(world)).toEqual({ warning: ['Jack Thompson'], critical: [] });
    expect(await editorText(page)).toBe(draft);

    await clickInOverlay(page, world, '.badge');
    const panel = await world.waitFor<string>(`return root.querySelector('.panel')?.textContent`);
    expect(panel).toContain('Jack Thompson');
    expect(panel).toContain('could identify a pupil, class or the school');
    // The fixture's side navigation shows the handle @staffmember: not one of the school's accounts.
    expect(panel).toContain('Checking as a personal account (@staffmember)');
  });

  test('a quick fix replaces the name through the editor, which can undo it', async ({ openSite }) => {
    const { page, world } = await openXComposer(openSite);
    await typeLikeAPerson(page, 'Proud of Jack Thompson today');
    await waitForCheck(world, /1 thing to check/);
    // The check of the whole draft, not of a half-typed one ("Proud of Jack").
    await expect.poll(() => markedWords(world)).toEqual({ warning: ['Jack Thompson'], critical: [] });
    await clickInOverlay(page, world, '.badge');
    await clickInOverlay(page, world, '.panel li button:not(.quiet)');
    await expect.poll(() => editorText(page)).toBe('Proud of J. today');
    await waitForCheck(world, /nothing in this post/);
    expect(await markedWords(world)).toEqual({ warning: [], critical: [] });

    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe('Proud of Jack Thompson today');
  });

  test('"This is fine here" dismisses a finding for this draft only', async ({ openSite }) => {
    const { page, world } = await openXComposer(openSite);
    await typeLikeAPerson(page, 'Jack Thompson was brilliant');
    await waitForCheck(world, /1 thing to check/);
    await clickInOverlay(page, world, '.badge');
    await clickInOverlay(page, world, '.panel li button.quiet');
    await waitForCheck(world, /nothing in this post/);
    expect(await editorText(page)).toBe('Jack Thompson was brilliant');
  });

  test('a no-publish pupil is critical and cannot be dismissed', async ({ openSite }) => {
    const { page, world } = await openXComposer(openSite);
    await typeLikeAPerson(page, 'Ruby Patel did so well');
    await waitForCheck(world, /1 thing to check/);
    expect(await markedWords(world)).toEqual({ warning: [], critical: ['Ruby Patel'] });
    await clickInOverlay(page, world, '.badge');
    const buttons = await world.waitFor<string[]>(
      `const list = root.querySelector('.panel li'); return list && [...list.querySelectorAll('button')].map((b) => b.textContent);`,
    );
    expect(buttons).not.toContain('This is fine here');
  });

  test('the school’s official account changes the findings, and so does attached media', async ({
    openSite,
  }) => {
    const personal = await openXComposer(openSite);
    await typeLikeAPerson(personal.page, 'Well done Jack for a brilliant assembly');
    await waitForCheck(personal.world, /1 thing to check/);

    const official = await openXComposer(openSite, '?handle=WelbeckPrimary');
    await typeLikeAPerson(official.page, 'Well done Jack for a brilliant assembly');
    // On the school's own account a first name alone is a note, not a warning.
    await waitForCheck(official.world, /nothing in this post/);
    const report = await official.world.evaluate<string>(
      `return root.querySelector('.badge')?.getAttribute('title')`,
    );
    expect(report).toContain('nothing in this post');

    // A photo with a pupil's first name is a warning even on the official account.
    await official.page
      .locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]')
      .setInputFiles(IMAGE);
    await waitForCheck(official.world, /1 thing to check/);
    expect(await editorText(official.page)).toBe('Well done Jack for a brilliant assembly');
  });

  test('a photo with people on a personal account is a warning about pupil images', async ({ openSite }) => {
    const { page, world } = await openXComposer(openSite);
    await typeLikeAPerson(page, 'Lovely afternoon in the sunshine');
    await waitForCheck(world, /nothing in this post/);
    await page
      .locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]')
      .setInputFiles(PHOTO_WITH_PEOPLE);
    // The face model loads with the first photo.
    await waitForCheck(world, /1 thing to check/, 20_000);
    await clickInOverlay(page, world, '.badge');
    expect(await world.waitFor<string>(`return root.querySelector('.panel')?.textContent`)).toMatch(
      /school['’]s own accounts/,
    );
  });
});

test.describe('inline warnings on Facebook (Lexical) and YouTube', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, SCHOOL);
  });

  test('Facebook: a pupil is flagged and the quick fix goes through Lexical', async ({ openSite }) => {
    const { page, world } = await openSite('www.facebook.com', '/');
    await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
    await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    await typeLikeAPerson(page, 'So proud of Jack Thompson today');
    await waitForCheck(world, /1 thing to check/);
    await expect.poll(async () => (await markedWords(world)).warning).toEqual(['Jack Thompson']);
    await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
    await clickInOverlay(page, world, '.panel li button:not(.quiet)');
    await expect.poll(() => editorText(page)).toBe('So proud of J. today');
  });

  test('YouTube: a pupil in a comment is flagged; the comment box keeps its text', async ({ openSite }) => {
    const { page, world } = await openSite('www.youtube.com', '/watch?v=abc');
    await page.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
    await typeLikeAPerson(page, 'Jack Thompson loved this video');
    await waitForCheck(world, /1 thing to check/);
    // The marks are measured and drawn in the frame after the badge shows what was found.
    await expect.poll(async () => (await markedWords(world)).warning).toEqual(['Jack Thompson']);
    expect(await editorText(page)).toBe('Jack Thompson loved this video');
  });
});

test('a 100,000-character paste is kept whole and checked without holding the page up', async ({
  openSite,
  extension,
}) => {
  await storeSettings(extension, SCHOOL);
  const { page, world } = await openSite('www.youtube.com', '/watch?v=abc');
  await page.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
  const sentence = 'We had a wonderful afternoon at the park and everyone enjoyed the sunshine. ';
  const pasted = (sentence.repeat(Math.ceil(100_000 / sentence.length)) + 'Well done Jack Thompson!').slice(
    -100_000,
  );
  // Long tasks on the page's event loop, Post Guard's content script included.
  await page.evaluate(() => {
    const longest = { ms: 0 };
    (window as unknown as { longest: typeof longest }).longest = longest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.keyboard.insertText(pasted);
  // Correctness, not speed, is asserted here: `npm run bench` measures the engine's slices.
  await waitForCheck(world, /1 thing to check/, 15_000);
  await expect.poll(async () => (await markedWords(world)).warning).toEqual(['Jack Thompson']);
  expect((await editorText(page)).length).toBe(pasted.length);
  const longestTask = await page.evaluate(
    () => (window as unknown as { longest: { ms: number } }).longest.ms,
  );
  test.info().annotations.push({ type: 'longest task', description: `${Math.round(longestTask)} ms` });
});

test('a site the school switched off is not checked and publishing is untouched; switching it back on checks again', async ({
  openSite,
  extension,
}) => {
  await storeSettings(extension, { ...SCHOOL, sites: { x: false } });
  const { page, world } = await openSite('x.com', '/home');
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await typeLikeAPerson(page, 'Jack Thompson');
  await waitForCheck(world, /switched checking off on X/);
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
  await expect.poll(() => editorText(page)).toBe('');
  await storeSettings(extension, SCHOOL);
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await typeLikeAPerson(page, 'Jack Thompson');
  await waitForCheck(world, /1 thing to check/, 8000);
  expect(await editorText(page)).toBe('Jack Thompson');
});

test('a textarea composer (YouTube Studio) gets its marks as boxes over the words, and keeps its value', async ({
  openSite,
  extension,
}) => {
  await storeSettings(extension, SCHOOL);
  const { page, world } = await openSite('studio.youtube.com', '/channel/UC1/comments');
  await page.locator('ytcp-comment-thread #reply-button').first().click();
  const textarea = page.locator('ytcp-commentbox textarea');
  const draft = 'Thanks! Jack Thompson and Ruby Patel made this';
  await textarea.click();
  await typeLikeAPerson(page, draft);
  await waitForCheck(world, /2 things to check/);
  await expect.poll(async () => (await drawnMarks(world)).length).toBe(2);
  const marks = (await drawnMarks(world)).map((mark) => ({ ...mark, width: mark.right - mark.left }));
  // Each box sits on its words: the textarea's own text positions, measured by the browser.
  const box = (await textarea.boundingBox())!;
  expect(marks.map((mark) => mark.severity)).toEqual(['warning', 'critical']);
  for (const mark of marks) {
    expect(mark.left).toBeGreaterThan(box.x);
    expect(mark.left + mark.width).toBeLessThan(box.x + box.width);
    expect(mark.top).toBeGreaterThanOrEqual(box.y - 1);
    expect(mark.top).toBeLessThan(box.y + box.height);
  }
  expect(marks[1]!.left).toBeGreaterThan(marks[0]!.left + marks[0]!.width);
  expect(await textarea.inputValue()).toBe(draft);
});

test('Alt+Shift+P opens the list from the keyboard; Escape returns to the draft', async ({
  openSite,
  extension,
}) => {
  await storeSettings(extension, SCHOOL);
  const { page, world } = await openSite('x.com', '/home');
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await typeLikeAPerson(page, 'Well done Jack Thompson');
  await waitForCheck(world, /1 thing to check/);
  await page.keyboard.press('Alt+Shift+KeyP');
  expect(await world.waitFor<string>(`return root.activeElement?.textContent`)).toBe('Use J. instead');
  await page.keyboard.press('Tab');
  expect(await world.evaluate<string>(`return root.activeElement?.textContent`)).toBe('This is fine here');
  await page.keyboard.press('Escape');
  await expect.poll(() => world.evaluate<boolean>(`return !root.querySelector('.panel');`)).toBe(true);
  await typeLikeAPerson(page, '!');
  expect(await editorText(page)).toBe('Well done Jack Thompson!');
});

test('Escape closes the list however it was opened: from the badge, with focus on the badge or on the page', async ({
  openSite,
  extension,
}) => {
  await storeSettings(extension, SCHOOL);
  const { page, world } = await openXComposer(openSite);
  await typeLikeAPerson(page, 'Well done Jack Thompson');
  await waitForCheck(world, /1 thing to check/);
  const panelOpen = () => world.evaluate<boolean>(`return Boolean(root.querySelector('.panel'));`);

  await clickInOverlay(page, world, '.badge');
  await expect.poll(panelOpen).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(panelOpen).toBe(false);

  await clickInOverlay(page, world, '.badge');
  await expect.poll(panelOpen).toBe(true);
  // The member of staff clicks somewhere on the page that takes no focus, then presses Escape.
  await page.mouse.click(5, 5);
  await page.keyboard.press('Escape');
  await expect.poll(panelOpen).toBe(false);
  expect(await editorText(page)).toBe('Well done Jack Thompson');
});

test('the list never covers the site’s Post button and never runs off the bottom of the window', async ({
  openSite,
  extension,
}) => {
  await storeSettings(extension, SCHOOL);
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 700, height: 560 },
  ]) {
    const { page, world } = await openXComposer(openSite);
    await page.setViewportSize(viewport);
    await typeLikeAPerson(page, 'Well done Jack Thompson and Ruby Patel in Year 4, see you at Welbeck!');
    await waitForCheck(world, /things? to check/);
    await clickInOverlay(page, world, '.badge');
    const panel = await world.waitFor<{ left: number; top: number; right: number; bottom: number }>(
      `const box = root.querySelector('.panel')?.getBoundingClientRect();
       return box && { left: box.left, top: box.top, right: box.right, bottom: box.bottom };`,
    );
    const post = await page
      .locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]')
      .boundingBox();
    expect(post).not.toBeNull();
    const overlaps =
      panel.left < post!.x + post!.width &&
      panel.right > post!.x &&
      panel.top < post!.y + post!.height &&
      panel.bottom > post!.y;
    expect(
      overlaps,
      `panel ${JSON.stringify(panel)} and Post ${JSON.stringify(post)} at ${viewport.width}×${viewport.height}`,
    ).toBe(false);
    expect(panel.bottom).toBeLessThanOrEqual(viewport.height);
    expect(panel.top).toBeGreaterThanOrEqual(0);
    await page.close();
  }
});

test('during the school’s lesson times the list reminds staff of the policy on lesson time', async ({
  openSite,
  extension,
}) => {
  const everyDay = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  await storeSettings(extension, {
    ...SCHOOL,
    lessonTimes: everyDay.map((weekday) => ({ weekday, start: '00:00', end: '23:59' })),
  });
  const { page, world } = await openXComposer(openSite);
  await typeLikeAPerson(page, 'Well done Jack Thompson');
  await waitForCheck(world, /1 thing to check/);
  await clickInOverlay(page, world, '.badge');
  const panel = await world.waitFor<string>(`return root.querySelector('.panel')?.textContent`);
  expect(panel).toContain('It is lesson time (00:00–23:59)');
  expect(panel).toContain('Staff may not access social media during lesson time');
});

test('the list links to the whole policy, opened in a tab of the extension', async ({
  openSite,
  extension,
}) => {
  await storeSettings(extension, SCHOOL);
  const { page, world } = await openXComposer(openSite);
  await typeLikeAPerson(page, 'Well done Jack Thompson');
  await waitForCheck(world, /1 thing to check/);
  await clickInOverlay(page, world, '.badge');
  const opened = extension.context.waitForEvent('page');
  await clickInOverlay(page, world, '.panel .footer button');
  const policy = await opened;
  await policy.waitForLoadState();
  expect(policy.url()).toBe(`chrome-extension://${extension.extensionId}/policy-page/index.html`);
  await expect(policy.getByRole('heading', { level: 1 })).toContainText(/Social Media/i);
  await policy.close();
});
