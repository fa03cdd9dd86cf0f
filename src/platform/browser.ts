/**
 * The platform layer: the only module that talks to the browser's extension APIs (through
 * webextension-polyfill). Everything else calls these small typed functions, and unit tests replace this
 * module with vi.mock.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';

/** The key in chrome.storage.local that holds the school's settings. */
export const SETTINGS_KEY = 'settings';

/**
 * Lays stored settings over the defaults. Keys Post Guard does not know, and values of the wrong kind (a string
 * where a list belongs), are ignored, so a damaged store never breaks the UI.
 */
export function mergeSettings(stored: unknown): Settings {
  const settings: Settings = structuredClone({ ...DEFAULT_SETTINGS });
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return settings;
  const target = settings as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(stored)) {
    if (!(key in DEFAULT_SETTINGS)) continue;
    const fallback = target[key];
    const sameKind = Array.isArray(fallback) ? Array.isArray(value) : typeof value === typeof fallback;
    if (sameKind) target[key] = value;
  }
  return settings;
}

/** The school's settings from chrome.storage.local, over the defaults. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return mergeSettings(stored[SETTINGS_KEY]);
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** The full URL of one of the extension's own files, e.g. extensionUrl('policy-page/index.html'). */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/** Opens one of the extension's own pages in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: extensionUrl(path) });
}

/** Messages between the extension's parts: a content script asks the service worker to open a page. */
export type ExtensionMessage = { type: 'open-options' } | { type: 'open-policy' };

function isExtensionMessage(message: unknown): message is ExtensionMessage {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'open-options' || type === 'open-policy';
}

export async function sendExtensionMessage(message: ExtensionMessage): Promise<void> {
  await browser.runtime.sendMessage(message);
}

/** Calls `listener` for every Post Guard message the extension receives; other messages are ignored. */
export function onExtensionMessage(listener: (message: ExtensionMessage) => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isExtensionMessage(message)) listener(message);
    return undefined;
  });
}
