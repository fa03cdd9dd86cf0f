import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openExtensionPage,
  axeViolations,
  storeSettings,
  typeLikeAPerson,
  clickInOverlay,
  markedWords,
} from './helpers/extension-test';
import { clickToolbarButton, inPopup, popupDriver } from './helpers/extension-action';
import type { LaunchedExtension } from './support/launch';

const HEAD = { role: 'headteacher', name: 'Ann Head', email: 'head@welbeck.sch.uk' };
const ESAFETY = { role: 'e-safety', name: 'Ruth McConnochie', email: 'esafety@welbeck.sch.uk' };

/** Waits for the popup's capture button to read `label`, then clicks it; resolves once the capture is saved. */
async function captureFromPopup(driver: Page, label: string, capture: number): Promise<void> {
  const text = (selector: string) =>
    inPopup<string>(driver, `return document.querySelector('${selector}')?.textContent ?? ''`);
  await expect.poll(() => text('.pg-wrong button')).toBe(label);
  await inPopup(driver, `document.querySelector('.pg-wrong button').click();`);
  await expect.poll(() => text('.pg-capture-status')).toContain(`capture ${capture} of this incident`);
}

/** The evidence log as stored (IndexedDB), read from an extension page. */
function storedIncidents(page: Page) {
  return page.evaluate(
    () =>
      new Promise<
        {
          id: string;
          captures: {
            url: string;
            title: string;
            takenAt: number;
            site?: string;
            note: string;
            account: { kind: string; name?: string };
            image: { type: string; bytes: Uint8Array; width?: number; height?: number };
          }[];
        }[]
      >((resolve, reject) => {
        const open = indexedDB.open('post-guard-evidence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('incidents').objectStore('incidents').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test('evidence: the toolbar button’s popup saves a screen print of the tab with its address, time and account; the log prints it, zips it and deletes it', async ({
  extension,
  openSite,
}) => {
  // Two captures, a print to PDF and a zip: longer than one check on a shared machine.
  test.setTimeout(120_000);
  await storeSettings(extension, { contacts: [HEAD, ESAFETY] });
  const { page } = await openSite('x.com', '/home');
  // A box in use, so that Post Guard knows who is posting.
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await typeLikeAPerson(page, 'Hello');
  // Until its first check of the box, Post Guard does not yet know the account: wait for it, as the popup asks.
  const asker = await openExtensionPage(extension, 'policy-page/index.html', 'light');
  await expect
    .poll(
      () =>
        asker.evaluate(async () => {
          for (const tab of await chrome.tabs.query({})) {
            const answer = (await chrome.tabs
              .sendMessage(tab.id!, { type: 'post-guard-tab-status' }, { frameId: 0 })
              .catch(() => undefined)) as { composers?: { state: string }[] } | undefined;
            if (answer) return answer.composers?.[0]?.state;
          }
          return undefined;
        }),
      { timeout: 10_000 },
    )
    .toBe('checked');
  await asker.close();
  await page.bringToFront();

  await clickToolbarButton(page, extension.extensionId);
  const driver = await popupDriver(extension);
  await expect
    .poll(() =>
      inPopup<string>(driver, `return document.querySelector('.pg-wrong button')?.textContent ?? ''`),
    )
    .toBe('Save evidence of this page');
  const before = Date.now();
  await inPopup(
    driver,
    `const note = document.querySelector('.pg-capture textarea');
     note.value = 'Reply under our fair post';
     note.dispatchEvent(new Event('input', { bubbles: true }));`,
  );
  // A separate step, as for a person: the popup redraws with the note before the click.
  await driver.waitForTimeout(100);
  await captureFromPopup(driver, 'Save evidence of this page', 1);
  const after = Date.now();
  // Scrolled, then captured again into the same incident.
  await captureFromPopup(driver, 'Add another capture to this incident', 2);

  const [incident] = await storedIncidents(driver);
  expect(incident?.captures).toHaveLength(2);
  const first = incident!.captures[0]!;
  expect(first).toMatchObject({
    url: 'https://x.com/home',
    title: await page.title(),
    site: 'x',
    note: 'Reply under our fair post',
    account: { kind: 'personal', name: '@staffmember' },
    image: { type: 'image/png', width: 1280, height: 800 },
  });
  expect(first.takenAt).toBeGreaterThanOrEqual(before);
  expect(first.takenAt).toBeLessThanOrEqual(after);
  expect([...first.image.bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await driver.close();

  // The log: listed with thumbnails and its size.
  const log = await openExtensionPage(extension, 'evidence/index.html', 'light');
  await expect(log.getByRole('status').filter({ hasText: 'incident' })).toContainText(/1 incident, \d+ KB/);
  await expect(log.getByRole('img', { name: /^Capture 1:/ })).toBeVisible();
  await expect(log.getByRole('img', { name: /^Capture 2:/ })).toBeVisible();

  // The printable report, printed to PDF.
  const reportOpened = log.context().waitForEvent('page');
  await log.getByRole('link', { name: 'Printable report' }).click();
  const report = await reportOpened;
  await expect(report.getByRole('heading', { level: 1 })).toContainText('Incident of');
  await expect(report.getByText('https://x.com/home').first()).toBeVisible();
  await expect(report.getByText(new Date(first.takenAt).toISOString()).first()).toBeVisible();
  await expect(report.getByText('Reply under our fair post')).toBeVisible();
  await expect(report.getByText(/Evidence from the incident should be saved/)).toBeVisible();
  const pdf = await report.pdf();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  await report.close();

  // The zip: both images as taken, and the record.
  const downloaded = log.waitForEvent('download');
  await log.getByRole('button', { name: 'Download as a zip' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^post-guard-incident-\d{4}-\d{2}-\d{2}-\d{4}\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(Object.keys(files).sort()).toEqual(['capture-1.png', 'capture-2.png', 'record.json']);
  expect(files['capture-1.png']).toEqual(new Uint8Array(first.image.bytes));
  const record = JSON.parse(new TextDecoder().decode(files['record.json']));
  expect(record.captures[0]).toMatchObject({
    file: 'capture-1.png',
    url: 'https://x.com/home',
    account: 'A personal account (@staffmember)',
    taken: { utc: new Date(first.takenAt).toISOString() },
  });

  // Delete all, after a confirmation.
  await log.getByRole('button', { name: 'Delete all evidence' }).click();
  await log.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(log.getByText('No evidence saved.')).toBeVisible();
  expect(await storedIncidents(log)).toEqual([]);
  await log.close();
});

for (const site of [
  { host: 'www.facebook.com', path: '/', platform: 'facebook' },
  { host: 'www.youtube.com', path: '/watch?v=abc', platform: 'youtube' },
] as const) {
  test(`evidence on ${site.host}: the popup's capture has the page's address, title, time and site; its report form is filled in from the tab`, async ({
    extension,
    openSite,
  }) => {
    test.setTimeout(90_000);
    await storeSettings(extension, { contacts: [HEAD] });
    // An empty log, so that the capture starts an incident of its own.
    await extension.serviceWorker.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase('post-guard-evidence');
          request.onsuccess = resolve;
          request.onerror = reject;
        }),
    );
    const { page } = await openSite(site.host, site.path);
    await clickToolbarButton(page, extension.extensionId);
    const driver = await popupDriver(extension);
    const before = Date.now();
    await captureFromPopup(driver, 'Save evidence of this page', 1);
    const incidents = await storedIncidents(driver);
    const capture = incidents.flatMap((incident) => incident.captures).find((each) => each.takenAt >= before);
    expect(capture).toMatchObject({
      url: page.url(),
      title: await page.title(),
      site: site.platform,
      image: { type: 'image/png', width: 1280, height: 800 },
    });
    expect(capture!.takenAt).toBeLessThanOrEqual(Date.now());

    // The popup's "Report inappropriate website content": the form filled in from this tab, emailed to the head.
    const formAddress = await inPopup<string>(
      driver,
      `return [...document.querySelectorAll('.pg-wrong a')].find((link) => link.textContent.includes('Report inappropriate website content'))?.href ?? '';`,
    );
    await driver.close();
    const form = await extension.context.newPage();
    await form.goto(formAddress);
    await expect(form.getByLabel('Web address')).toHaveValue(page.url());
    await expect(form.getByLabel('Page title')).toHaveValue(await page.title());
    const email = await form.getByRole('link', { name: 'Email to the headteacher' }).getAttribute('href');
    expect(email!.startsWith('mailto:head@welbeck.sch.uk?')).toBe(true);
    await form.close();
  });
}

test('report form: opened by the runtime message with the person and the site filled in; the email goes to the headteacher', async ({
  extension,
}) => {
  await storeSettings(extension, { contacts: [HEAD], staffName: 'Jo Teacher' });
  const sender = await openExtensionPage(extension, 'policy-page/index.html', 'light');
  const opened = extension.context.waitForEvent('page');
  // What the friending reminder sends (the `contact` helper's side of the contract, DEVELOPERS.md).
  await sender.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'open-report',
      kind: 'friend-request',
      name: 'Sam Parent',
      site: 'Facebook',
      url: 'https://www.facebook.com/sam.parent',
    }),
  );
  const form = await opened;
  await form.waitForLoadState();
  expect(new URL(form.url()).pathname).toBe('/report/index.html');
  await expect(form.getByRole('heading', { level: 1 })).toHaveText(
    'Friend or contact request from a pupil or parent',
  );
  await expect(form.getByLabel('Name of the person')).toHaveValue('Sam Parent');
  await expect(form.getByLabel('Site')).toHaveValue('Facebook');
  await expect(form.getByLabel('Your name')).toHaveValue('Jo Teacher');
  await form.getByLabel('Action taken').fill('Did not accept the request.');
  const email = form.getByRole('link', { name: 'Email to the headteacher' });
  const href = (await email.getAttribute('href'))!;
  expect(href.startsWith('mailto:head@welbeck.sch.uk?')).toBe(true);
  const body = new URLSearchParams(href.slice(href.indexOf('?'))).get('body')!;
  expect(body).toContain('Name of the person: Sam Parent');
  expect(body).toContain('Action taken: Did not accept the request.');
  // Following the link goes to the email program, not to another page: the form stays.
  const navigations: string[] = [];
  form.on('framenavigated', (frame) => navigations.push(frame.url()));
  await email.click();
  await form.waitForTimeout(300);
  expect(navigations.filter((url) => !url.startsWith('mailto:'))).toEqual([]);
  await expect(form.getByLabel('Action taken')).toHaveValue('Did not accept the request.');
  await form.close();
  await sender.close();
});

