import {
  test,
  expect,
  badgeStatus,
  clickInOverlay,
  editorText,
  markedWords,
  storeSettings,
  openExtensionPage,
  typeLikeAPerson,
} from './helpers/extension-test';
import type { Page } from '@playwright/test';
import type { ExtensionWorld } from './helpers/extension-world';

/** The service worker builds its dictionary on the first spelling request: give it time on a busy machine. */
const DICTIONARY_TIMEOUT = 15_000;
const COMPOSER = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';

/** The words Post Guard's panel lists as spelling tips. */
function spellingTips(world: ExtensionWorld): Promise<string[]> {
  return world.evaluate<string[]>(`
    return [...(root?.querySelectorAll('.panel li[data-severity=info]') ?? [])]
      .filter((item) => item.querySelector('.why')?.textContent.startsWith('Check the spelling'))
      .map((item) => item.querySelector('q')?.textContent ?? '');
  `);
}

/** Types `draft` in X's composer, waits for Post Guard's check and opens its panel. */
async function typeAndOpenPanel(
  openSite: (host: 'x.com', path: string) => Promise<{ page: Page; world: ExtensionWorld }>,
  draft: string,
) {
  const { page, world } = await openSite('x.com', '/home');
  await page.locator(COMPOSER).click();
  await typeLikeAPerson(page, draft);
  // A spelling tip is not a thing to check before posting: the badge says nothing is wrong.
  await expect.poll(() => badgeStatus(world), { timeout: 3000 }).toMatch(/nothing in this post/);
  await clickInOverlay(page, world, '.badge');
  await world.waitFor(`return root.querySelector('.panel')`);
  return { page, world };
}

test.describe('British English spelling (the dictionary in the service worker)', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, { schoolName: 'Welbeck Primary School' });
  });

  test('a misspelt word becomes a tip in the panel once the dictionary has answered', async ({
    openSite,
  }) => {
    const draft = 'The assemblly is on Friday';
    const { page, world } = await typeAndOpenPanel(openSite, draft);
    await expect.poll(() => spellingTips(world), { timeout: DICTIONARY_TIMEOUT }).toEqual(['assemblly']);
    const panel = await world.evaluate<string>(`return root.querySelector('.panel').textContent`);
    expect(panel).toContain('Check the spelling of “assemblly” (British English)');
    // A tip is listed as a tip, not as something to check before posting.
    const title = await world.evaluate<string>(`return root.querySelector('.panel h2').textContent`);
    expect(title).toBe('Nothing to check, 1 tip');
    // The tip is underlined (dotted, as a spell checker does), still without a node added to the editor.
    expect(await markedWords(world, ['info'])).toEqual({ info: ['assemblly'] });
    expect(await editorText(page)).toBe(draft);
  });

  test('British spellings are not tips', async ({ openSite }) => {
    const { page, world } = await typeAndOpenPanel(openSite, 'The colour of the assembly');
    expect(await spellingTips(world)).toEqual([]);
    // A misspelling typed after them shows that the dictionary has answered about "colour" and "assembly",
    // which were asked about first.
    // Back to the end of the draft (the panel stays open beside it).
    await page.locator(COMPOSER).click();
    await page.keyboard.press('End');
    await typeLikeAPerson(page, ' is in the halll');
    await expect.poll(() => spellingTips(world), { timeout: DICTIONARY_TIMEOUT }).toEqual(['halll']);
    expect(await editorText(page)).toBe('The colour of the assembly is in the halll');
  });
});

test('the service worker tags the grammar of a sentence for the rules (compromise is never loaded by a page)', async ({
  extension,
}) => {
  const page = await openExtensionPage(extension, 'popup/index.html', 'light');
  const tagged = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'tag-sentences', sentences: ['Hope won the spelling bee.'] }),
  );
  const terms = (tagged as { text: string; tags: string[] }[][])[0]!;
  expect(terms.map((term) => term.text)).toEqual(['Hope', 'won', 'the', 'spelling', 'bee']);
  expect(terms[1]!.tags).toContain('PastTense');
  await page.close();
});
