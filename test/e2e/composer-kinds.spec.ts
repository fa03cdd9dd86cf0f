/**
 * Every kind of composer beyond each site's main one: X's compose dialog, its threads, replies and mobile-layout
 * textarea, Facebook's comment box, replies (Enter and the send arrow, in a post's modal), the interface in Polish,
 * web.facebook.com, group posts and posting as a Page, YouTube's replies, Shorts comments, community post dialog, live
 * chat (in its iframe) and Studio's reply textarea. For each: a roster
 * pupil's name is found as it is typed, the editor's own state keeps exactly what was typed, and posting (through
 * "Before you post" → Post anyway) publishes exactly once.
 */
import type { Frame, Locator, Page } from '@playwright/test';
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

const FACEBOOK_PAGE = { name: 'Welbeck Primary School', id: '61550000000042' };

const SCHOOL = {
  schoolName: 'Welbeck Primary School',
  pupils: [
    { firstName: 'Jack', lastName: 'Thompson' },
    { firstName: 'Ruby', lastName: 'Patel', noPublish: true },
  ],
  officialAccounts: [{ platform: 'facebook', handle: FACEBOOK_PAGE.id }],
};

const FOUND = /1 thing to check/;
const CLEAN = /nothing in this post/;
const POST_ANYWAY = '[role=alertdialog] button.secondary';

async function waitForStatus(world: ExtensionWorld, expected: RegExp): Promise<void> {
  await expect.poll(() => badgeStatus(world), { timeout: 10_000, intervals: [25] }).toMatch(expected);
}

/** A textarea's name is marked: warning marks drawn in the overlay, all of them inside the textarea's box. */
async function expectMarksInside(world: ExtensionWorld, textarea: Locator): Promise<void> {
  const box = (await textarea.boundingBox())!;
  const marks = await drawnMarks(world);
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) {
    expect(mark.severity).toBe('warning');
    expect(mark.left).toBeGreaterThanOrEqual(box.x);
    expect(mark.top).toBeGreaterThanOrEqual(box.y);
    expect(mark.right).toBeLessThanOrEqual(box.x + box.width);
    expect(mark.bottom).toBeLessThanOrEqual(box.y + box.height);
  }
}

/**
 * Waits until the whole draft has been checked: the badge reports one finding and `words` are underlined (a
 * check of a half-typed draft may have reported "Jack" alone a moment before).
 */
async function waitForFinding(world: ExtensionWorld, words: string[]): Promise<void> {
  await expect
    .poll(() => markedWords(world), { timeout: 10_000, intervals: [25] })
    .toEqual({
      warning: words,
      critical: [],
    });
  expect(await badgeStatus(world)).toMatch(FOUND);
}

/** Where two boxes show a badge (a post's comment box and the reply box under it): the finding is the reply's. */
async function waitForFindingBesideAnotherBox(world: ExtensionWorld, words: string[]): Promise<void> {
  await expect
    .poll(() => markedWords(world), { timeout: 10_000, intervals: [25] })
    .toEqual({ warning: words, critical: [] });
  const statuses = await world.evaluate<string[]>(
    `return [...root.querySelectorAll('.badge-anchor:not([hidden]) [role=status]')].map((el) => el.textContent ?? '');`,
  );
  expect(statuses.filter((status) => FOUND.test(status))).toHaveLength(1);
}

function dialogText(world: ExtensionWorld): Promise<string> {
  return world.evaluate<string>(`return root?.querySelector('[role=alertdialog]')?.textContent ?? '';`);
}

/**
 * Publishes with `submit`, expects "Before you post" naming the pupil, chooses Post anyway, and checks that the
 * page's own handler posted `text` exactly once (a thread: each of its posts, once).
 */