test('Report a mistake: the service worker opens the email to the e-safety team; the page never holds it', async ({
  extension,
  openSite,
}) => {
  await storeSettings(extension, {
    contacts: [ESAFETY],
    pupils: [{ firstName: 'Jack', lastName: 'Thompson' }],
  });
  // The email program is the computer's: record what Post Guard hands to it instead of starting one.
  await extension.serviceWorker.evaluate(() => {
    const opened: string[] = [];
    (globalThis as { mailtos?: string[] }).mailtos = opened;
    chrome.tabs.update = ((_tabId: number, properties: { url?: string }) => {
      opened.push(properties.url ?? '');
      return Promise.resolve({} as chrome.tabs.Tab);
    }) as typeof chrome.tabs.update;
  });
  const { page, world } = await openSite('x.com', '/home');
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await typeLikeAPerson(page, 'Well done Jack Thompson');
  await expect
    .poll(() => markedWords(world), { timeout: 10_000 })
    .toEqual({ warning: ['Jack Thompson'], critical: [] });
  await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
  await clickInOverlay(page, world, '.panel li button.quiet:last-child');
  await clickInOverlay(page, world, '.panel .mistake .actions button');
  const mailtos = () =>
    extension.serviceWorker.evaluate(() => (globalThis as { mailtos?: string[] }).mailtos ?? []);
  await expect.poll(mailtos).toHaveLength(1);
  const [url] = await mailtos();
  expect(url!.startsWith('mailto:esafety@welbeck.sch.uk?subject=')).toBe(true);
  const body = new URLSearchParams(url!.slice(url!.indexOf('?'))).get('body')!;
  expect(body).toContain('Rule: roster-pupil');
  expect(body).toContain('Teachers or members of staff must not post any information');
  // Not ticked: neither the post nor the name it pointed at goes in the email.
  expect(body).not.toContain('Jack');
  expect(await page.evaluate(() => document.documentElement.outerHTML.includes('mailto:'))).toBe(false);

  // Ticked: the text goes too.
  await clickInOverlay(page, world, '.panel .mistake input[type=checkbox]');
  await clickInOverlay(page, world, '.panel .mistake .actions button');
  await expect.poll(mailtos).toHaveLength(2);
  const withText = (await mailtos())[1]!;
  expect(new URLSearchParams(withText.slice(withText.indexOf('?'))).get('body')).toContain(
    'Well done Jack Thompson',
  );
});

