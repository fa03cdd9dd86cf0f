/**
 * Which channel is posting on YouTube (issue 16): read from the page where it shows it (Studio's drawer, the
 * Posts tab's address, the account menu once drawn), otherwise guessed and said to be guessed, and the member of
 * staff's "I am posting as the school's channel" for this tab only. Checked through what the tab tells the popup
 * ("This tab") and what the panel says.
 */
import {
  test,
  expect,
  badgeStatus,
  clickInOverlay,
  markedWords,
  storeSettings,
  typeLikeAPerson,
} from './helpers/extension-test';
import type { LaunchedExtension } from './support/launch';
import type { ExtensionWorld } from './helpers/extension-world';

const SCHOOL = {
  schoolName: 'Welbeck Primary School',
  pupils: [{ firstName: 'Jack', lastName: 'Thompson' }],
  officialAccounts: [{ platform: 'youtube', handle: '@WelbeckPrimary' }],
};

/**
 * The open composer's account, as the tab's Post Guard tells the popup ("This tab"). Without the "tabs" permission
 * tab addresses are hidden: every tab is asked, and the one page open with a composer answers.
 */
function tabAccount(extension: LaunchedExtension) {
  return async (): Promise<unknown> =>
    extension.serviceWorker.evaluate(async () => {
      for (const tab of await chrome.tabs.query({})) {
        const report = (await chrome.tabs
          .sendMessage(tab.id!, { type: 'post-guard-tab-status' }, { frameId: 0 })
          .catch(() => undefined)) as
          { composers: { account: string; accountBasis: string; accountName?: string }[] } | undefined;
        if (!report?.composers.length) continue;
        return report.composers.map(({ account, accountBasis, accountName }) => ({
          account,
          accountBasis,
          ...(accountName ? { accountName } : {}),
        }));
      }
      return undefined;
    });
}

async function waitForPupil(world: ExtensionWorld): Promise<void> {
  await expect
    .poll(() => markedWords(world), { timeout: 10_000, intervals: [25] })
    .toEqual({ warning: ['Jack Thompson'], critical: [] });
}

function panelText(world: ExtensionWorld, selector: string): Promise<string> {
  return world.evaluate<string>(`return root.querySelector(${JSON.stringify(selector)})?.textContent ?? '';`);
}

test.describe('who is posting on YouTube', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, SCHOOL);
  });

  test('a video comment: guessed and said to be; "I am posting as the school’s channel" holds for this tab only', async ({
    extension,
    openSite,
  }) => {
    const { page, world } = await openSite('www.youtube.com', '/watch?v=abc');
    const account = tabAccount(extension);
    await page.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
    await typeLikeAPerson(page, 'Jack Thompson asked this in class');
    await waitForPupil(world);
    await expect.poll(account).toEqual([{ account: 'unknown', accountBasis: 'guessed' }]);

    await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
    await expect
      .poll(() => panelText(world, '.panel .account'))
      .toBe(
        'The page does not show which account is posting: Post Guard guessed a personal account and checks as for one.',
      );
    expect(await panelText(world, '.panel .declare')).toBe(
      'I am posting as the school’s channel (for this tab only)',
    );
    await clickInOverlay(page, world, '.panel .declare input');
    await expect
      .poll(() => panelText(world, '.panel .account'))
      .toBe('Checking as the school’s official account: you said so for this tab.');
    await expect.poll(account).toEqual([{ account: 'official', accountBasis: 'declared' }]);
    // The comment box keeps its text; nothing was posted.
    expect(await page.evaluate(() => window.__fixture!.editorText())).toBe(
      'Jack Thompson asked this in class',
    );
    expect(await page.evaluate(() => window.__fixture!.posts)).toEqual([]);

    // Nothing is stored: after a reload the tab guesses again.
    await page.reload();
    await page.waitForFunction(() => window.__fixture !== undefined);
    await page.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
    await typeLikeAPerson(page, 'Jack Thompson again');
    await waitForPupil(world);
    await expect.poll(account).toEqual([{ account: 'unknown', accountBasis: 'guessed' }]);
    expect(
      await extension.serviceWorker.evaluate(async () =>
        JSON.stringify(await chrome.storage.local.get(null)),
      ),
    ).not.toMatch(/declar|school’s channel/i);
  });

  test('a Short’s comment, once the account menu has been opened: the channel it names', async ({
    extension,
    openSite,
  }) => {
    const { page, world } = await openSite('www.youtube.com', '/shorts/leaf01');
    const account = tabAccount(extension);
    await page.locator('#avatar-btn').click();
    await page.locator('#avatar-btn').click();
    const short = page.locator('ytd-reel-video-renderer[is-active]');
    await short.locator('#comments-button button').click();
    await short.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
    await typeLikeAPerson(page, 'Jack Thompson spotted it');
    await waitForPupil(world);
    await expect
      .poll(account)
      .toEqual([
        { account: 'personal', accountBasis: 'read', accountName: 'Ms Rivera Science, @msriverascience' },
      ]);
    await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
    await expect
      .poll(() => panelText(world, '.panel .account'))
      .toBe('Checking as a personal account (Ms Rivera Science, @msriverascience).');
    // Read from the page: nothing to declare.
    expect(await panelText(world, '.panel .declare')).toBe('');
  });

  test('the school’s channel, read from the page: its community post (the address) and Studio (the drawer)', async ({
    extension,
    openSite,
  }) => {
    const post = await openSite('www.youtube.com', '/@WelbeckPrimary/posts?channel=Welbeck%20Primary');
    await post.page.locator('#create-post-button button').click();
    await post.page.locator('ytd-backstage-post-dialog-renderer #contenteditable-root').click();
    await typeLikeAPerson(post.page, 'Jack Thompson won the science fair');
    await waitForPupil(post.world);
    await expect
      .poll(tabAccount(extension))
      .toEqual([{ account: 'official', accountBasis: 'read', accountName: '@WelbeckPrimary' }]);

    await post.page.close();
    await storeSettings(extension, {
      ...SCHOOL,
      officialAccounts: [{ platform: 'youtube', handle: 'Welbeck Primary' }],
    });
    const studio = await openSite('studio.youtube.com', '/channel/UC1/comments?channel=Welbeck%20Primary');
    await studio.page.locator('ytcp-comment-thread #reply-button').first().click();
    await typeLikeAPerson(studio.page, 'Jack Thompson asked the same');
    await expect.poll(() => badgeStatus(studio.world), { timeout: 10_000 }).toMatch(/thing to check/);
    await expect
      .poll(tabAccount(extension))
      .toEqual([{ account: 'official', accountBasis: 'read', accountName: 'Welbeck Primary' }]);
  });
});
