import type { Page } from '@playwright/test';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  test,
  expect,
  badgeStatus,
  clickInOverlay,
  DIST_DIR,
  editorText,
  posts,
  storeSettings,
  typeLikeAPerson,
} from './helpers/extension-test';
import { ExtensionWorld } from './helpers/extension-world';
import { launchWithExtension } from './support/launch';
import { PHOTO_WITH_PEOPLE } from './helpers/photos';

const SCHOOL = {
  pupils: [
    { firstName: 'Jack', lastName: 'Thompson' },
    { firstName: 'Ruby', lastName: 'Patel', noPublish: true },
  ],
};

/** The "Before you post" dialog's text, or '' while it is not open. */
function dialogText(world: ExtensionWorld): Promise<string> {
  return world.evaluate<string>(`return root?.querySelector('[role=alertdialog]')?.textContent ?? '';`);
}

async function waitForDialog(world: ExtensionWorld): Promise<string> {
  return world.waitFor<string>(`return root?.querySelector('[role=alertdialog]')?.textContent`);
}

/**
 * Waits until Post Guard has checked the draft, as it has long before a person finishes writing. (In a fresh
 * browser Chromium's first managed-storage read takes about a second; a post sent before that goes out
 * unchecked, which the last test here covers.)
 */
async function typeAndWaitForCheck(page: Page, world: ExtensionWorld, text: string): Promise<void> {
  await typeLikeAPerson(page, text);
  await expect.poll(() => badgeStatus(world), { timeout: 5000 }).toMatch(/to check|nothing in this post/);
}

/** What has keyboard focus inside Post Guard's overlay (its closed shadow root). */
function focusedInOverlay(world: ExtensionWorld): Promise<string> {
  return world.evaluate<string>(`return root?.activeElement?.textContent ?? '';`);
}

async function openX(
  openSite: (host: 'x.com', path: string) => Promise<{ page: Page; world: ExtensionWorld }>,
) {
  const { page, world } = await openSite('x.com', '/home');
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  return {
    page,
    world,
    postButton: page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]'),
  };
}

