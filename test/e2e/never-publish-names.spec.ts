import type { Page } from '@playwright/test';
import {
  test,
  expect,
  badgeStatus,
  markedWords,
  storeSettings,
  typeLikeAPerson,
} from './helpers/extension-test';
import type { ExtensionWorld } from './helpers/extension-world';
import type { FixtureHost } from './support/server';

/** A never-publish pupil whose name is also an ordinary word (issue 12). */
const SCHOOL = {
  schoolName: 'Welbeck Primary School',
  pupils: [
    { firstName: 'Jack', lastName: 'Thompson' },
    { firstName: 'Ruby', lastName: 'Ashworth', noPublish: true },
  ],
};

/** Where the member of staff writes on each site, and how a person puts the caret there. */
const SITES: { host: FixtureHost; path: string; openComposer(page: Page): Promise<void> }[] = [
  {
    host: 'x.com',
    path: '/home',
    openComposer: (page) =>
      page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click(),
  },
  {
    host: 'www.facebook.com',
    path: '/',
    openComposer: async (page) => {
      await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
      await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    },
  },
  {
    host: 'www.youtube.com',
    path: '/watch?v=abc',
    openComposer: (page) => page.locator('ytd-comment-simplebox-renderer #placeholder-area').click(),
  },
];

async function waitForCheck(world: ExtensionWorld, expected: RegExp): Promise<void> {
  await expect.poll(() => badgeStatus(world), { timeout: 15_000, intervals: [25] }).toMatch(expected);
}

for (const site of SITES) {
  test.describe(`never-publish names that are also words, on ${site.host}`, () => {
    test.beforeEach(async ({ extension }) => {
      await storeSettings(extension, SCHOOL);
    });

    async function openComposer(
      openSite: (host: FixtureHost, path: string) => Promise<{ page: Page; world: ExtensionWorld }>,
    ) {
      const { page, world } = await openSite(site.host, site.path);
      await site.openComposer(page);
      return { page, world };
    }

    test('"Ruby was a superstar…" opening a post is critical', async ({ openSite }) => {
      const { page, world } = await openComposer(openSite);
      await typeLikeAPerson(
        page,
        'Ruby was a superstar in assembly today – her poem made the whole hall cry.',
      );
      await waitForCheck(world, /1 thing to check/);
      await expect.poll(() => markedWords(world)).toEqual({ warning: [], critical: ['Ruby'] });
    });

    test('"a ruby necklace" is quiet', async ({ openSite }) => {
      const { page, world } = await openComposer(openSite);
      await typeLikeAPerson(page, 'Mum lent me a ruby necklace for the photo.');
      await waitForCheck(world, /nothing in this post/);
      expect(await markedWords(world)).toEqual({ warning: [], critical: [] });
    });
  });
}
