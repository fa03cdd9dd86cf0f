/**
 * X Articles (x.com/compose/articles/edit/<id>), long posts, on their fixture page
 * (test/e2e/fixtures/sites/x/articles.tsx): the title and the Draft.js body are checked like a post, as the account
 * the side navigation names; the editor's own state keeps exactly what was typed; Publish is caught ("Before you
 * post"), Post anyway goes on to the settings step, whose Publish sends the article exactly once.
 */
import {
  test,
  expect,
  clickInOverlay,
  editorText,
  markedWords,
  posts,
  storeSettings,
  typeLikeAPerson,
} from './helpers/extension-test';
import type { ExtensionWorld } from './helpers/extension-world';

const SCHOOL = {
  schoolName: 'Welbeck Primary School',
  pupils: [{ firstName: 'Jack', lastName: 'Thompson' }],
};

function dialogText(world: ExtensionWorld): Promise<string> {
  return world.evaluate<string>(`return root?.querySelector('[role=alertdialog]')?.textContent ?? '';`);
}

test('X Articles: the body is checked as a post, Publish is caught, the article goes out once', async ({
  extension,
  openSite,
}) => {
  await storeSettings(extension, SCHOOL);
  const { page, world } = await openSite('x.com', '/compose/articles/edit/1800000000000000001');
  await page.locator('textarea[name="Article Title"]').click();
  await typeLikeAPerson(page, 'Sports day');
  await page.locator('[data-testid="composer"]').click();
  const body = 'What a day. Jack Thompson won the sprint and everyone cheered.';
  await typeLikeAPerson(page, body);
  await expect
    .poll(() => markedWords(world), { timeout: 10_000, intervals: [25] })
    .toEqual({ warning: ['Jack Thompson'], critical: [] });
  // Two badges: the title's (clean) and the body's.
  const statuses = await world.evaluate<string[]>(
    `return [...root.querySelectorAll('.badge-anchor:not([hidden]) [role=status]')].map((el) => el.textContent ?? '');`,
  );
  expect(statuses).toHaveLength(2);
  expect(statuses.filter((status) => /1 thing to check/.test(status))).toHaveLength(1);
  expect(await editorText(page)).toBe(body);

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect.poll(() => dialogText(world)).toContain('Jack Thompson');
  expect(await posts(page)).toEqual([]);
  await clickInOverlay(page, world, '[role=alertdialog] button.secondary');
  // Post anyway presses the editor's Publish once: the settings step opens; nothing is published yet.
  await expect(page.getByRole('heading', { name: 'Publish settings' })).toBeVisible();
  expect(await posts(page)).toEqual([]);
  // The settings step's Publish: the same article, already confirmed, goes out without asking again, once.
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect
    .poll(() => posts(page))
    .toEqual([{ text: `Sports day\n\n${body}`, media: 0, where: 'article' }]);
  await page.waitForTimeout(400);
  expect(await posts(page)).toHaveLength(1);
  expect(await dialogText(world)).toBe('');
});