/**
 * Puts one incident of two captures in the evidence log, as the popup stores it (src/incidents/store.ts): the
 * pictures are real screen prints of X's fixture page. Returns its id.
 */
async function seedIncident(extension: LaunchedExtension, site: Page): Promise<string> {
  const picture = [...(await site.screenshot({ clip: { x: 0, y: 0, width: 640, height: 400 } }))];
  const page = await openExtensionPage(extension, 'policy-page/index.html', 'light');
  const id = await page.evaluate(
    ({ picture, title }) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('post-guard-evidence', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('incidents', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const takenAt = Date.UTC(2026, 11, 7, 14, 5);
          const capture = (n: number) => ({
            id: `capture-${n}`,
            takenAt: takenAt + n * 60_000,
            timeZone: 'Europe/London',
            url: 'https://x.com/home',
            title,
            site: 'x',
            account: { kind: 'personal', name: '@staffmember' },
            image: { type: 'image/png', bytes: new Uint8Array(picture), width: 640, height: 400 },
            note: n === 0 ? 'Reply under our fair post' : '',
          });
          const incident = {
            id: 'incident-axe',
            createdAt: takenAt,
            updatedAt: takenAt + 60_000,
            note: 'Abusive replies to the school fair post; not answered.',
            captures: [capture(0), capture(1)],
          };
          const tx = open.result.transaction('incidents', 'readwrite');
          tx.objectStore('incidents').put(incident);
          tx.oncomplete = () => {
            open.result.close();
            resolve(incident.id);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { picture, title: await site.title() },
  );
  await page.close();
  return id;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the evidence log with an incident, its printable report, the report forms, their options and the popup’s section pass axe (${colorScheme})`, async ({
    extension,
    openSite,
  }) => {
    // Six pages checked in turn: longer than one page's test on a shared machine.
    test.setTimeout(180_000);
    await storeSettings(extension, {
      contacts: [HEAD, ESAFETY],
      staffName: 'Jo Teacher',
      reportFormFields: [
        { form: 'both', label: 'Room number', hint: 'Where the computer is.' },
        { form: 'website-content', label: 'Was a pupil present?', long: true },
      ],
    });
    const { page: site } = await openSite('x.com', '/home');
    const incidentId = await seedIncident(extension, site);

    const popup = await openExtensionPage(extension, 'popup/index.html', colorScheme);
    await expect(popup.getByRole('heading', { name: 'Something went wrong?' })).toBeVisible();
    await expect(popup.getByRole('link', { name: 'Open the evidence log' })).toBeVisible();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    const log = await openExtensionPage(extension, 'evidence/index.html', colorScheme);
    await expect(log.getByRole('img', { name: /^Capture 2:/ })).toBeVisible();
    expect(await axeViolations(log), 'the log with an incident').toEqual([]);
    // The delete question as well.
    await log.getByRole('button', { name: 'Delete all evidence' }).click();
    await expect(log.getByRole('button', { name: 'Yes, delete' })).toBeVisible();
    expect(await axeViolations(log), 'the log asking before deleting').toEqual([]);
    await log.close();

    const print = await openExtensionPage(extension, `evidence/index.html?print=${incidentId}`, colorScheme);
    await expect(print.getByRole('heading', { name: 'Capture 2' })).toBeVisible();
    expect(await axeViolations(print), 'the printable report').toEqual([]);
    await print.close();

    const options = await openExtensionPage(extension, 'options/index.html#reports', colorScheme);
    await expect(options.getByRole('heading', { name: 'Report forms' })).toBeVisible();
    await expect(options.getByRole('textbox', { name: 'Question 2', exact: true })).toHaveValue(
      'Was a pupil present?',
    );
    expect(await axeViolations(options), 'the options page with its Report forms').toEqual([]);
    await options.close();

    for (const path of [
      'report/index.html?kind=website-content&url=https%3A%2F%2Fx.com%2Fhome&title=Home',
      'report/index.html?kind=friend-request&name=Sam%20Parent&site=Facebook',
    ]) {
      const page = await openExtensionPage(extension, path, colorScheme);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByLabel('Room number')).toBeVisible();
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });
}
