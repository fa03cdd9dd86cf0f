/**
 * Checks the fixture pages alone (no extension): their real editors take typed text, undo, and post through
 * their own submit handlers exactly what was typed. If these fail, extension tests on the fixtures mean nothing.
 */
import { rm } from 'node:fs/promises';
import { expect, test, type Frame, type Page } from '@playwright/test';
import type { FixturePost } from './fixtures/sites/common/fixture-api';
import { launchWithExtension, launchWithoutExtension, type LaunchedBrowser } from './support/launch';
import { buildStubExtension } from './support/stub-extension';
import { startFixtureServer, type FixtureServer } from './support/server';

const TYPED = 'Hello from Room 12 – don’t forget: trip forms are due Friday!';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const IMAGE = { name: 'class-photo.png', mimeType: 'image/png', buffer: PNG };

let server: FixtureServer;
let browser: LaunchedBrowser;

test.beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithoutExtension({ port: server.port });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let page: Page;
let pageErrors: string[];

test.beforeEach(async () => {
  page = await browser.context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

test.afterEach(async () => {
  const violations = await page.evaluate(() => window.__fixture?.cspViolations ?? []).catch(() => []);
  await page.close();
  expect(pageErrors, 'uncaught page errors').toEqual([]);
  expect(violations, 'CSP violations in the fixture page').toEqual([]);
});

type Target = Page | Frame;

const editorText = (target: Target): Promise<string> => target.evaluate(() => window.__fixture!.editorText());
const posts = (target: Target): Promise<FixturePost[]> => target.evaluate(() => window.__fixture!.posts);

async function goto(path: string, host: Parameters<FixtureServer['origin']>[0]): Promise<void> {
  const response = await page.goto(server.origin(host) + path);
  expect(response?.status()).toBe(200);
  await page.waitForFunction(() => window.__fixture !== undefined);
}

const ctrlOrMeta = process.platform === 'darwin' ? 'Meta' : 'Control';

test.describe('server', () => {
  test('serves each host with its CSP and blocks every other host', async () => {
    const expected: Array<[Parameters<FixtureServer['origin']>[0], string, RegExp]> = [
      ['x.com', '/home', /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/],
      ['twitter.com', '/home', /'strict-dynamic'/],
      ['www.facebook.com', '/', /script-src 'self' 'unsafe-inline'/],
      ['www.youtube.com', '/watch?v=abc', /require-trusted-types-for 'script'/],
      ['studio.youtube.com', '/channel/UC1/comments', /require-trusted-types-for 'script'/],
    ];
    for (const [host, path, csp] of expected) {
      const response = await page.goto(server.origin(host) + path);
      expect(response?.status(), host).toBe(200);
      expect(response?.headers()['content-security-policy'], host).toMatch(csp);
    }
    // The CSPs are enforced: X blocks an inline event handler (scripts added through page.evaluate are not a
    // fair probe: DevTools-evaluated code bypasses the page CSP), YouTube requires Trusted Types.
    await page.goto(server.origin('x.com') + '/home');
    const handlerRan = await page.evaluate(() => {
      document.body.setAttribute('onclick', 'window.__handlerRan = true');
      document.body.click();
      document.body.removeAttribute('onclick');
      return (window as { __handlerRan?: boolean }).__handlerRan === true;
    });
    expect(handlerRan).toBe(false);
    await expect
      .poll(() => page.evaluate(() => window.__fixture!.cspViolations.map((v) => v.directive)))
      .toContain('script-src-attr');
    await page.goto(server.origin('www.youtube.com') + '/watch?v=abc');
    const sinkError = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(sinkError).toBe('TypeError');
    await page.evaluate(() => window.__fixture!.cspViolations.splice(0));

    // `MAP * ~NOTFOUND`: nothing outside the fixture hosts resolves, so a test can never reach a real site.
    await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  });
});

test.describe('X', () => {
  const editor = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
  const button = '[data-testid="primaryColumn"] button[data-testid="tweetButtonInline"]';

  test('home composer markup, identity and the disabled Post button', async () => {
    await goto('/home?handle=msjones', 'x.com');
    await expect(page.locator(editor)).toHaveClass(/public-DraftEditor-content/);
    await expect(page.locator(editor)).toHaveAttribute('role', 'textbox');
    await expect(page.locator(editor)).toHaveAttribute('contenteditable', 'true');
    await expect(
      page.locator(
        '[data-testid="tweetTextarea_0RichTextInputContainer"] .public-DraftEditorPlaceholder-root',
      ),
    ).toHaveText('What is happening?!');
    await expect(
      page.locator('[data-testid="toolBar"] input[type=file][data-testid="fileInput"]'),
    ).toHaveCount(1);
    await expect(page.locator(button)).toBeDisabled();
    await expect(
      page.locator(
        '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid="UserAvatar-Container-msjones"]',
      ),
    ).toBeVisible();
    await expect(page.locator('[data-testid="AppTabBar_Profile_Link"]')).toHaveAttribute('href', '/msjones');
  });

  test('typing updates Draft.js state; Post records it once and clears the editor', async () => {
    await goto('/home', 'x.com');
    await page.click(editor);
    await page.keyboard.type(TYPED);
    expect(await editorText(page)).toBe(TYPED);
    await expect(page.locator(button)).toBeEnabled();
    await page.click(button);
    expect(await posts(page)).toEqual([expect.objectContaining({ text: TYPED, media: 0, where: 'home' })]);
    expect(await editorText(page)).toBe('');
    await expect(page.locator(button)).toBeDisabled();
    await expect(page.locator('article[data-testid="tweet"] [data-testid="tweetText"]').first()).toHaveText(
      TYPED,
    );
  });

  test('Enter is a newline, Ctrl/Cmd+Enter posts, Ctrl+Z undoes', async () => {
    await goto('/home', 'x.com');
    await page.click(editor);
    await page.keyboard.type('line one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('line two');
    expect(await editorText(page)).toBe('line one\nline two');
    expect(await posts(page)).toEqual([]);

    await page.keyboard.type(' more');
    await page.keyboard.press(`${ctrlOrMeta}+z`);
    const undone = await editorText(page);
    expect(undone.length).toBeLessThan('line one\nline two more'.length);
    expect('line one\nline two more'.startsWith(undone)).toBe(true);

    await page.keyboard.type('!');
    const before = await editorText(page);
    await page.keyboard.press(`${ctrlOrMeta}+Enter`);
    expect(await posts(page)).toEqual([expect.objectContaining({ text: before, where: 'home' })]);
    expect(await editorText(page)).toBe('');
  });

  test('media: attach shows a removable thumbnail and is counted in the post', async () => {
    await goto('/home', 'x.com');
    const input = page.locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]');
    const first = await input.elementHandle();
    await input.setInputFiles(IMAGE);
    await expect(page.locator('[data-testid="attachments"] img')).toHaveCount(1);
    await expect(page.locator('[data-testid="attachments"] [aria-label="Remove media"]')).toHaveCount(1);
    expect(await first?.evaluate((node) => node.isConnected)).toBe(false); // re-created after attaching
    await expect(page.locator(button)).toBeEnabled(); // media alone is postable
    await page.click(editor);
    await page.keyboard.type('Sports day photos');
    await page.click(button);
    expect(await posts(page)).toEqual([expect.objectContaining({ text: 'Sports day photos', media: 1 })]);
    await expect(page.locator('[data-testid="attachments"]')).toHaveCount(0);
  });

  test('/compose/post opens the modal in #layers with tweetButton', async () => {
    await goto('/compose/post', 'x.com');
    const modalEditor = page.locator('#layers [role="dialog"] [data-testid="tweetTextarea_0"]');
    await expect(modalEditor).toBeFocused();
    await page.keyboard.type(TYPED);
    expect(await editorText(page)).toBe(TYPED);
    expect((await page.evaluate(() => window.__fixture!.editorTexts())).home).toBe('');
    await page.click('#layers button[data-testid="tweetButton"]');
    expect(await posts(page)).toEqual([expect.objectContaining({ text: TYPED, where: 'modal' })]);
    await expect(page.locator('#layers [role="dialog"]')).toHaveCount(0);
    await expect(page).toHaveURL(/\/home$/);
  });

  test('status page has a reply composer', async () => {
    await goto('/ParentGroup/status/1790000000000000099', 'x.com');
    await expect(page.locator('article[data-testid="tweet"]')).toHaveCount(1);
    await expect(page.locator('button[data-testid="tweetButtonInline"]')).toHaveText('Reply');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('We will send them on Monday.');
    await page.click('button[data-testid="tweetButtonInline"]');
    expect(await posts(page)).toEqual([
      expect.objectContaining({ text: 'We will send them on Monday.', where: 'reply' }),
    ]);
  });

  test('?mobile=1: a real textarea composer; typing, Ctrl/Cmd+Enter and Post record its value once', async () => {
    await goto('/home?mobile=1', 'x.com');
    const textarea = page.locator('main [data-testid="tweetTextarea_0"] textarea');
    await expect(page.locator('[data-testid="tweetTextarea_0"][contenteditable]')).toHaveCount(0);
    await expect(page.locator('[data-testid="SideNav_AccountSwitcher_Button"]')).toHaveCount(0);
    await expect(
      page.locator(
        '[data-testid="DashButton_ProfileIcon_Link"] [data-testid="UserAvatar-Container-staffmember"]',
      ),
    ).toBeVisible();
    await expect(page.locator(button)).toBeDisabled();
    await textarea.click();
    await page.keyboard.type('line one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('line two');
    expect(await editorText(page)).toBe('line one\nline two');
    await page.keyboard.press(`${ctrlOrMeta}+Enter`);
    expect(await posts(page)).toEqual([
      expect.objectContaining({ text: 'line one\nline two', where: 'home' }),
    ]);
    expect(await textarea.inputValue()).toBe('');
    await textarea.click();
    await page.keyboard.type(TYPED);
    expect(await editorText(page)).toBe(TYPED);
    await page.click(button);
    expect((await posts(page)).map((post) => post.text)).toEqual(['line one\nline two', TYPED]);
    await expect(page.locator(button)).toBeDisabled();
  });

  test('client-side navigation removes and re-adds the home composer; twitter.com serves the app', async () => {
    await goto('/home', 'twitter.com');
    await page.click('[data-testid="AppTabBar_Profile_Link"]');
    await expect(page).toHaveURL(/twitter\.com\/staffmember$/);
    await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveCount(0);
    await page.click('[data-testid="AppTabBar_Home_Link"]');
    await expect(page.locator(editor)).toHaveCount(1);
  });
});

test.describe('Facebook', () => {
  const dialog = '[role="dialog"][aria-modal="true"]';
  const editor = `${dialog} div[contenteditable="true"][data-lexical-editor="true"][role="textbox"]`;
  const postButton = `${dialog} [aria-label="Post"][role="button"]`;

  test('Create post: Lexical editor takes typing and undo; Post records once and closes the dialog', async () => {
    await goto('/?name=Sam%20Taylor', 'www.facebook.com');
    expect((await page.context().cookies('https://www.facebook.com')).map((c) => c.name)).toContain('c_user');
    await expect(page.locator('div[aria-label="Your profile"][role="button"]')).toBeVisible();
    await page.click('[aria-label="Create a post"][role="region"] [role="button"]');
    await expect(page.locator(dialog)).toHaveAccessibleName('Create post');
    await expect(page.locator(editor)).toHaveAttribute('aria-label', "What's on your mind, Sam?");
    await expect(page.locator(editor)).toBeFocused();
    await expect(page.locator(postButton)).toHaveAttribute('aria-disabled', 'true');

    await page.keyboard.type(TYPED);
    expect(await editorText(page)).toBe(TYPED);
    await page.keyboard.press(`${ctrlOrMeta}+z`);
    const undone = await editorText(page);
    expect(undone.length).toBeLessThan(TYPED.length);
    expect(TYPED.startsWith(undone)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(TYPED);
    expect(await editorText(page)).toBe(TYPED);

    await expect(page.locator(postButton)).not.toHaveAttribute('aria-disabled', 'true');
    await page.click(postButton);
    expect(await posts(page)).toEqual([expect.objectContaining({ text: TYPED, media: 0, where: 'post' })]);
    await expect(page.locator(dialog)).toHaveCount(0);
    await expect(page.locator('[role="feed"] [role="article"]').first()).toContainText(TYPED);
  });

  test('photo attach shows Attached media and is counted', async () => {
    await goto('/', 'www.facebook.com');
    await page.click('[aria-label="Create a post"][role="region"] [role="button"]');
    await page.setInputFiles(`${dialog} input[type=file][accept*="image"]`, IMAGE);
    await expect(page.locator(`${dialog} [aria-label="Attached media"][role="group"] img`)).toHaveCount(1);
    await page.click(postButton);
    expect(await posts(page)).toEqual([expect.objectContaining({ text: '', media: 1 })]);
  });

  test('two-step: Next opens Post settings, whose Post button publishes', async () => {
    await goto('/?twoStep=1', 'www.facebook.com');
    await page.click('[aria-label="Create a post"][role="region"] [role="button"]');
    const next = page.locator(`${dialog} [aria-label="Next"][role="button"]`);
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.type(TYPED);
    await next.click();
    await expect(page.locator(dialog)).toHaveAccessibleName('Post settings');
    await expect(page.locator(editor)).toBeHidden();
    expect(await posts(page)).toEqual([]);
    await page.locator(`${dialog} [aria-label="Post"][role="button"]:visible`).click();
    expect(await posts(page)).toEqual([expect.objectContaining({ text: TYPED, where: 'post' })]);
    await expect(page.locator(dialog)).toHaveCount(0);
  });

  test('comment box: Shift+Enter is a newline, Enter submits', async () => {
    await goto('/', 'www.facebook.com');
    const comment = page
      .locator('div[role="textbox"][contenteditable][aria-label^="Write a comment"]')
      .first();
    await comment.click();
    await page.keyboard.type('See you');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('there');
    expect(await editorText(page)).toBe('See you\nthere');
    await page.keyboard.press('Enter');
    expect(await posts(page)).toEqual([
      expect.objectContaining({ text: 'See you\nthere', where: 'comment' }),
    ]);
    expect(await editorText(page)).toBe('');
  });

  test('acting as a Page sets i_user and shows the Page name', async () => {
    await goto('/?actingAs=Northfield%20Academy', 'www.facebook.com');
    const cookies = await page.context().cookies('https://www.facebook.com');
    expect(cookies.find((c) => c.name === 'i_user')?.value).toBeTruthy();
    await expect(page.locator('[aria-label="Create a post"][role="region"]')).toContainText(
      "What's on your mind, Northfield Academy?",
    );
    await expect(page.locator('div[role="textbox"][aria-label="Comment as Northfield Academy"]')).toHaveCount(
      1,
    );
    await goto('/', 'www.facebook.com');
    expect((await page.context().cookies('https://www.facebook.com')).some((c) => c.name === 'i_user')).toBe(
      false,
    );
  });
});

test.describe('YouTube', () => {
  const root = 'ytd-commentbox #contenteditable-root[contenteditable="true"]';
  const submit = 'ytd-commentbox #submit-button button';

  test('simplebox expands; Comment records once and collapses', async () => {
    await goto('/watch?v=abc&channel=Ms%20Rivera%20Science', 'www.youtube.com');
    await expect(page.locator('ytd-commentbox')).toHaveCount(0);
    await page.click('ytd-comment-simplebox-renderer #placeholder-area');
    await expect(
      page.locator('yt-formatted-string#contenteditable-textarea > div#contenteditable-root'),
    ).toBeFocused();
    await expect(page.locator(root)).toHaveAttribute('aria-label', 'Add a comment…');
    await expect(page.locator(submit)).toBeDisabled();
    await page.keyboard.type(TYPED);
    expect(await editorText(page)).toBe(TYPED);
    await expect(page.locator(submit)).toBeEnabled();
    await page.click(submit);
    expect(await posts(page)).toEqual([expect.objectContaining({ text: TYPED, where: 'comment' })]);
    await expect(page.locator('ytd-comment-simplebox-renderer ytd-commentbox')).toHaveCount(0);
    await expect(page.locator('ytd-comment-thread-renderer #content-text').first()).toHaveText(TYPED);
  });

  test('focus expands too; Cancel clears; native undo works', async () => {
    await goto('/watch?v=abc', 'www.youtube.com');
    await page.focus('#placeholder-area');
    await expect(page.locator(root)).toBeFocused();
    await page.keyboard.type('first draft');
    await page.keyboard.press(`${ctrlOrMeta}+z`);
    const undone = await editorText(page);
    expect(undone.length).toBeLessThan('first draft'.length);
    await page.click('ytd-commentbox #cancel-button button');
    await expect(page.locator('ytd-commentbox')).toHaveCount(0);
    expect(await posts(page)).toEqual([]);
  });

  test('reply box is ytd-commentbox[is-reply] with a Reply button', async () => {
    await goto('/watch?v=abc', 'www.youtube.com');
    await page.locator('ytd-comment-thread-renderer #reply-button-end button').first().click();
    await expect(page.locator('ytd-commentbox[is-reply] #contenteditable-root')).toBeFocused();
    await page.keyboard.type('Yes, next week!');
    await page.click('ytd-commentbox[is-reply] #submit-button button[aria-label="Reply"]');
    expect(await posts(page)).toEqual([expect.objectContaining({ text: 'Yes, next week!', where: 'reply' })]);
  });

  test('Shorts: the comments button shows the active Short’s panel; Comment records once; the account menu names the channel', async () => {
    await goto('/shorts/leaf01', 'www.youtube.com');
    const panel = 'ytd-reel-video-renderer[is-active] ytd-engagement-panel-section-list-renderer';
    await expect(page.locator(panel)).toHaveAttribute('visibility', 'ENGAGEMENT_PANEL_VISIBILITY_HIDDEN');
    await page.click('ytd-reel-video-renderer[is-active] #comments-button button');
    await expect(page.locator(panel)).toHaveAttribute('visibility', 'ENGAGEMENT_PANEL_VISIBILITY_EXPANDED');
    // The next Short is preloaded with its own panel, which stays hidden.
    await expect(
      page.locator('ytd-reel-video-renderer:not([is-active]) ytd-engagement-panel-section-list-renderer'),
    ).toHaveAttribute('visibility', 'ENGAGEMENT_PANEL_VISIBILITY_HIDDEN');
    await page.click(`${panel} ytd-comment-simplebox-renderer #placeholder-area`);
    await expect(page.locator(`${panel} ${root}`)).toBeFocused();
    await page.keyboard.type(TYPED);
    expect(await editorText(page)).toBe(TYPED);
    await page.click(`${panel} ${submit}`);
    expect(await posts(page)).toEqual([expect.objectContaining({ text: TYPED, where: 'comment' })]);
    await expect(page.locator(`${panel} ytd-comment-thread-renderer #content-text`).first()).toHaveText(
      TYPED,
    );
    await expect(page.locator('ytd-active-account-header-renderer')).toHaveCount(0);
    await page.click('#avatar-btn');
    await expect(page.locator('ytd-active-account-header-renderer #channel-handle')).toHaveText(
      '@msriverascience',
    );
  });

  test('community posts: Create post opens the post dialog; Post records once and closes it', async () => {
    await goto('/@msriverascience/community', 'www.youtube.com');
    const dialog = 'ytd-backstage-post-dialog-renderer';
    await expect(page.locator(dialog)).toHaveCount(0);
    await page.click('#create-post-button button');
    await expect(page.locator(`${dialog} ${root}`)).toBeFocused();
    await expect(page.locator(`${dialog} ${submit}`)).toHaveAttribute('aria-label', 'Post');
    await expect(page.locator(`${dialog} ${submit}`)).toBeDisabled();
    await page.keyboard.type(TYPED);
    expect(await editorText(page)).toBe(TYPED);
    await page.click(`${dialog} ${submit}`);
    expect(await posts(page)).toEqual([expect.objectContaining({ text: TYPED, where: 'post' })]);
    await expect(page.locator(dialog)).toHaveCount(0);
    await expect(page.locator('ytd-backstage-post-renderer #content-text').first()).toHaveText(TYPED);
    // /posts (the tab's newer name) serves the same page.
    await goto('/@msriverascience/posts', 'www.youtube.com');
    await expect(page.locator('#create-post-button button')).toHaveText('Create post');
  });

  test('live chat in a same-origin iframe: Enter sends', async () => {
    await goto('/watch?v=abc&live=1', 'www.youtube.com');
    const frame = page.frameLocator('#chatframe');
    await frame.locator('yt-live-chat-text-input-field-renderer div#input[contenteditable]').click();
    await page.keyboard.type('Hello class');
    const chat = page.frames().find((f) => f.url().includes('/live_chat'));
    expect(chat).toBeDefined();
    expect(await editorText(chat!)).toBe('Hello class');
    await page.keyboard.press('Enter');
    expect(await posts(chat!)).toEqual([
      expect.objectContaining({ text: 'Hello class', where: 'live-chat' }),
    ]);
    expect(await editorText(chat!)).toBe('');
    await expect(frame.locator('yt-live-chat-message-input-renderer #send-button button')).toBeDisabled();
  });

  test('Studio reply is a textarea in ytcp-commentbox', async () => {
    await goto('/channel/UC1/comments/inbox', 'studio.youtube.com');
    await page.locator('ytcp-comment-thread #reply-button').first().click();
    await expect(page.locator('ytcp-commentbox textarea')).toBeFocused();
    await page.keyboard.type('Thank you!');
    await page.click('ytcp-commentbox ytcp-button[type="filled"]');
    expect(await posts(page)).toEqual([
      expect.objectContaining({ text: 'Thank you!', where: 'studio-reply' }),
    ]);
  });
});

test.describe('harness with a stub extension', () => {
  test('launchWithExtension loads it; its crxjs-style content script runs under every site CSP', async () => {
    const distDir = await buildStubExtension();
    const withExtension = await launchWithExtension({ distDir, port: server.port });
    try {
      expect(withExtension.extensionId).toMatch(/^[a-p]{32}$/);
      const stubPage = await withExtension.context.newPage();
      const pages: Array<[Parameters<FixtureServer['origin']>[0], string]> = [
        ['x.com', '/home'],
        ['twitter.com', '/compose/post'],
        ['www.facebook.com', '/'],
        ['www.youtube.com', '/watch?v=abc&live=1'],
        ['studio.youtube.com', '/channel/UC1/comments'],
      ];
      for (const [host, path] of pages) {
        await stubPage.goto(server.origin(host) + path);
        const frames =
          host === 'www.youtube.com'
            ? [stubPage.mainFrame(), stubPage.frameLocator('#chatframe')]
            : [stubPage.mainFrame()];
        for (const frame of frames) {
          const stub = frame.locator('post-guard-stub-host[data-ready="true"]');
          await expect(stub, `${host}${path}`).toHaveAttribute('data-message', 'pong');
          await expect(stub, `${host}${path}`).toHaveAttribute('data-inline-style', 'true');
          await expect(stub, `${host}${path}`).toHaveAttribute('data-linked-style', 'true');
        }
        expect(await stubPage.evaluate(() => window.__fixture?.cspViolations), `${host}${path}`).toEqual([]);
      }
      // The fixtures still work with an extension present: type and post on X.
      await stubPage.goto(server.origin('x.com') + '/home');
      await stubPage.click('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
      await stubPage.keyboard.type(TYPED);
      expect(await editorText(stubPage)).toBe(TYPED);
    } finally {
      await withExtension.close();
      await rm(distDir, { recursive: true, force: true });
    }
  });
});
