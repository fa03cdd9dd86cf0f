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

/** A never-publish pupil whose name is also an ordinary word (issue 12). */
const SCHOOL = {
  schoolName: 'Welbeck Primary School',
  pupils: [
    { firstName: 'Jack', lastName: 'Thompson' },
    { firstName: 'Ruby', lastName: 'Ashworth', noPublish: true },
  ],
};

async function openXComposer(
  openSite: (host: 'x.com', path: string) => Promise<{ page: Page; world: ExtensionWorld }>,
) {
  const { page, world } = await openSite('x.com', '/home');
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  return { page, world };
}

async function waitForCheck(world: ExtensionWorld, expected: RegExp): Promise<void> {
  await expect.poll(() => badgeStatus(world), { timeout: 3000, intervals: [25] }).toMatch(expected);
}

test.describe('never-publish names that are also words, on X', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, SCHOOL);
  });

  test('"Ruby was a superstar…" opening a post is critical', async ({ openSite }) => {
    const { page, world } = await openXComposer(openSite);
    await typeLikeAPerson(page, 'Ruby was a superstar in assembly today – her poem made the whole hall cry.');
    await waitForCheck(world, /1 thing to check/);
    await expect.poll(() => markedWords(world)).toEqual({ warning: [], critical: ['Ruby'] });
  });

  test('"a ruby necklace" is quiet', async ({ openSite }) => {
    const { page, world } = await openXComposer(openSite);
    await typeLikeAPerson(page, 'Mum lent me a ruby necklace for the photo.');
    await waitForCheck(world, /nothing in this post/);
    expect(await markedWords(world)).toEqual({ warning: [], critical: [] });
  });
});
