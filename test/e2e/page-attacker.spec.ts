/**
 * The page plays the attacker. A script of the page (run in its main world, as x.com's own code or anything
 * injected into it would run) tries every way we know to learn who is on the school's roster, or that Post
 * Guard is installed: it reads the document's highlight registry, scans the DOM and every open shadow root for
 * anything of ours, plants a hidden box with the markup of the site's composer and fills it with roster names
 * (a never-publish pupil among them), and fetches the extension's files at their chrome-extension:// addresses.
 * It learns nothing: nothing differs between roster names and other words, nothing names us, every fetch fails,
 * and a planted box changes nothing on the page at all (no host element, no badge) until the member of staff
 * types in a real composer.
 * Meanwhile the member of staff's own typing is still checked and marked, inside Post Guard's closed shadow root.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  badgeStatus,
  clickInOverlay,
  drawnMarks,
  DIST_DIR,
  markedWords,
  storeSettings,
  typeLikeAPerson,
} from './helpers/extension-test';
import { SITE_COMPOSERS } from './helpers/site-composers';

const SCHOOL = {
  schoolName: 'Welbeck Primary School',
  pupils: [
    { firstName: 'Jack', lastName: 'Thompson' },
    { firstName: 'Ruby', lastName: 'Patel', noPublish: true },
    // Never typed nor planted: the page must not find this name anywhere.
    { firstName: 'Maisie', lastName: 'Okafor' },
  ],
};

/**
 * Roster names (Ruby Patel is never-publish), and words of the same length that are no one on the roster. The
 * planted box is set in a monospace font, so both lay out alike: where the text ends moves our badge aside
 * (src/content/composer-session.tsx), which the page could compute from its own text anyway.
 */
const ROSTER_TEXT = 'Ruby Patel and Jack Thompson won the prize';
const OTHER_TEXT = 'Gold Medal and Lucy Marshall won the prize';

/** The markup of each site's composer, the way the page would copy it, holding `TEXT`. */
const FAKE_COMPOSERS: Record<string, string> = {
  'x.com':
    '<div data-testid="tweetTextarea_7RichTextInputContainer"><div data-testid="tweetTextarea_7" contenteditable="true" role="textbox"><div data-block="true"><span data-text="true">TEXT</span></div></div></div>',
  'www.facebook.com':
    '<div><div contenteditable="true" data-lexical-editor="true" role="textbox"><p><span data-lexical-text="true">TEXT</span></p></div></div>',
  'www.youtube.com':
    '<ytd-commentbox><yt-formatted-string id="contenteditable-textarea"><div id="contenteditable-root" contenteditable="true">TEXT</div></yt-formatted-string></ytd-commentbox>',
};

const SITES = SITE_COMPOSERS.map((site) => ({ ...site, fakeComposer: FAKE_COMPOSERS[site.host]! }));

/**
 * Plants the fake composer, on screen but invisible and letting clicks through, and does what a page can do to
 * make it look typed in: focus it and fire keyboard, input and paste events (all untrusted).
 */
function plantFakeComposer(page: Page, markup: string, text: string): Promise<void> {
  return page.evaluate(
    ({ markup, text }) => {
      const holder = document.createElement('div');
      holder.id = 'attacker-box';
      holder.style.cssText =
        'position:fixed;left:8px;bottom:8px;width:420px;min-height:40px;opacity:0;pointer-events:none;z-index:10;font:16px/20px monospace';
      // YouTube requires Trusted Types for innerHTML; its CSP names no policies, so any page script may make one.
      const html = markup.replace('TEXT', text);
      const { trustedTypes } = window as unknown as {
        trustedTypes?: {
          createPolicy(
            name: string,
            rules: { createHTML(input: string): string },
          ): { createHTML(input: string): unknown };
        };
      };
      const policy = trustedTypes?.createPolicy('attacker', { createHTML: (input) => input });
      holder.innerHTML = (policy?.createHTML(html) ?? html) as string;
      document.body.append(holder);
      const box = holder.querySelector<HTMLElement>('[contenteditable]')!;
      box.focus();
      for (const type of ['keydown', 'keyup'])
        box.dispatchEvent(new KeyboardEvent(type, { key: 'a', bubbles: true }));
      box.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: 'a', bubbles: true }));
      box.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: 'a', bubbles: true }));
      box.dispatchEvent(new ClipboardEvent('paste', { bubbles: true }));
      box.blur();
    },
    { markup, text },
  );
}

function replaceFakeText(page: Page, text: string): Promise<void> {
  return page.evaluate((text) => {
    const box = document.querySelector('#attacker-box [contenteditable]')!;
    const leaf = [...box.querySelectorAll('*')].at(-1) ?? box;
    leaf.textContent = text;
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true }));
  }, text);
}