test.describe('check before publishing on X', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, SCHOOL);
  });

  test('a clean post goes straight out: no dialog, posted once', async ({ openSite }) => {
    const { page, world, postButton } = await openX(openSite);
    await typeAndWaitForCheck(page, world, 'Lovely walk by the river this morning');
    await postButton.click();
    await expect
      .poll(() => posts(page))
      .toEqual([{ text: 'Lovely walk by the river this morning', media: 0, where: 'home' }]);
    expect(await dialogText(world)).toBe('');
  });

  test('the Post button is caught; Edit post keeps the text and returns to the composer', async ({
    openSite,
  }) => {
    const { page, world, postButton } = await openX(openSite);
    const draft = 'Well done Jack Thompson today';
    await typeAndWaitForCheck(page, world, draft);
    await postButton.click();
    const dialog = await waitForDialog(world);
    expect(dialog).toContain('Before you post');
    expect(dialog).toContain('Jack Thompson');
    expect(dialog).toContain('could identify a pupil, class or the school');
    // Edit post has the focus first; Escape means edit.
    expect(await focusedInOverlay(world)).toBe('Edit post');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogText(world)).toBe('');
    expect(await posts(page)).toEqual([]);
    expect(await editorText(page)).toBe(draft);
    // The caret is back where it was: typing carries on at the end.
    await typeLikeAPerson(page, '!');
    expect(await editorText(page)).toBe(`${draft}!`);
  });

  test('Post anyway publishes exactly the text, exactly once', async ({ openSite }) => {
    const { page, world, postButton } = await openX(openSite);
    await typeAndWaitForCheck(page, world, 'Proud of Jack Thompson');
    await postButton.click();
    await waitForDialog(world);
    await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
    await expect
      .poll(() => posts(page))
      .toEqual([{ text: 'Proud of Jack Thompson', media: 0, where: 'home' }]);
    await page.waitForTimeout(400);
    expect(await posts(page)).toHaveLength(1);
    expect(await dialogText(world)).toBe('');
  });

  test('Ctrl+Enter is caught too; plain Enter is still a new line', async ({ openSite }) => {
    const { page, world } = await openX(openSite);
    await typeLikeAPerson(page, 'Jack Thompson');
    await page.keyboard.press('Enter');
    await typeAndWaitForCheck(page, world, 'was great');
    expect(await editorText(page)).toBe('Jack Thompson\nwas great');
    await page.keyboard.press('Control+Enter');
    await waitForDialog(world);
    expect(await posts(page)).toEqual([]);
    await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
    await expect.poll(() => posts(page)).toHaveLength(1);
    expect((await posts(page))[0]!.text).toBe('Jack Thompson\nwas great');
  });

  test('a critical finding needs a reason before Post anyway (the school’s default)', async ({
    openSite,
  }) => {
    const { page, world, postButton } = await openX(openSite);
    await typeAndWaitForCheck(page, world, 'Ruby Patel was brilliant');
    await postButton.click();
    const dialog = await waitForDialog(world);
    expect(dialog).toContain('must never be published');
    const disabled = () =>
      world.evaluate<boolean>(`return root.querySelector('[role=alertdialog] button.secondary').disabled;`);
    expect(await disabled()).toBe(true);
    await clickInOverlay(page, world, '[role=alertdialog] textarea');
    await page.keyboard.type('Parent asked us to share');
    expect(await disabled()).toBe(false);
    await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
    await expect
      .poll(() => posts(page))
      .toEqual([{ text: 'Ruby Patel was brilliant', media: 0, where: 'home' }]);
  });

  test('a photo on a personal account with a pupil named beside it is critical: a reason is needed', async ({
    openSite,
  }) => {
    const { page, world, postButton } = await openX(openSite);
    await page
      .locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]')
      .setInputFiles(PHOTO_WITH_PEOPLE);
    await typeLikeAPerson(page, 'Jack Thompson won the race');
    // The face model loads with the first photo: the people in it are found after a few seconds. Until then the
    // photo is "not checked" (a warning, also 2 things to check), so wait for the badge's critical state.
    await expect.poll(() => badgeStatus(world), { timeout: 20_000 }).toMatch(/2 things to check/);
    await expect
      .poll(() => world.evaluate<string>(`return root?.querySelector('.badge')?.dataset.state ?? '';`), {
        timeout: 20_000,
      })
      .toBe('critical');
    await postButton.click();
    const dialog = await waitForDialog(world);
    expect(dialog).toContain('with a pupil, class or school detail beside it');
    expect(await world.evaluate<boolean>(`return !!root.querySelector('[role=alertdialog] textarea');`)).toBe(
      true,
    );
    expect(await posts(page)).toEqual([]);
  });

  test('with criticalAction "block" there is no Post anyway', async ({ openSite, extension }) => {
    await storeSettings(extension, { ...SCHOOL, criticalAction: 'block' });
    const { page, world, postButton } = await openX(openSite);
    await typeAndWaitForCheck(page, world, 'Ruby Patel was brilliant');
    await postButton.click();
    expect(await waitForDialog(world)).toContain('does not allow this to be posted');
    expect(
      await world.evaluate<number>(`return root.querySelectorAll('[role=alertdialog] button').length;`),
    ).toBe(1);
    expect(await posts(page)).toEqual([]);
  });

  test('the dialog passes axe-core (a copy of its DOM and styles, light and dark)', async ({
    openSite,
    extension,
  }) => {
    const { page, world, postButton } = await openX(openSite);
    await typeAndWaitForCheck(page, world, 'Ruby Patel and Jack Thompson');
    await postButton.click();
    await waitForDialog(world);
    // axe cannot enter a closed shadow root, so it checks a faithful copy: the same markup and stylesheet.
    const copy = await world.evaluate<{ css: string; html: string }>(`
      return { css: root.getRootNode().querySelector('style').textContent, html: root.querySelector('.backdrop').outerHTML };
    `);
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const theme of ['light', 'dark']) {
      const check = await extension.context.newPage();
      const css = copy.css.replaceAll(':host', '#host');
      await check.setContent(
        `<!doctype html><html lang="en"><head><title>Post Guard dialog</title><style>${css}</style></head><body><main><div id="host"><div class="overlay" data-theme="${theme}">${copy.html}</div></div></main></body></html>`,
      );
      await check.evaluate(axeSource);
      const violations = await check.evaluate(async () => {
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        const results = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
        });
        return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, theme).toEqual([]);
      await check.close();
    }
  });
});

