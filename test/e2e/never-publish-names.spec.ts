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
import { SITE_COMPOSERS } from './helpers/site-composers';

/** A never-publish pupil whose name is also an ordinary word (issue 12). */
const SCHOOL = {
  schoolName: 'Welbeck Primary School',
  pupils: [
    { firstName: 'Jack', lastName: 'Thompson' },
    { firstName: 'Ruby', lastName: 'Ashworth', noPublish: true },
  ],
};

async function waitForCheck(world: ExtensionWorld, expected: RegExp): Promise<void> {
  await expect.poll(() => badgeStatus(world), { timeout: 15_000, intervals: [25] }).toMatch(expected);
}

for (const site of SITE_COMPOSERS) {
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

    // Staff's own children are not pupils (issue 12, item 3): an unlisted name after "my son", "our little one",
    // "my eldest" is no finding; a roster name there stays a gentle check, never critical.
    test('own children with unlisted names are not pupils', async ({ openSite }) => {
      const { page, world } = await openComposer(openSite);
      await typeLikeAPerson(
        page,
        'My son Arlo starts school tomorrow! Our little one Bea took her first steps. My eldest, Otis, passed his test.',
      );
      await waitForCheck(world, /nothing in this post/);
      expect(await markedWords(world, ['info', 'warning', 'critical'])).toEqual({
        info: [],
        warning: [],
        critical: [],
      });
    });

    test('an own child who shares a roster name is only a tip', async ({ openSite }) => {
      const { page, world } = await openComposer(openSite);
      await typeLikeAPerson(page, 'My son Jack lost his first tooth last night.');
      await waitForCheck(world, /nothing in this post/);
      await expect
        .poll(() => markedWords(world, ['info', 'warning', 'critical']))
        .toEqual({ info: ['Jack'], warning: [], critical: [] });
    });

    test('an own child who shares a never-publish name is a warning, not critical', async ({ openSite }) => {
      const { page, world } = await openComposer(openSite);
      await typeLikeAPerson(page, 'My daughter Ruby starts nursery next week.');
      await waitForCheck(world, /1 thing to check/);
      await expect.poll(() => markedWords(world)).toEqual({ warning: ['Ruby'], critical: [] });
    });
  });
}