interface Observation {
  highlightNames: string[];
  highlightedText: string[];
  adoptedStyleSheets: number;
  /** The document's markup and every open shadow root's, the fake composer's text left out. */
  markup: string;
  /** Elements on <html> besides <head> and <body>: what an extension usually adds. */
  strangers: { name: string; attributes: string[]; open: boolean; customProperties: string[] }[];
  /** What the page's hit-testing finds on a grid around the fake composer (our badge would answer here). */
  hits: string[];
}

/** Everything the page's own script can read that Post Guard could have changed. */
function observe(page: Page, plantedText: string): Promise<Observation> {
  return page.evaluate((plantedText) => {
    const parts: string[] = [];
    const collect = (root: Document | ShadowRoot): void => {
      parts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
    };
    collect(document);
    const planted = document.querySelector('#attacker-box');
    const holder = planted?.getBoundingClientRect();
    const hits: string[] = [];
    for (let x = (holder?.left ?? 0) - 40; holder && x <= holder.right + 120; x += 16) {
      for (let y = holder.top - 80; y <= holder.bottom + 8; y += 8) {
        hits.push(document.elementFromPoint(x, y)?.localName ?? '');
      }
    }
    const highlights = [...CSS.highlights.entries()];
    return {
      highlightNames: highlights.map(([name]) => name),
      highlightedText: highlights.flatMap(([, highlight]) => [...highlight].map((range) => range.toString())),
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      // The planted box left out: what else changed on the page is what Post Guard did.
      markup: parts
        .join('\n')
        .replace(planted?.outerHTML ?? '\u0000', '')
        .replaceAll(plantedText, '<planted>'),
      strangers: [...document.documentElement.children]
        .filter((element) => element !== document.head && element !== document.body)
        .map((element) => ({
          name: element.localName,
          attributes: [...element.attributes].map((attribute) => attribute.name),
          open: element.shadowRoot !== null,
          // Custom properties it has that the page's own <html> does not (those it inherits are the site's).
          customProperties: [...getComputedStyle(element)].filter(
            (property) =>
              property.startsWith('--') &&
              getComputedStyle(element).getPropertyValue(property) !==
                getComputedStyle(document.documentElement).getPropertyValue(property),
          ),
        })),
      hits,
    };
  }, plantedText);
}

/** Observes until two looks a second apart agree: Post Guard has finished whatever it does with the box. */
async function settledObservation(page: Page, plantedText: string): Promise<Observation> {
  let last = await observe(page, plantedText);
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(1000);
    const next = await observe(page, plantedText);
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  throw new Error('What the page sees never settled');
}

