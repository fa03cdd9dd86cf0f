import { test, storeSettings } from './helpers/extension-test';
test('debug', async ({ openSite, extension }) => {
  await storeSettings(extension, { schoolName: 'W', pupils: [{ firstName: 'Jack', lastName: 'Thompson' }] });
  const { page, world } = await openSite('x.com', '/home');
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Well done Jack Thompson', { delay: 15 });
  await page.waitForTimeout(8000);
  console.log(
    await world.evaluate(
      `const c = document.querySelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]'); return [globalThis.__dbg?.(c), String(globalThis.__dbgLast), root?.querySelector('[role=status]')?.textContent];`,
    ),
  );
});
