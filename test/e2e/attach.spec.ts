import type { Locator, Page } from '@playwright/test';
import { test, expect, editorText, posts, typeLikeAPerson } from './helpers/extension-test';
import type { FixtureHost } from './support/server';

/** How to reach each site's main composer on its fixture page, as a person would. */
interface SiteCase {
  name: string;
  host: FixtureHost;
  path: string;
  openComposer(page: Page): Promise<Locator>;
  postButton(page: Page): Locator;
}

const SITES: SiteCase[] = [
  {
    name: 'X home timeline (draft-js)',
    host: 'x.com',
    path: '/home',
    openComposer: async (page) => page.locator('[data-testid="tweetTextarea_0"]'),
    postButton: (page) => page.locator('[data-testid="tweetButtonInline"]'),
  },
  {
    name: 'Facebook create post (Lexical)',
    host: 'www.facebook.com',
    path: '/',
    openComposer: async (page) => {
      await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
      return page.locator('[role="dialog"] [data-lexical-editor="true"]');
    },
    postButton: (page) => page.locator('[role="dialog"] [aria-label="Post"][role="button"]'),
  },
  {
    name: 'YouTube video comment',
    host: 'www.youtube.com',
    path: '/watch?v=abc',
    openComposer: async (page) => {
      await page.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
      return page.locator('ytd-commentbox #contenteditable-root');
    },
    postButton: (page) => page.locator('ytd-commentbox #submit-button button'),
  },
];

const DRAFT = 'Lovely sunny afternoon at the allotment today.';

/** Post Guard's badge for the composer: its live status text and where it is drawn. */
async function badge(world: import('./helpers/extension-world').ExtensionWorld) {
  return world.waitFor<{ text: string; left: number; top: number; right: number; bottom: number }>(`
    const status = root?.querySelector('.badge-anchor:not([hidden]) [role=status]');
    const box = root?.querySelector('.badge-anchor:not([hidden]) .badge')?.getBoundingClientRect();
    if (!status || !box || box.width === 0) return null;
    return { text: status.textContent, left: box.left, top: box.top, right: box.right, bottom: box.bottom };
  `);
}

for (const site of SITES) {
  test.describe(site.name, () => {
    test('Post Guard attaches beside the composer, typing and undo work, and the post goes out once', async ({
      openSite,
    }) => {
      const { page, world } = await openSite(site.host, site.path);
      const composer = await site.openComposer(page);
      await expect(composer).toBeVisible();

      // Nothing of Post Guard's shows before the member of staff types in the box: a box the page planted and
      // filled itself must not tell it that Post Guard is installed (issue 12).
      expect(
        await world.evaluate<number>(`return root ? root.querySelectorAll('.badge-anchor').length : 0;`),
      ).toBe(0);
      await composer.click();
      await typeLikeAPerson(page, DRAFT);
      expect(await editorText(page)).toBe(DRAFT);

      const attached = await badge(world);
      expect(attached.text).toMatch(/^Post Guard is on|^Post Guard: nothing in this post/);
      const box = (await composer.boundingBox())!;
      // The badge sits on the composer's frame, not somewhere else on the page.
      expect(attached.right).toBeGreaterThan(box.x);
      expect(attached.left).toBeLessThan(box.x + box.width);
      expect(attached.bottom).toBeGreaterThan(box.y);
      expect(attached.top).toBeLessThan(box.y + box.height + 120);
      // Exactly one badge shows: composers hidden behind a dialog, or not typed in, show none.
      await expect
        .poll(() =>
          world.evaluate<number>(
            `return [...root.querySelectorAll('.badge-anchor')].filter((el) => !el.hidden).length;`,
          ),
        )
        .toBe(1);
      // The engine loaded on focus and checked the draft once typing paused.
      await world.waitFor(
        `return root?.querySelector('.badge-anchor:not([hidden]) [role=status]')?.textContent.includes('nothing in this post')`,
      );
      expect(await editorText(page)).toBe(DRAFT);

      // Undo through the editor's own history still works with Post Guard attached.
      await page.keyboard.press('Control+z');
      const undone = await editorText(page);
      expect(undone.length).toBeLessThan(DRAFT.length);
      expect(DRAFT.startsWith(undone)).toBe(true);
      await typeLikeAPerson(page, DRAFT.slice(undone.length));
      expect(await editorText(page)).toBe(DRAFT);

      await site.postButton(page).click();
      await expect.poll(() => posts(page)).toHaveLength(1);
      expect((await posts(page))[0]!.text).toBe(DRAFT);
      await page.waitForTimeout(300);
      expect(await posts(page)).toHaveLength(1);
    });
  });
}

test('after a redesign renames the composer, Post Guard says it is not checking the box, and posting still works', async ({
  openSite,
}) => {
  const { page, world } = await openSite('x.com', '/home?renamed=1');
  const composer = page.locator('[data-testid="postComposer_0"]');
  await composer.click();
  // Said once the member of staff types in the box (before that, nothing of ours is on the page).
  await typeLikeAPerson(page, 'Still works');
  const status = await world.waitFor<string>(
    `return root?.querySelector('.badge-anchor:not([hidden]) [role=status]')?.textContent`,
  );
  expect(status).toContain('Post Guard is not checking this box');
  expect(
    await world.evaluate<string>(
      `return root.querySelector('.badge-anchor:not([hidden]) .badge').textContent`,
    ),
  ).toContain('Checks off');
  expect(await editorText(page)).toBe('Still works');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => posts(page)).toEqual([{ text: 'Still works', media: 0, where: 'home' }]);
});

test('over text that reaches its corner, the badge keeps only its icon and count, and the text stays as typed', async ({
  openSite,
}) => {
  const { page, world } = await openSite('x.com', '/home');
  const composer = page.locator('[data-testid="tweetTextarea_0"]');
  await composer.click();
  const compact = () =>
    world.evaluate<boolean | null>(
      `return root?.querySelector('.badge-anchor:not([hidden])')?.classList.contains('compact') ?? null`,
    );
  await typeLikeAPerson(page, 'Short note.');
  await world.waitFor(
    `return root?.querySelector('.badge-anchor:not([hidden]) [role=status]')?.textContent.includes('nothing in this post')`,
  );
  expect(await compact()).toBe(false);
  // Words until the last line runs along the bottom of the box to its right edge, where the badge sits.
  let typed = 'Short note.';
  for (let word = 0; word < 60 && !(await compact()); word++) {
    const next = ` word${word}`;
    await typeLikeAPerson(page, next);
    typed += next;
    await page.waitForTimeout(250);
  }
  expect(await compact()).toBe(true);
  const label = await world.evaluate<string>(
    `return getComputedStyle(root.querySelector('.badge-anchor:not([hidden]) .label')).display`,
  );
  expect(label).toBe('none');
  expect(await editorText(page)).toBe(typed);
});
