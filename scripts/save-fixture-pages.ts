/**
 * Saves the rendered DOM of each fixture page state, for the site adapters' unit tests:
 *   npx tsx scripts/save-fixture-pages.ts [<site>/<state> …]
 * Opens every state in the system Chromium WITHOUT Post Guard (test/e2e/support/launch.ts), brings the page to
 * the state as a person would (clicks, typing, attaching a photo), and writes
 * `document.documentElement.outerHTML` with scripts and stylesheet links stripped to
 * test/fixtures/pages/<site>/<state>.html. test/fixtures/pages/pages.json records, per page, the address it was
 * saved from and the cookies the page's own scripts saw (Facebook's c_user / i_user name the posting account).
 * Run it again whenever a fixture site's markup changes; the unit tests then say which selectors drifted. Given
 * `<site>/<state>` names, it saves only those and keeps the other pages' entries in pages.json.
 */
import { readFile } from 'node:fs/promises';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithoutExtension } from '../test/e2e/support/launch';
import { startFixtureServer, type FixtureHost } from '../test/e2e/support/server';

const OUT_DIR = path.resolve('test/fixtures/pages');

/** A 1×1 PNG: what matters is that the site shows an attachment. */
const IMAGE = {
  name: 'sports-day.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
};

/** Facebook's acting-as Page: its name (shown by the page) and its profile id (the i_user cookie). */
const FACEBOOK_PAGE = { name: 'Welbeck Primary School', id: '61550000000042' };

interface PageState {
  site: 'x' | 'facebook' | 'youtube';
  state: string;
  host: FixtureHost;
  path: string;
  /** Brings the page into the state to save, as a person would. */
  prepare(page: Page): Promise<void>;
}

const openFacebookDialog = async (page: Page): Promise<void> => {
  await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
  await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
};

