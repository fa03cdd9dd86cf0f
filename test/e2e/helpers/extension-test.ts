import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startFixtureServer, type FixtureHost, type FixtureServer } from '../support/server';
import { launchWithExtension, type LaunchedExtension } from '../support/launch';
import { ExtensionWorld } from './extension-world';

export const DIST_DIR = path.resolve('dist');

interface WorkerFixtures {
  server: FixtureServer;
  extension: LaunchedExtension;
}

interface TestFixtures {
  /** Opens a fixture page at its real address (e.g. https://x.com/home) with Post Guard loaded. */
  openSite(host: FixtureHost, pathAndQuery: string): Promise<{ page: Page; world: ExtensionWorld }>;
}

/**
 * Playwright's test with the fixture server and Chromium running the built extension from dist/: one of each
 * per worker, a fresh page per test.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({ server }, use) => {
      if (!existsSync(path.join(DIST_DIR, 'manifest.json'))) {
        throw new Error('dist/ has no built extension: run `npm run build` before the end-to-end tests.');
      }
      const extension = await launchWithExtension({ distDir: DIST_DIR, port: server.port });
      await use(extension);
      await extension.close();
    },
    { scope: 'worker' },
  ],
  openSite: async ({ extension, server }, use) => {
    const pages: Page[] = [];
    await use(async (host, pathAndQuery) => {
      const page = await extension.context.newPage();
      pages.push(page);
      await page.goto(`${server.origin(host)}${pathAndQuery}`);
      await page.waitForFunction(() => window.__fixture !== undefined);
      const world = await ExtensionWorld.attach(page);
      return { page, world };
    });
    for (const page of pages) await page.close();
  },
});

export { expect };

/** The editor's own idea of its text (draft-js, Lexical or the DOM), read by the fixture page. */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture!.editorText());
}

/** What the page's own submit handler posted. */
export function posts(page: Page): Promise<{ text: string; media: number; where: string }[]> {
  return page.evaluate(() =>
    window.__fixture!.posts.map(({ text, media, where }) => ({ text, media, where })),
  );
}

/** Types like a person: one key event per character, with a small delay. */
export async function typeLikeAPerson(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 15 });
}

/** Opens one of the extension's own pages (popup/index.html, options/index.html, policy-page/index.html). */
export async function openExtensionPage(
  extension: LaunchedExtension,
  path: string,
  colorScheme: 'light' | 'dark',
) {
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  return page;
}

/** axe-core's WCAG A/AA checks on the page as Chromium lays it out (colour contrast included). */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Through evaluate, not a <script>: extension pages' CSP refuses inline scripts.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

/**
 * axe-core's WCAG A/AA checks on a part of Post Guard's overlay (`selector`, e.g. the reminder's backdrop or a
 * note), in light and dark. axe cannot enter a closed shadow root, so it checks a faithful copy on a page of its
 * own: the same markup and the same stylesheet, with `:host` as the copy's host. Returns the violations by theme.
 */
export async function overlayAxeViolations(
  extension: LaunchedExtension,
  world: ExtensionWorld,
  selector: string,
): Promise<Record<'light' | 'dark', string[]>> {
  const copy = await world.evaluate<{ css: string; html: string }>(`
    return { css: root.getRootNode().querySelector('style').textContent, html: root.querySelector(${JSON.stringify(selector)}).outerHTML };
  `);
  const css = copy.css.replaceAll(':host', '#host');
  const found = { light: [] as string[], dark: [] as string[] };
  for (const theme of ['light', 'dark'] as const) {
    const check = await extension.context.newPage();
    await check.setContent(
      `<!doctype html><html lang="en"><head><title>Post Guard</title><style>${css}</style></head><body><main><div id="host"><div class="overlay" data-theme="${theme}">${copy.html}</div></div></main></body></html>`,
    );
    found[theme] = await axeViolations(check);
    await check.close();
  }
  return found;
}