function expectNothingOfOurs(seen: Observation): void {
  expect(seen.highlightNames).toEqual([]);
  expect(seen.highlightedText).toEqual([]);
  expect(seen.adoptedStyleSheets).toBe(0);
  expect(seen.markup).not.toMatch(/post[\s_-]?guard/i);
  expect(seen.markup).not.toMatch(/["\s.#-]pg-/);
  expect(seen.markup).not.toContain('chrome-extension:');
  expect(seen.markup).not.toContain('Okafor');
  for (const stranger of seen.strangers) {
    expect(stranger.name).not.toMatch(/guard|pg/i);
    expect(stranger.attributes).toEqual([]);
    expect(stranger.open).toBe(false);
    expect(stranger.customProperties).toEqual([]);
  }
}

/** The extension's files, by the built manifest: everything it could load into a page, and some it never does. */
function extensionFiles(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
    content_scripts: { js: string[] }[];
    icons: Record<string, string>;
  };
  for (const resource of manifest.web_accessible_resources ?? []) expect(resource.use_dynamic_url).toBe(true);
  return [
    ...new Set([
      'manifest.json',
      'popup/index.html',
      ...Object.values(manifest.icons),
      ...manifest.content_scripts.flatMap((script) => script.js),
      ...(manifest.web_accessible_resources ?? []).flatMap((resource) => resource.resources),
    ]),
  ];
}

/** What the page gets when it fetches each address: the HTTP status, or the error. */
function fetchFromPage(page: Page, addresses: string[]): Promise<string[]> {
  return page.evaluate(
    (addresses) =>
      Promise.all(
        addresses.map((address) =>
          fetch(address).then(
            (response) => `${response.status}`,
            (error: unknown) => `failed: ${String(error)}`,
          ),
        ),
      ),
    addresses,
  );
}

for (const site of SITES) {
  test.describe(`the page as attacker on ${site.host}`, () => {
    test.beforeEach(async ({ extension }) => {
      await storeSettings(extension, SCHOOL);
    });

    test('a hidden composer full of roster names is never checked, and the page can tell nothing apart', async ({
      openSite,
    }) => {
      const { page, world } = await openSite(site.host, site.path);
      const pageBefore = await settledObservation(page, ROSTER_TEXT);
      // Nothing of ours on the page before the member of staff types: not even the overlay's empty host.
      expect(pageBefore.strangers).toEqual([]);
      await plantFakeComposer(page, site.fakeComposer, ROSTER_TEXT);
      // Post Guard finds the box (its session starts in the isolated world, the bundle that draws badges loads)…
      await world.waitFor(`return Boolean(globalThis.postGuardOverlayRoot);`, { timeout: 20_000 });
      // …and would have shown a badge, checked and marked it by now, were it to trust a box the page filled itself.
      await page.waitForTimeout(3000);
      const withNames = await settledObservation(page, ROSTER_TEXT);
      expectNothingOfOurs(withNames);
      // No change at all the page can see: no host element, no shadow root, nothing where a badge would be.
      expect(withNames.strangers).toEqual([]);
      expect(withNames.markup).toBe(pageBefore.markup);
      expect(await world.evaluate<number>(`return root.querySelectorAll('.badge-anchor').length;`)).toBe(0);
      // Read inside Post Guard (the isolated world): nothing was checked, so nothing was marked.
      expect(await drawnMarks(world)).toEqual([]);
      expect((await world.statusTexts()).join(' ')).not.toMatch(/to check/);

      await replaceFakeText(page, OTHER_TEXT);
      await page.waitForTimeout(1500);
      const withoutNames = await settledObservation(page, OTHER_TEXT);
      expectNothingOfOurs(withoutNames);
      expect(withoutNames.strangers).toEqual([]);
      // Names again: the page sees exactly what it saw with other words.
      await replaceFakeText(page, ROSTER_TEXT);
      await page.waitForTimeout(1500);
      expect(await settledObservation(page, ROSTER_TEXT)).toEqual(withoutNames);

      // The member of staff writes a never-publish pupil's name in the site's real composer: Post Guard checks
      // it and marks it, where only the isolated world can read it; the page still sees nothing of it.
      await site.openComposer(page);
      await typeLikeAPerson(page, 'Well done Ruby Patel');
      await expect.poll(() => badgeStatus(world), { timeout: 15_000 }).toMatch(/1 thing to check/);
      await expect
        .poll(() => markedWords(world), { timeout: 5_000 })
        .toEqual({
          warning: [],
          critical: ['Ruby Patel'],
        });
      await clickInOverlay(page, world, '.badge-anchor:not([hidden]) .badge');
      const critical = await world.waitFor<string>(
        `return root.querySelector('.panel li[data-severity=critical]')?.textContent`,
      );
      expect(critical).toContain('Ruby Patel');
      const afterTyping = await observe(page, ROSTER_TEXT);
      expectNothingOfOurs(afterTyping);
      // The overlay is on the page now, for the real composer's badge; the planted box still has none beside it.
      expect(afterTyping.strangers).toHaveLength(1);
      expect(afterTyping.hits).not.toContain(afterTyping.strangers[0]!.name);
      expect(await world.evaluate<number>(`return root.querySelectorAll('.badge-anchor').length;`)).toBe(1);
    });

    test('the extension’s files cannot be fetched at their chrome-extension:// addresses', async ({
      openSite,
      extension,
    }) => {
      const { page, world } = await openSite(site.host, site.path);
      const files = extensionFiles();
      const results = await fetchFromPage(
        page,
        files.map((file) => `chrome-extension://${extension.extensionId}/${file}`),
      );
      expect(results.filter((result) => !result.startsWith('failed'))).toEqual([]);
      // Post Guard itself runs here: it loads them at the session's random address, which only it is told.
      const chunk = files.find((file) => file.includes('composer-session'))!;
      const address = await world.evaluate<string>(`return chrome.runtime.getURL(${JSON.stringify(chunk)});`);
      expect(new URL(address).host).not.toBe(extension.extensionId);
    });
  });
}

test('on a site without a connect-src rule, only the session’s random address serves the extension’s chunks', async ({
  openSite,
  extension,
}) => {
  // YouTube sends no connect-src (nor default-src): a refused fetch there is refused by Chromium's rules for
  // web-accessible resources, not by the page's Content-Security-Policy.
  const { page, world } = await openSite('www.youtube.com', '/watch?v=abc');
  const chunk = extensionFiles().find(
    (file) => file.startsWith('assets/') && file.includes('composer-session'),
  )!;
  const randomAddress = await world.evaluate<string>(
    `return chrome.runtime.getURL(${JSON.stringify(chunk)});`,
  );
  expect(new URL(randomAddress).host).not.toBe(extension.extensionId);
  expect(await fetchFromPage(page, [randomAddress])).toEqual(['200']);
  expect(await fetchFromPage(page, [`chrome-extension://${extension.extensionId}/${chunk}`])).toEqual([
    expect.stringMatching(/^failed/),
  ]);
});