const STATES: PageState[] = [
  {
    site: 'x',
    state: 'home',
    host: 'x.com',
    path: '/home',
    prepare: async (page) => {
      await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
      await page.keyboard.type('Lovely afternoon at the allotment');
    },
  },
  {
    site: 'x',
    state: 'compose-dialog',
    host: 'x.com',
    path: '/compose/post',
    prepare: async (page) => {
      // The dialog focuses its editor on opening; the home composer stays behind it, empty.
      await page.locator('#layers [data-testid="tweetTextarea_0"]').waitFor();
      await page.keyboard.type('First line');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Third line');
    },
  },
  {
    site: 'x',
    state: 'compose-thread',
    host: 'x.com',
    path: '/compose/post',
    prepare: async (page) => {
      // A thread: "Add post" adds tweetTextarea_1 under the first post; tweetButton becomes "Post all".
      await page.locator('#layers [data-testid="tweetTextarea_0"]').waitFor();
      await page.keyboard.type('First post');
      await page.locator('#layers [data-testid="addButton"]').click();
      await page.locator('#layers [data-testid="tweetTextarea_1"]').click();
      await page.keyboard.type('Second post');
    },
  },
  {
    site: 'x',
    state: 'reply',
    host: 'x.com',
    path: '/ParentGroup/status/1790000000000000099',
    prepare: async (page) => {
      await page.locator('[data-testid="tweetTextarea_0"]').click();
      await page.keyboard.type('Letters go out on Monday.');
    },
  },
  {
    site: 'x',
    state: 'home-with-photo',
    host: 'x.com',
    path: '/home',
    prepare: async (page) => {
      await page.locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]').setInputFiles(IMAGE);
      await page.locator('[data-testid="attachments"] img').waitFor();
    },
  },
  {
    site: 'x',
    state: 'renamed',
    host: 'x.com',
    path: '/home?renamed=1',
    prepare: async (page) => {
      await page.locator('[data-testid="postComposer_0"]').click();
      await page.keyboard.type('Still works');
    },
  },
  {
    site: 'x',
    state: 'mobile-home',
    host: 'x.com',
    // X's narrow mobile layout: the composer is a plain <textarea> (composer-dom.md).
    path: '/home?mobile=1',
    prepare: async (page) => {
      await page.locator('main [data-testid="tweetTextarea_0"] textarea').click();
      await page.keyboard.type('Lovely afternoon at the allotment');
    },
  },
  {
    site: 'x',
    state: 'chat',
    host: 'x.com',
    // X Chat, where direct messages moved in 2026 (test/e2e/fixtures/sites/x/chat.tsx).
    path: '/i/chat/1500000000000000001:1500000000000000777',
    prepare: async (page) => {
      await page.locator('textarea[data-testid="dm-composer-textarea"]').click();
      await page.keyboard.type('Thanks for the lift on Saturday');
    },
  },
  {
    site: 'x',
    state: 'article',
    host: 'x.com',
    // X Articles' editor (test/e2e/fixtures/sites/x/articles.tsx): a title and the start of the body.
    path: '/compose/articles/edit/1800000000000000001',
    prepare: async (page) => {
      await page.locator('textarea[name="Article Title"]').click();
      await page.keyboard.type('Our sports day');
      await page.locator('[data-testid="composer"]').click();
      await page.keyboard.type('A long day in the sun.');
    },
  },
  {
    site: 'facebook',
    state: 'feed',
    host: 'www.facebook.com',
    path: '/',
    prepare: async (page) => {
      await page.locator('div[role="textbox"][aria-label^="Write a comment"]').first().click();
      await page.keyboard.type('Great day');
    },
  },
  {
    site: 'facebook',
    state: 'create-post',
    host: 'www.facebook.com',
    path: '/',
    prepare: async (page) => {
      await openFacebookDialog(page);
      await page.keyboard.type('First line');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Second line');
    },
  },
  {
    site: 'facebook',
    state: 'create-post-with-photo',
    host: 'www.facebook.com',
    path: '/',
    prepare: async (page) => {
      await openFacebookDialog(page);
      await page.keyboard.type('Sports day');
      await page.locator('[role="dialog"] input[type="file"]').setInputFiles(IMAGE);
      await page.locator('[aria-label="Attached media"][role="group"] img').waitFor();
    },
  },
  {
    site: 'facebook',
    state: 'two-step-settings',
    host: 'www.facebook.com',
    path: '/?twoStep=1',
    prepare: async (page) => {
      await openFacebookDialog(page);
      await page.keyboard.type('Sports day is on Friday');
      await page.locator('[role="dialog"] [aria-label="Next"][role="button"]').click();
      await page.locator('#fb-post-settings-title').waitFor();
    },
  },
  {
    site: 'facebook',
    state: 'acting-as-page',
    host: 'www.facebook.com',
    path: `/?actingAs=${encodeURIComponent(FACEBOOK_PAGE.name)}&pageId=${FACEBOOK_PAGE.id}`,
    prepare: async (page) => {
      await openFacebookDialog(page);
      await page.keyboard.type('Welcome back everyone');
    },
  },
  {
    site: 'facebook',
    state: 'group-post',
    host: 'www.facebook.com',
    // A group's page: its header, "Write something…", and the same Create post dialog.
    path: '/groups/welbeckparents',
    prepare: async (page) => {
      await openFacebookDialog(page);
      await page.keyboard.type('Reading books are due back on Friday');
    },
  },
  {
    site: 'facebook',
    state: 'reply-in-post-modal',
    host: 'www.facebook.com',
    // A post opened in a modal dialog; Reply under a comment opens "Reply to Jordan Lee" in a comment form.
    path: '/?postModal=1',
    prepare: async (page) => {
      await page.locator('[role="dialog"] .fb-link-button').first().click();
      await page.locator('[role="dialog"] [aria-label="Reply to Jordan Lee"]').waitFor();
      await page.keyboard.type('Thank you');
    },
  },
  {
    site: 'facebook',
    state: 'comment-with-photo',
    host: 'www.facebook.com',
    // A comment on the feed's post with a photo chosen through its own "Attach a photo or video".
    path: '/',
    prepare: async (page) => {
      await page.locator('div[role="textbox"][aria-label^="Write a comment"]').first().click();
      await page.keyboard.type('Great day');
      await page.locator('form[role="presentation"] input[type="file"]').first().setInputFiles(IMAGE);
      await page.locator('form[role="presentation"] img[src^="blob:"]').waitFor();
    },
  },
  {
    site: 'facebook',
    state: 'polish-create-post-with-photo',
    host: 'www.facebook.com',
    // The interface in Polish: "Opublikuj", "Załączone multimedia", "Napisz komentarz…".
    path: '/?lang=pl',
    prepare: async (page) => {
      await openFacebookDialog(page);
      await page.keyboard.type('Dzień sportu');
      await page.locator('[role="dialog"] input[type="file"]').setInputFiles(IMAGE);
      await page.locator('[aria-label="Załączone multimedia"][role="group"] img').waitFor();
    },
  },
  {
    site: 'facebook',
    state: 'business-composer',
    host: 'business.facebook.com',
    // Meta Business Suite's composer, posting to the school's Page (asset_id), with a photo.
    path: '/latest/composer?asset_id=61550000000042',
    prepare: async (page) => {
      await page.locator('[role="combobox"][contenteditable="true"]').click();
      await page.keyboard.type('Christmas concert tickets');
      await page.locator('input[type="file"]').setInputFiles(IMAGE);
      await page.locator('.fb-attached img').waitFor();
    },
  },
  {
    site: 'facebook',
    state: 'messages',
    host: 'www.facebook.com',
    // Facebook Messages (test/e2e/fixtures/sites/facebook/messages.tsx): a conversation with a parent's name.
    path: '/messages/t/100089000000777/',
    prepare: async (page) => {
      await page.locator('div[role="textbox"][aria-label="Message"]').click();
      await page.keyboard.type('Thanks for the lift on Saturday');
    },
  },
  {
    site: 'youtube',
    state: 'watch-comment',
    host: 'www.youtube.com',
    path: '/watch?v=abc',
    prepare: async (page) => {
      await page.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
      await page.keyboard.type('Great video');
    },
  },
  {
    site: 'youtube',
    state: 'watch-reply',
    host: 'www.youtube.com',
    path: '/watch?v=abc',
    prepare: async (page) => {
      await page.locator('ytd-comment-thread-renderer #reply-button-end button').first().click();
      await page.locator('ytd-commentbox[is-reply] #contenteditable-root').waitFor();
      await page.keyboard.type('Thank you');
    },
  },
  {
    site: 'youtube',
    state: 'community-post',
    host: 'www.youtube.com',
    // The channel's Posts (community) tab: "Create post" opens ytd-backstage-post-dialog-renderer.
    path: '/@msriverascience/community',
    prepare: async (page) => {
      await page.locator('#create-post-button button').click();
      await page.locator('ytd-backstage-post-dialog-renderer ytd-commentbox #contenteditable-root').click();
      await page.keyboard.type('New worksheet is up');
    },
  },
  {
    site: 'youtube',
    state: 'community-post-with-photo',
    host: 'www.youtube.com',
    // The post dialog with an image added through its ytd-backstage-multi-image-select-renderer.
    path: '/@msriverascience/community',
    prepare: async (page) => {
      await page.locator('#create-post-button button').click();
      await page.locator('ytd-backstage-post-dialog-renderer ytd-commentbox #contenteditable-root').click();
      await page.keyboard.type('Our trip');
      await page.locator('ytd-backstage-multi-image-select-renderer input[type="file"]').setInputFiles(IMAGE);
      await page.locator('ytd-backstage-multi-image-select-renderer img').waitFor();
    },
  },
  {
    site: 'youtube',
    state: 'shorts-comment',
    host: 'www.youtube.com',
    // A Short with its comments panel open; the account menu was opened and closed first (it stays in the page,
    // hidden, naming the channel).
    path: '/shorts/leaf01',
    prepare: async (page) => {
      await page.locator('#avatar-btn').click();
      await page.locator('#avatar-btn').click();
      await page.locator('ytd-reel-video-renderer[is-active] #comments-button button').click();
      await page
        .locator('ytd-reel-video-renderer[is-active] ytd-comment-simplebox-renderer #placeholder-area')
        .click();
      await page.keyboard.type('Lovely cells');
    },
  },
  {
    site: 'youtube',
    state: 'live-chat',
    host: 'www.youtube.com',
    // The document of the watch page's #chatframe (?live=1), opened on its own.
    path: '/live_chat?v=abc&is_popout=0',
    prepare: async (page) => {
      await page.locator('yt-live-chat-text-input-field-renderer div#input').click();
      await page.keyboard.type('Hello everyone');
    },
  },
  {
    site: 'youtube',
    state: 'studio-reply',
    host: 'studio.youtube.com',
    path: '/channel/UC1/comments',
    prepare: async (page) => {
      await page.locator('ytcp-comment-thread #reply-button').first().click();
      await page.locator('ytcp-commentbox textarea').waitFor();
      await page.keyboard.type('Thanks for watching');
    },
  },
];