/** Replaces the school's settings in chrome.storage.local, through the extension's service worker. */
export async function storeSettings(
  extension: LaunchedExtension,
  settings: Record<string, unknown>,
): Promise<void> {
  await extension.serviceWorker.evaluate(async (value) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

/** Clicks an element of Post Guard's overlay (a closed shadow root) where a person would: at its centre. */
export async function clickInOverlay(page: Page, world: ExtensionWorld, selector: string): Promise<void> {
  const box = await world.waitFor<{ x: number; y: number }>(`
    const element = root?.querySelector(${JSON.stringify(selector)});
    const rect = element?.getBoundingClientRect();
    return rect && rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  `);
  await page.mouse.click(box.x, box.y);
}

/**
 * The words Post Guard marks, by severity: warnings and critical findings unless other severities are asked for
 * (tips have their own, quieter underline). Read from where the marks are drawn, not from what Post Guard meant
 * to mark: in its isolated world, every character of the page's rich editors whose centre lies under a drawn
 * mark counts as marked, so a mark that is not under its words does not pass. A stretch of text whose box meets no
 * mark has no marked character (each character's box lies inside it), so it is passed over whole, halving down to
 * single characters only where a mark is: a 100,000-character draft is read in a few hundred boxes, not 100,000.
 */
export function markedWords(
  world: ExtensionWorld,
  severities: readonly string[] = ['warning', 'critical'],
): Promise<Record<string, string[]>> {
  return world.evaluate<Record<string, string[]>>(`
    const severities = ${JSON.stringify(severities)};
    const words = Object.fromEntries(severities.map((severity) => [severity, []]));
    const marks = [...(root?.querySelectorAll('.marks:not([hidden]) .mark') ?? [])].map((mark) => ({
      severity: severities.find((severity) => mark.classList.contains(severity)),
      rect: mark.getBoundingClientRect(),
    })).filter((mark) => mark.severity);
    if (marks.length === 0) return words;
    // One pixel of slack: passing over a stretch must never miss a mark.
    const meetsAMark = (box) => marks.some(({ rect }) =>
      box.right + 1 >= rect.left && box.left - 1 <= rect.right && box.bottom + 1 >= rect.top && box.top - 1 <= rect.bottom);
    const range = document.createRange();
    for (const editor of document.querySelectorAll('[contenteditable]:not([contenteditable=false])')) {
      if (editor.parentElement?.isContentEditable) continue;
      let run = '';
      let runSeverity;
      const end = () => {
        if (run.trim()) words[runSeverity].push(run.trim());
        run = '';
        runSeverity = undefined;
      };
      const readCharacter = (node, i) => {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        const x = box ? box.left + box.width / 2 : NaN;
        const y = box ? box.top + box.height / 2 : NaN;
        const under = marks.find(({ rect }) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom);
        if (!under || under.severity !== runSeverity) end();
        if (under) {
          runSeverity = under.severity;
          run += node.data[i];
        }
      };
      const readStretch = (node, from, to) => {
        if (to - from <= 16) {
          for (let i = from; i < to; i++) readCharacter(node, i);
          return;
        }
        range.setStart(node, from);
        range.setEnd(node, to);
        if (!meetsAMark(range.getBoundingClientRect())) {
          end();
          return;
        }
        const middle = Math.floor((from + to) / 2);
        readStretch(node, from, middle);
        readStretch(node, middle, to);
      };
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) readStretch(node, 0, node.length);
      end();
    }
    return words;
  `);
}

/** The marks drawn in Post Guard's overlay: their severity and where they are on screen. */
export function drawnMarks(
  world: ExtensionWorld,
): Promise<{ severity: string; left: number; top: number; right: number; bottom: number }[]> {
  return world.evaluate(`
    return [...(root?.querySelectorAll('.marks:not([hidden]) .mark') ?? [])].map((mark) => {
      const { left, top, right, bottom } = mark.getBoundingClientRect();
      return { severity: mark.classList[1], left, top, right, bottom };
    });
  `);
}

/** The visible badge's live status text. */
export function badgeStatus(world: ExtensionWorld): Promise<string> {
  return world.evaluate<string>(
    `return root?.querySelector('.badge-anchor:not([hidden]) [role=status]')?.textContent ?? '';`,
  );
}