async function postAnyway(
  page: Page,
  world: ExtensionWorld,
  submit: () => Promise<void>,
  expectedPosts: { text: string; where: string } | { text: string; where: string }[],
  options: { target?: Page | Frame; click?: (selector: string) => Promise<void> } = {},
): Promise<void> {
  const expected = Array.isArray(expectedPosts) ? expectedPosts : [expectedPosts];
  const target = options.target ?? page;
  const click = options.click ?? ((selector: string) => clickInOverlay(page, world, selector));
  const posted = (): Promise<{ text: string; where: string }[]> =>
    target.evaluate(() => window.__fixture!.posts.map(({ text, where }) => ({ text, where })));
  await submit();
  await expect.poll(() => dialogText(world)).toContain('Jack Thompson');
  expect(await posted()).toEqual([]);
  await click(POST_ANYWAY);
  await expect.poll(posted).toEqual(expected);
  // Exactly once: nothing more goes out afterwards, and the dialog is gone.
  await page.waitForTimeout(400);
  expect(await posted()).toEqual(expected);
  expect(await dialogText(world)).toBe('');
}

test.describe('composer kinds', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, SCHOOL);
  });

  test('X compose dialog (/compose/post): the dialog’s editor is checked, tweetButton is caught', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('x.com', '/compose/post');
    const editor = page.locator('#layers [data-testid="tweetTextarea_0"]');
    await editor.click();
    const draft = 'Well done Jack Thompson for the assembly';
    await typeLikeAPerson(page, draft);
    await waitForFinding(world, ['Jack Thompson']);
    expect(await page.evaluate(() => window.__fixture!.editorTexts())).toEqual({ home: '', modal: draft });
    // Only the dialog's composer shows a badge: the home composer behind the dialog is covered.
    expect(
      await world.evaluate<number>(
        `return [...root.querySelectorAll('.badge-anchor')].filter((el) => !el.hidden).length;`,
      ),
    ).toBe(1);
    await postAnyway(page, world, () => page.locator('#layers [data-testid="tweetButton"]').click(), {
      text: draft,
      where: 'modal',
    });
  });

  test('X thread (/compose/post, Add post): a pupil in the second post is found; Post all posts both, once', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('x.com', '/compose/post');
    await page.locator('#layers [data-testid="tweetTextarea_0"]').click();
    const first = 'Sports day results are in';
    await typeLikeAPerson(page, first);
    await waitForStatus(world, CLEAN);
    await page.locator('#layers [data-testid="addButton"]').click();
    await page.locator('#layers [data-testid="tweetTextarea_1"]').click();
    const second = 'Well done Jack Thompson for winning the sprint';
    await typeLikeAPerson(page, second);
    await expect
      .poll(() => markedWords(world), { timeout: 10_000, intervals: [25] })
      .toEqual({ warning: ['Jack Thompson'], critical: [] });
    // Each post of the thread has its own badge (the home composer's is hidden behind the dialog): the one
    // beside the second post reports the finding, the first post's stays clean.
    const secondFrame = await page
      .locator('#layers [data-testid="tweetTextarea_1RichTextInputContainer"]')
      .boundingBox();
    const badges = await world.evaluate<{ y: number; status: string }[]>(`
      return [...root.querySelectorAll('.badge-anchor:not([hidden])')].map((anchor) => {
        const rect = anchor.querySelector('.badge').getBoundingClientRect();
        return { y: rect.top + rect.height / 2, status: anchor.querySelector('[role=status]')?.textContent ?? '' };
      });
    `);
    expect(badges).toHaveLength(2);
    const middle = secondFrame!.y + secondFrame!.height / 2;
    const [nearest, other] = [...badges].sort((a, b) => Math.abs(a.y - middle) - Math.abs(b.y - middle));
    expect(nearest!.status).toMatch(FOUND);
    expect(other!.status).toMatch(CLEAN);
    // Each editor keeps exactly what was typed in it; the home composer behind the dialog stays empty.
    expect(await page.evaluate(() => window.__fixture!.editorTexts())).toEqual({
      home: '',
      modal: first,
      'modal-1': second,
    });
    const postAll = page.locator('#layers [data-testid="tweetButton"]');
    await expect(postAll).toHaveText('Post all');
    // One FixturePost per editor of the thread, in order.
    await postAnyway(page, world, () => postAll.click(), [
      { text: first, where: 'modal' },
      { text: second, where: 'modal-1' },
    ]);
  });

  test('X reply (/<handle>/status/<id>): Reply is caught', async ({ openSite }) => {
    const { page, world } = await openSite('x.com', '/ParentGroup/status/1790000000000000099');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    const draft = 'Jack Thompson will bring the letters';
    await typeLikeAPerson(page, draft);
    await waitForFinding(world, ['Jack Thompson']);
    expect(await editorText(page)).toBe(draft);
    await postAnyway(page, world, () => page.locator('[data-testid="tweetButtonInline"]').click(), {
      text: draft,
      where: 'reply',
    });
  });

  test('X mobile layout (/home?mobile=1): the textarea composer is checked (badge and panel); Post is caught', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('x.com', '/home?mobile=1');
    await page.setViewportSize({ width: 412, height: 915 });
    const textarea = page.locator('main [data-testid="tweetTextarea_0"] textarea');
    await textarea.click();
    const draft = 'Well done Jack Thompson for the assembly';
    await typeLikeAPerson(page, draft);
    await waitForStatus(world, FOUND);
    // The name is marked by boxes drawn in Post Guard's overlay over the textarea; its value is untouched.
    await expectMarksInside(world, textarea);
    expect(await textarea.inputValue()).toBe(draft);
    expect(await editorText(page)).toBe(draft);
    await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
    await expect
      .poll(() => world.evaluate<string>(`return root.querySelector('.panel')?.textContent ?? ''`))
      .toContain('Jack Thompson');
    // On a narrow screen the panel lies over the Post button: close it (Escape closes it only when focus is in it).
    await clickInOverlay(page, world, '.panel button.close');
    await expect
      .poll(() => world.evaluate<boolean>(`return root.querySelector('.panel') === null`))
      .toBe(true);
    await postAnyway(page, world, () => page.locator('[data-testid="tweetButtonInline"]').click(), {
      text: draft,
      where: 'home',
    });
    expect(await textarea.inputValue()).toBe('');
  });

  test('Facebook comment box: a pupil is found; the send button is caught as well as Enter', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/');
    await page.locator('div[role="textbox"][aria-label^="Write a comment"]').click();
    const draft = 'Go Jack Thompson';
    await typeLikeAPerson(page, draft);
    await waitForFinding(world, ['Jack Thompson']);
    expect(await editorText(page)).toBe(draft);
    await postAnyway(
      page,
      world,
      () => page.locator('[role="feed"] [role="button"][aria-label="Comment"]').click(),
      { text: draft, where: 'comment' },
    );
  });

  test('Facebook group (/groups/<id>): the group’s Create post dialog is checked; Post is caught', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/groups/welbeckparents');
    await expect(page.locator('.fb-group-name')).toHaveText('Welbeck Primary Parents');
    const region = page.locator('[aria-label="Create a post"][role="region"]');
    await expect(region).toContainText('Write something…');
    await region.getByRole('button').first().click();
    await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    const draft = 'Jack Thompson left his PE kit in the hall';
    await typeLikeAPerson(page, draft);
    await waitForFinding(world, ['Jack Thompson']);
    expect(await editorText(page)).toBe(draft);
    await postAnyway(
      page,
      world,
      () => page.locator('[role="dialog"] [aria-label="Post"][role="button"]').click(),
      { text: draft, where: 'group-post' },
    );
  });

  test('Facebook acting as a Page the school lists: official, so a first name alone is not a warning', async ({
    openSite,
  }) => {
    const draft = 'Well done Jack for a brilliant race';
    // As the person themself (c_user only): a personal account, and the first name is a warning.
    const personal = await openSite('www.facebook.com', '/');
    await personal.page.locator('div[role="textbox"][aria-label^="Write a comment"]').click();
    await typeLikeAPerson(personal.page, draft);
    await waitForStatus(personal.world, FOUND);

    // As the school's Page (i_user and "Comment as …"): official.
    const query = `?actingAs=${encodeURIComponent(FACEBOOK_PAGE.name)}&pageId=${FACEBOOK_PAGE.id}`;
    const { page, world } = await openSite('www.facebook.com', `/${query}`);
    await page.locator(`div[role="textbox"][aria-label="Comment as ${FACEBOOK_PAGE.name}"]`).click();
    await typeLikeAPerson(page, draft);
    await waitForStatus(world, CLEAN);
    // Still clean once the whole draft has surely been checked.
    await page.waitForTimeout(400);
    expect(await badgeStatus(world)).toMatch(CLEAN);
    expect(await editorText(page)).toBe(draft);
    await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
    expect(await world.waitFor<string>(`return root.querySelector('.panel')?.textContent`)).toContain(
      `Checking as the school’s official account (${FACEBOOK_PAGE.name})`,
    );
    await page.keyboard.press('Escape');

    // The Create post dialog, as the Page, is official too (the Page's id).
    await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
    await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    await typeLikeAPerson(page, draft);
    await waitForStatus(world, CLEAN);
    // A clean post goes straight out, once.
    await page.locator('[role="dialog"] [aria-label="Post"][role="button"]').click();
    await expect.poll(() => posts(page)).toEqual([{ text: draft, media: 0, where: 'post' }]);
    await page.waitForTimeout(300);
    expect(await posts(page)).toHaveLength(1);
    expect(await dialogText(world)).toBe('');
  });

  test('Facebook Page the school lists by name or pasted address: the Create post dialog as the Page is official', async ({
    extension,
    openSite,
  }) => {
    const draft = 'Well done Jack for a brilliant race';
    const query = `?actingAs=${encodeURIComponent(FACEBOOK_PAGE.name)}&pageId=${FACEBOOK_PAGE.id}`;
    for (const handle of [
      FACEBOOK_PAGE.name,
      `https://www.facebook.com/profile.php?id=${FACEBOOK_PAGE.id}`,
    ]) {
      await storeSettings(extension, { ...SCHOOL, officialAccounts: [{ platform: 'facebook', handle }] });
      const { page, world } = await openSite('www.facebook.com', `/${query}`);
      await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
      await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
      await typeLikeAPerson(page, draft);
      await waitForStatus(world, CLEAN);
      await page.waitForTimeout(400);
      expect(await badgeStatus(world), handle).toMatch(CLEAN);
      await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
      expect(await world.waitFor<string>(`return root.querySelector('.panel')?.textContent`)).toContain(
        `Checking as the school’s official account (${FACEBOOK_PAGE.name})`,
      );
      await page.close();
    }
  });

  test('Meta Business Suite composer: the school’s Page is the account; Publish and Schedule are both caught', async ({
    openSite,
  }) => {
    const path = `/latest/composer?asset_id=${FACEBOOK_PAGE.id}`;
    const { page, world } = await openSite('business.facebook.com', path);
    const editor = page.locator('[role="combobox"][contenteditable="true"]');
    await editor.click();
    // As the school's Page a first name alone is allowed; the full name of a pupil is not.
    const draft = 'Well done Jack Thompson for a brilliant race';
    await typeLikeAPerson(page, draft);
    await waitForFinding(world, ['Jack Thompson']);
    expect(await editorText(page)).toBe(draft);
    await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
    expect(await world.waitFor<string>(`return root.querySelector('.panel')?.textContent`)).toContain(
      `Checking as the school’s official account (${FACEBOOK_PAGE.name})`,
    );
    await page.keyboard.press('Escape');
    const button = (words: string) => page.locator('.fb-business-footer [role="button"]', { hasText: words });
    await postAnyway(page, world, () => button('Publish').click(), {
      text: draft,
      where: 'business-publish',
    });

    await editor.click();
    const second = 'Jack Thompson reads at the carol service';
    await typeLikeAPerson(page, second);
    await waitForFinding(world, ['Jack Thompson']);
    await page.evaluate(() => window.__fixture!.posts.splice(0));
    await postAnyway(page, world, () => button('Schedule').click(), {
      text: second,
      where: 'business-schedule',
    });
  });

  test('Facebook reply in a post opened in a modal ("Reply to <name>"): Enter is caught', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/?postModal=1');
    await page.locator('[role="dialog"] .fb-link-button').first().click();
    const reply = page.locator('[role="dialog"] [aria-label="Reply to Jordan Lee"]');
    await reply.click();
    const draft = 'Thank you Jack Thompson';
    await typeLikeAPerson(page, draft);
    await waitForFindingBesideAnotherBox(world, ['Jack Thompson']);
    expect(await page.evaluate(() => window.__fixture!.editorTexts())).toMatchObject({ 'reply-2': draft });
    await postAnyway(page, world, () => page.keyboard.press('Enter'), { text: draft, where: 'reply' });
  });

  test('Facebook reply: the send arrow (#focused-state-composer-submit) is caught', async ({ openSite }) => {
    const { page, world } = await openSite('www.facebook.com', '/?postModal=1');
    await page.locator('[role="dialog"] .fb-link-button').first().click();
    await page.locator('[role="dialog"] [aria-label="Reply to Jordan Lee"]').click();
    const draft = 'Jack Thompson will love this';
    await typeLikeAPerson(page, draft);
    await waitForFindingBesideAnotherBox(world, ['Jack Thompson']);
    await postAnyway(
      page,
      world,
      () => page.locator('#focused-state-composer-submit [role="button"]').click(),
      { text: draft, where: 'reply' },
    );
  });

  test('Facebook in Polish (?lang=pl): the post dialog is checked; "Opublikuj" is caught', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/?lang=pl');
    await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
    await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    const draft = 'Brawo Jack Thompson';
    await typeLikeAPerson(page, draft);
    await waitForFinding(world, ['Jack Thompson']);
    expect(await editorText(page)).toBe(draft);
    await postAnyway(
      page,
      world,
      () => page.locator('[role="dialog"] [aria-label="Opublikuj"][role="button"]').click(),
      { text: draft, where: 'post' },
    );
  });

  test('Facebook on web.facebook.com: the same site, checked the same; the comment’s Enter is caught', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('web.facebook.com', '/');
    await page.locator('div[role="textbox"][aria-label^="Write a comment"]').click();
    const draft = 'Go Jack Thompson';
    await typeLikeAPerson(page, draft);
    await waitForFinding(world, ['Jack Thompson']);
    await postAnyway(page, world, () => page.keyboard.press('Enter'), { text: draft, where: 'comment' });
  });

  test('YouTube reply box: a pupil is found; Reply is caught', async ({ openSite }) => {
    const { page, world } = await openSite('www.youtube.com', '/watch?v=abc');
    await page.locator('ytd-comment-thread-renderer #reply-button-end button').first().click();
    await page.locator('ytd-commentbox[is-reply] #contenteditable-root').click();
    const draft = 'Jack Thompson asked the same question';
    await typeLikeAPerson(page, draft);
    await waitForFinding(world, ['Jack Thompson']);
    expect(await editorText(page)).toBe(draft);
    await postAnyway(
      page,
      world,
      () => page.locator('ytd-commentbox[is-reply] #submit-button button').click(),
      { text: draft, where: 'reply' },
    );
  });

  test('YouTube community post (/@<channel>/community): the post dialog is checked; Post is caught', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.youtube.com', '/@msriverascience/community');
    await page.locator('#create-post-button button').click();
    const dialog = page.locator('ytd-backstage-post-dialog-renderer');
    await dialog.locator('ytd-commentbox #contenteditable-root').click();
    const draft = 'Jack Thompson won the science fair';
    await typeLikeAPerson(page, draft);
    await waitForFinding(world, ['Jack Thompson']);
    expect(await editorText(page)).toBe(draft);
    await postAnyway(page, world, () => dialog.locator('#submit-button button').click(), {
      text: draft,
      where: 'post',
    });
    // The page's own handler closed the dialog and put the post at the top of the feed.
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('ytd-backstage-post-renderer #content-text').first()).toHaveText(draft);
  });

  test('YouTube Shorts comment (/shorts/<id>): the comment box in the Short’s panel is checked; Comment is caught', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.youtube.com', '/shorts/leaf01');
    const short = page.locator('ytd-reel-video-renderer[is-active]');
    await short.locator('#comments-button button').click();
    await short.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
    await short.locator('ytd-commentbox #contenteditable-root').click();
    const draft = 'Jack Thompson spotted the nucleus';
    await typeLikeAPerson(page, draft);
    await waitForFinding(world, ['Jack Thompson']);
    expect(await editorText(page)).toBe(draft);
    await postAnyway(page, world, () => short.locator('ytd-commentbox #submit-button button').click(), {
      text: draft,
      where: 'comment',
    });
    // The page's own handler put the comment at the top of the Short's comments.
    await expect(short.locator('ytd-comment-thread-renderer #content-text').first()).toHaveText(draft);
  });

  test('YouTube live chat, inside its iframe: the frame’s own Post Guard checks it; Enter is caught', async ({
    openSite,
  }) => {
    const { page, world: top } = await openSite('www.youtube.com', '/watch?v=abc&live=1');
    const frame = page.frame({ url: /\/live_chat\?/ });
    expect(frame).not.toBeNull();
    await frame!.waitForFunction(() => window.__fixture !== undefined);
    const chat = top.frame('/live_chat?');
    const input = page.frameLocator('#chatframe').locator('yt-live-chat-text-input-field-renderer div#input');
    await input.click();
    const draft = 'Jack Thompson says hello';
    await typeLikeAPerson(page, draft);
    await waitForFinding(chat, ['Jack Thompson']);
    expect(await frame!.evaluate(() => window.__fixture!.editorText())).toBe(draft);
    // The top frame's Post Guard has nothing to show for the chat: its badge is the frame's own.
    expect(await badgeStatus(top)).toBe('');

    // Clicks in the frame's overlay: its coordinates are the frame's, offset by where the frame is drawn.
    const clickInChatOverlay = async (selector: string): Promise<void> => {
      const offset = await page.locator('#chatframe').evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { x: rect.left + element.clientLeft, y: rect.top + element.clientTop };
      });
      const box = await chat.waitFor<{ x: number; y: number }>(`
        const rect = root?.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
        return rect && rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      `);
      await page.mouse.click(offset.x + box.x, offset.y + box.y);
    };
    await postAnyway(
      page,
      chat,
      () => page.keyboard.press('Enter'),
      { text: draft, where: 'live-chat' },
      {
        target: frame!,
        click: clickInChatOverlay,
      },
    );
  });

  test('YouTube Studio reply textarea: badge, panel and marks drawn over the textarea; Post anyway publishes once', async ({
    openSite,
  }) => {
    // ?pointerSequence=1: Studio's buttons ignore a click without a pointerdown before it.
    const { page, world } = await openSite('studio.youtube.com', '/channel/UC1/comments?pointerSequence=1');
    await page.locator('ytcp-comment-thread #reply-button').first().click();
    const textarea = page.locator('ytcp-commentbox textarea');
    await expect(textarea).toBeFocused();
    const draft = 'Jack Thompson did this in class';
    await typeLikeAPerson(page, draft);
    await waitForStatus(world, FOUND);
    // The name is marked by boxes drawn in Post Guard's overlay over the textarea; its value is untouched.
    await expectMarksInside(world, textarea);
    expect(await textarea.inputValue()).toBe(draft);
    expect(await editorText(page)).toBe(draft);
    await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
    await expect
      .poll(() => world.evaluate<string>(`return root.querySelector('.panel')?.textContent ?? ''`))
      .toContain('Jack Thompson');
    await page.keyboard.press('Escape');
    await postAnyway(
      page,
      world,
      () => page.locator('ytcp-commentbox ytcp-button[aria-label="Reply"]').click(),
      { text: draft, where: 'studio-reply' },
    );
  });
});
