/**
 * The popup's window onto the current tab: it asks the tab's Post Guard content script what it is doing, and
 * pauses checking on a site for an hour. Part of the platform layer: the only other module that may import
 * webextension-polyfill. Nothing here leaves the browser.
 */
import browser from 'webextension-polyfill';
import type { AccountKind, Category, Platform, Severity } from '../engine/types';

/** What one composer on the page is doing, as the popup shows it. */
export interface ComposerReport {
  state: 'watching' | 'checked' | 'off';
  /** Why checks are off, when they are. */
  reason?: string;
  account: AccountKind;
  /** The handle, profile or Page Post Guard believes is posting, when the page shows it. */
  accountName?: string;
  /** Read from the page, said by the member of staff for this tab, or guessed (the page does not say). */
  accountBasis: 'read' | 'declared' | 'guessed';
  findings: { category: Category; severity: Severity; match: string; message: string }[];
}

export interface TabStatusReport {
  platform: Platform;
  composers: ComposerReport[];
  /** Checking on this site is paused until this time (ms since 1970), if it is. */
  pausedUntil?: number;
}

interface TabStatusRequest {
  type: 'post-guard-tab-status';
}

function isTabStatusRequest(message: unknown): message is TabStatusRequest {
  return (message as { type?: unknown } | null)?.type === 'post-guard-tab-status';
}

/** Content script: answer the popup's question with a fresh report. */
export function answerTabStatus(report: () => TabStatusReport): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isTabStatusRequest(message)) return Promise.resolve(report());
    return undefined;
  });
}

/** What the popup learns about the active tab: its address, and the report if Post Guard runs there. */
export interface ActiveTab {
  url?: string;
  /** The tab's title (readable through activeTab, or on the sites Post Guard runs on). */
  title?: string;
  report?: TabStatusReport;
}

/** Popup: asks the active tab's top frame. A tab where no content script answers has no report. */
export async function askActiveTab(): Promise<ActiveTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return {};
  const request: TabStatusRequest = { type: 'post-guard-tab-status' };
  try {
    const report = (await browser.tabs.sendMessage(tab.id, request, { frameId: 0 })) as
      TabStatusReport | undefined;
    return { url: tab.url, title: tab.title, report };
  } catch {
    // No content script in the tab (another site, or a composer has not appeared yet).
    return { url: tab.url, title: tab.title };
  }
}

const PAUSE_KEY = 'pausedUntil';
type PauseTable = Partial<Record<Platform, number>>;

async function readPauses(): Promise<PauseTable> {
  const stored = await browser.storage.local.get(PAUSE_KEY);
  const value = stored[PAUSE_KEY];
  return typeof value === 'object' && value !== null ? (value as PauseTable) : {};
}

/** When checking on `platform` is paused until, if it is paused now. */
export async function pausedUntil(platform: Platform, now = Date.now()): Promise<number | undefined> {
  const until = (await readPauses())[platform];
  return until !== undefined && until > now ? until : undefined;
}

/** Pauses checking on a site until `until`, or resumes it (undefined). Kept in storage.local only. */
export async function setPause(platform: Platform, until: number | undefined): Promise<void> {
  const pauses = await readPauses();
  if (until === undefined) delete pauses[platform];
  else pauses[platform] = until;
  await browser.storage.local.set({ [PAUSE_KEY]: pauses });
}

/** Calls `listener` whenever a pause is set or lifted on any site. */
export function onPauseChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && PAUSE_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