test.describe('check before publishing on Facebook and YouTube', () => {
  test.beforeEach(async ({ extension }) => {
    await storeSettings(extension, SCHOOL);
  });

  test('Facebook: the Post button is caught, and Post anyway posts once through Lexical', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/');
    await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
    await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    await typeAndWaitForCheck(page, world, 'Jack Thompson won the race');
    await page.locator('[role="dialog"] [aria-label="Post"][role="button"]').click();
    await waitForDialog(world);
    expect(await posts(page)).toEqual([]);
    await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
    await expect
      .poll(() => posts(page))
      .toEqual([{ text: 'Jack Thompson won the race', media: 0, where: 'post' }]);
  });

  test('Facebook two-step: Next is caught once; the Post after it goes out without a second dialog', async ({
    openSite,
  }) => {
    const { page, world } = await openSite('www.facebook.com', '/?twoStep=1');
    await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
    await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    await typeAndWaitForCheck(page, world, 'Jack Thompson won the race');
    await page.locator('[role="dialog"] [aria-label="Next"][role="button"]').click();
    await waitForDialog(world);
    await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
    await expect(page.locator('[role="dialog"]')).toHaveAccessibleName('Post settings');
    await page.locator('[role="dialog"] [aria-label="Post"][role="button"]:visible').click();
    await expect
      .poll(() => posts(page))
      .toEqual([{ text: 'Jack Thompson won the race', media: 0, where: 'post' }]);
    expect(await dialogText(world)).toBe('');
  });

  test('Facebook comment: Enter is caught; Shift+Enter is still a new line', async ({ openSite }) => {
    const { page, world } = await openSite('www.facebook.com', '/');
    await page.locator('div[role="textbox"][aria-label^="Write a comment"]').first().click();
    await typeLikeAPerson(page, 'Go Jack Thompson');
    await page.keyboard.press('Shift+Enter');
    await typeAndWaitForCheck(page, world, 'great run');
    await page.keyboard.press('Enter');
    await waitForDialog(world);
    expect(await posts(page)).toEqual([]);
    expect(await editorText(page)).toBe('Go Jack Thompson\ngreat run');
    await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
    await expect
      .poll(() => posts(page))
      .toEqual([{ text: 'Go Jack Thompson\ngreat run', media: 0, where: 'comment' }]);
  });

  test('YouTube: the Comment button is caught; Post anyway comments once', async ({ openSite }) => {
    const { page, world } = await openSite('www.youtube.com', '/watch?v=abc');
    await page.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
    await typeAndWaitForCheck(page, world, 'Jack Thompson made this');
    await page.locator('ytd-commentbox #submit-button button').click();
    await waitForDialog(world);
    await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
    await expect
      .poll(() => posts(page))
      .toEqual([{ text: 'Jack Thompson made this', media: 0, where: 'comment' }]);
  });
});

test('if the analysis engine fails, posting still works and Post Guard says its checks are off', async ({
  server,
}) => {
  // A copy of the built extension whose analysis engine throws as it loads: a real failure, no test hook.
  const broken = await mkdtemp(path.join(tmpdir(), 'post-guard-broken-'));
  await cp(DIST_DIR, broken, { recursive: true });
  const assets = path.join(broken, 'assets');
  const engine = (await readdir(assets)).find((name) => /^engine-.*\.js$/.test(name));
  expect(engine).toBeTruthy();
  const file = path.join(assets, engine!);
  await writeFile(file, `throw new Error('engine broken for this test');\n${await readFile(file, 'utf8')}`);
  const extension = await launchWithExtension({ distDir: broken, port: server.port });
  try {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin('x.com')}/home`);
    await page.waitForFunction(() => window.__fixture !== undefined);
    const world = await ExtensionWorld.attach(page);
    await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
    await typeLikeAPerson(page, 'Jack Thompson won');
    await expect.poll(() => badgeStatus(world)).toContain('Post Guard is not checking this box');
    await page.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
    await expect.poll(() => posts(page)).toEqual([{ text: 'Jack Thompson won', media: 0, where: 'home' }]);
    expect(await dialogText(world)).toBe('');
    expect(await badgeStatus(world)).toContain('unchecked');
  } finally {
    await extension.close();
    await rm(broken, { recursive: true, force: true });
  }
});
