import { test, expect, openExtensionPage, axeViolations, storeSettings } from './helpers/extension-test';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`extension pages (${colorScheme})`, () => {
    test('the popup shows the school, the key rules and the SMART tips, fits 380px, and passes axe', async ({
      extension,
    }) => {
      const page = await openExtensionPage(extension, 'popup/index.html', colorScheme);
      await expect(page.getByRole('heading', { name: 'Post Guard' })).toBeVisible();
      await expect(page.getByText('Welbeck Primary School').first()).toBeVisible();
      await page.getByText('SMART tips for pupils').click();
      for (const word of ['Safe', 'Meeting', 'Accepting', 'Reliable', 'Tell']) {
        await expect(page.getByText(word, { exact: true }).first()).toBeVisible();
      }
      await page.getByText('Key rules for staff').click();
      await expect(page.getByText(/friend/i).first()).toBeVisible();
      // No horizontal scrollbar at the popup's width.
      await page.setViewportSize({ width: 380, height: 600 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    test('the policy search finds what the policy says about photos', async ({ extension }) => {
      const page = await openExtensionPage(extension, 'popup/index.html', colorScheme);
      const search = page.getByRole('search');
      await search.getByRole('searchbox').or(search.getByRole('textbox')).fill('photos');
      await expect(search.getByRole('status')).toContainText(/\d+ passages?/);
      await expect(
        search.getByRole('listitem').filter({ hasText: 'Permission to use any photos or video recordings' }),
      ).toBeVisible();
      await page.close();
    });

    test('the options page and the full policy page render the school policy and pass axe', async ({
      extension,
    }) => {
      const options = await openExtensionPage(extension, 'options/index.html', colorScheme);
      await expect(options.getByRole('heading', { name: 'Your school', exact: true })).toBeVisible();
      await expect(options.getByText('views are my own', { exact: false }).first()).toBeVisible();
      expect(await axeViolations(options)).toEqual([]);
      await options.close();

      const policy = await openExtensionPage(extension, 'policy-page/index.html', colorScheme);
      await expect(policy.getByRole('heading', { level: 1 })).toContainText(/Social Media/i);
      await expect(policy.getByText('Do not use social media to air internal grievances')).toBeVisible();
      expect(await axeViolations(policy)).toEqual([]);
      await policy.close();
    });
  });
}

test('the content script answers the popup with what it found in the open composer', async ({
  extension,
  openSite,
}) => {
  await storeSettings(extension, { pupils: [{ firstName: 'Jack', lastName: 'Thompson' }] });
  const { page } = await openSite('x.com', '/home');
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Well done Jack Thompson', { delay: 15 });
  // The popup asks the active tab; here an extension page asks the X tab by id, through the same message.
  const popup = await openExtensionPage(extension, 'popup/index.html', 'light');
  await expect
    .poll(
      () =>
        popup.evaluate(async () => {
          // Without the "tabs" permission tab URLs are hidden: ask every tab, the X tab is the one that answers.
          for (const tab of await chrome.tabs.query({})) {
            const answer = await chrome.tabs
              .sendMessage(tab.id!, { type: 'post-guard-tab-status' }, { frameId: 0 })
              .catch(() => undefined);
            if (answer) return answer;
          }
          return undefined;
        }),
      { timeout: 8000 },
    )
    .toMatchObject({
      platform: 'x',
      composers: [
        {
          state: 'checked',
          account: 'personal',
          accountName: '@staffmember',
          findings: [
            expect.objectContaining({ category: 'pupil', match: 'Jack Thompson', severity: 'warning' }),
          ],
        },
      ],
    });
  await popup.close();
});