/**
 * The rendered DOM without scripts (nothing runs in the unit tests) or stylesheet links (nothing to load); typed
 * textarea text is kept as the textarea's content.
 */
function renderedDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    // A textarea's typed text is its value, which markup does not carry: keep it as the default value.
    const typed = [...document.querySelectorAll('textarea')].map((textarea) => textarea.value);
    copy.querySelectorAll('textarea').forEach((textarea, index) => {
      textarea.textContent = typed[index] ?? '';
    });
    for (const element of copy.querySelectorAll('script, link[rel="stylesheet"]')) element.remove();
    return `<!doctype html>\n${copy.outerHTML}\n`;
  });
}

const server = await startFixtureServer();
const browser = await launchWithoutExtension({ port: server.port });
const only = process.argv.slice(2);
const index: Record<string, { url: string; cookie: string }> = only.length
  ? JSON.parse(await readFile(path.join(OUT_DIR, 'pages.json'), 'utf8'))
  : {};
try {
  for (const state of STATES) {
    if (only.length > 0 && !only.includes(`${state.site}/${state.state}`)) continue;
    const page = await browser.context.newPage();
    const url = `${server.origin(state.host)}${state.path}`;
    await page.goto(url);
    await page.waitForFunction(() => window.__fixture !== undefined);
    await state.prepare(page);
    // Let React and Lexical finish their updates.
    await page.waitForTimeout(200);
    const file = path.join(OUT_DIR, state.site, `${state.state}.html`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await renderedDom(page));
    index[`${state.site}/${state.state}`] = {
      url: page.url(),
      cookie: await page.evaluate(() => document.cookie),
    };
    console.log(path.relative(process.cwd(), file));
    await page.close();
  }
  await writeFile(path.join(OUT_DIR, 'pages.json'), `${JSON.stringify(index, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
}
