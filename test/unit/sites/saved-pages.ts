/**
 * Loads the saved fixture pages (test/fixtures/pages, written by scripts/save-fixture-pages.ts) into the test
 * document, so the site adapters run against the markup the fixture sites really render. For happy-dom tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteAdapter, SubmitIntent } from '../../../src/sites/types';

const PAGES_DIR = path.resolve('test/fixtures/pages');

interface SavedPage {
  url: string;
  cookie: string;
}

const index = JSON.parse(readFileSync(path.join(PAGES_DIR, 'pages.json'), 'utf8')) as Record<
  string,
  SavedPage
>;

/** Every saved page of a site, as `<site>/<state>` names. */
export function savedPages(site: string): string[] {
  return Object.keys(index).filter((name) => name.startsWith(`${site}/`));
}

function clearCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; max-age=0`;
  }
}

/**
 * Replaces the test document with a saved page (`x/home`), and sets the cookies the page's scripts saw when it
 * was saved (Facebook names the posting account in them).
 */
export function loadPage(name: string): void {
  const saved = index[name];
  if (!saved) throw new Error(`No saved page ${name}: run npx tsx scripts/save-fixture-pages.ts`);
  const html = readFileSync(path.join(PAGES_DIR, `${name}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // The <html> element stays (happy-dom cannot replace it): its attributes and children are the saved ones.
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  for (const { name, value } of parsed.documentElement.attributes) root.setAttribute(name, value);
  root.replaceChildren(
    ...[...parsed.documentElement.childNodes].map((node) => document.importNode(node, true)),
  );
  clearCookies();
  for (const pair of saved.cookie.split('; ').filter(Boolean)) document.cookie = pair;
}

/** The one element matching `selector`: fails the test when there is not exactly one. */
export function one(selector: string): HTMLElement {
  const found = document.querySelectorAll<HTMLElement>(selector);
  if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
  return found[0]!;
}

/** How many elements match each of a site's selectors (the string ones) on the loaded page. */
export function selectorCounts(selectors: Record<string, unknown>, only: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of only) {
    const selector = selectors[key];
    if (typeof selector !== 'string') throw new Error(`${key} is not a selector`);
    counts[key] = document.querySelectorAll(selector).length;
  }
  return counts;
}

/** Presses a key in `target` and returns what the adapter makes of it, as the publish guard sees it. */
export function keyIntent(
  adapter: SiteAdapter,
  target: Element,
  init: KeyboardEventInit,
): SubmitIntent | undefined {
  let intent: SubmitIntent | undefined;
  const listener = (event: KeyboardEvent): void => {
    intent = adapter.submitForKey(event);
  };
  document.addEventListener('keydown', listener, { capture: true });
  target.dispatchEvent(
    new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }),
  );
  document.removeEventListener('keydown', listener, { capture: true });
  return intent;
}

/** Counts the events of the given types that reach `element` while `action` runs. */
export function eventsOn(element: Element, types: string[], action: () => void): string[] {
  const seen: string[] = [];
  const record = (event: Event): void => {
    seen.push(event.type);
  };
  for (const type of types) element.addEventListener(type, record);
  try {
    action();
  } finally {
    for (const type of types) element.removeEventListener(type, record);
  }
  return seen;
}
