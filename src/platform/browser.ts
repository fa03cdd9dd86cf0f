/**
 * The platform layer: the only module that talks to the browser's extension APIs (through
 * webextension-polyfill). Everything else calls these small typed functions, and unit tests replace this
 * module with vi.mock.
 */
import type { FoundBox } from '../offscreen/face-count';
import browser from 'webextension-polyfill';
import { checkSettings, type DamagedEntry, type SettingsError } from '../settings/check';
import { SETTINGS_VERSION } from '../settings/migrations';
import { resolveSettings, withDamagedEntries, type SettingsState } from '../settings/resolve';
import type { Settings } from '../settings/settings';
import type { TaggedTerm } from '../engine/nlp/tagger';
import type { MistakeReport } from '../incidents/mailto';
import type { ReportPageParams } from '../incidents/report-form';

export type { SettingsState } from '../settings/resolve';

/** The key in chrome.storage.local that holds this device's settings. Never storage.sync: it is children's data. */
export const SETTINGS_KEY = 'settings';
/** The version of the shape of what SETTINGS_KEY holds (../settings/migrations.ts); written with it. */
export const SETTINGS_VERSION_KEY = 'settingsVersion';

/**
 * Lays stored settings over the defaults. Keys Post Guard does not know, and values that fail the checks (a
 * string where a list belongs), are ignored, so a damaged store never breaks the UI.
 */
export function mergeSettings(stored: unknown): Settings {
  return resolveSettings(stored, {}).settings;
}

/** What the school's IT admin set through Chrome policy; nothing when there is no policy or no managed area. */
async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

/** The settings Post Guard runs with (admin > this device > defaults), with what is locked and what was ignored. */
export async function readSettingsState(): Promise<SettingsState> {
  const [stored, managed] = await Promise.all([
    browser.storage.local.get([SETTINGS_KEY, SETTINGS_VERSION_KEY]),
    readManaged(),
  ]);
  return resolveSettings(stored[SETTINGS_KEY], managed, stored[SETTINGS_VERSION_KEY]);
}

/** The settings Post Guard runs with: the admin's (Chrome managed storage) over this device's over the defaults. */
export async function readSettings(): Promise<Settings> {
  return (await readSettingsState()).settings;
}

/** Settings refused by `saveSettings`, with every problem by path. */
export class InvalidSettingsError extends Error {
  constructor(readonly errors: SettingsError[]) {
    super(`Post Guard refused settings with ${errors.length} problem(s)`);
    this.name = 'InvalidSettingsError';
  }
}

/**
 * Stores this device's settings in chrome.storage.local (only there: never sync), with their version. Settings
 * that fail the checks are refused whole, so the last good settings stay. `kept`: damaged entries read from the
 * store that nobody has fixed or removed yet, written back as they were so that saving never loses them.
 */
export async function saveSettings(settings: Settings, kept: readonly DamagedEntry[] = []): Promise<void> {
  const { values, errors } = checkSettings(settings);
  if (errors.length > 0) throw new InvalidSettingsError(errors);
  await browser.storage.local.set({
    [SETTINGS_KEY]: withDamagedEntries(values, kept),
    [SETTINGS_VERSION_KEY]: SETTINGS_VERSION,
  });
}

/**
 * Calls `listener` with the new state whenever this device's settings or the admin's policy change
 * (storage.onChanged, areas 'local' and 'managed'). Returns a function that stops listening.
 */
export function onSettingsChanged(listener: (state: SettingsState) => void): () => void {
  let latest = 0;
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'managed' && !(area === 'local' && SETTINGS_KEY in changes)) return;
    const call = ++latest;
    readSettingsState()
      .then((state) => {
        // Two changes close together: only the newest read counts.
        if (call === latest) listener(state);
      })
      .catch((error: unknown) => console.error('Post Guard could not read its changed settings', error));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
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

/**
 * Hands a mailto: address to the computer's email program. From a content script's tab: the tab is pointed at
 * it, which starts the email program and leaves the page where it was (the page never sees the address); with
 * no tab, a new tab is opened with it.
 */
export async function openMailto(url: string, tabId?: number): Promise<void> {
  if (!url.startsWith('mailto:')) throw new Error('Not a mailto: address');
  if (tabId !== undefined) await browser.tabs.update(tabId, { url });
  else await browser.tabs.create({ url });
}

/**
 * A PNG screen print of what the active tab of the current window shows. Allowed by `activeTab` once the member
 * of staff has clicked Post Guard's toolbar button on that tab (no host permission allows it: Chrome asks for
 * activeTab or <all_urls>).
 */
export async function captureVisibleTab(): Promise<string> {
  return browser.tabs.captureVisibleTab(undefined as unknown as number, { format: 'png' });
}

/**
 * Messages between the extension's parts: a content script asks the service worker to open a page, or which
 * of some words are misspelt (the service worker holds the dictionary, too big to build on a page).
 */
export type ExtensionMessage =
  | { type: 'open-options' }
  | { type: 'open-policy' }
  | { type: 'check-spelling'; words: string[] }
  // A content script asks the service worker to look for faces in a downscaled photo (a data: URL)…
  // (allPasses: `npm run eval` only, to try other detector settings on the same boxes).
  | { type: 'check-photo'; image: string; allPasses?: boolean }
  // …and the service worker passes it to the offscreen document, where the detector runs.
  // (logos: the school's logo fingerprints from the settings, which the offscreen document cannot read itself).
  | { type: 'detect-faces'; image: string; allPasses?: boolean; logos?: string[] }
  | { type: 'tag-sentences'; sentences: string[] }
  // When something goes wrong (issue 18): open a report form for the headteacher in a new tab…
  | ({ type: 'open-report' } & ReportPageParams)
  // …or write an email to the e-safety team about a finding the member of staff thinks is wrong.
  | { type: 'report-mistake'; report: MistakeReport }
  // A page of a covered site was opened (sent by src/platform/page-load.ts): time for a lesson-time reminder?
  | { type: 'site-opened' };

/** What the photo check answers: how many faces, or why it could not look. */
export type PhotoCheckReply =
  // boxes: every box of every pass, faces or not, when allPasses was asked (the evaluation's trade-off tables).
  // logoMatch: one of the school's logos is in the photo (only looked for when the school set some).
  { faces: number; detectMs: number; boxes?: FoundBox[]; logoMatch?: boolean } | { error: string };

/**
 * What each message is answered with: the misspelt words of a spelling request; each sentence's tagged words for
 * a tagging request; nothing for the others.
 */
interface ExtensionReplies {
  'open-options': void;
  'open-policy': void;
  'check-spelling': string[];
  'tag-sentences': TaggedTerm[][];
  'check-photo': PhotoCheckReply;
  'detect-faces': PhotoCheckReply;
  'open-report': void;
  'report-mistake': void;
  'site-opened': void;
}
/** The messages that are answered (the sender waits for a reply). */
const ANSWERED: ReadonlySet<ExtensionMessage['type']> = new Set([
  'check-spelling',
  'tag-sentences',
  'check-photo',
  'detect-faces',
]);
type ExtensionMessageOf<T extends ExtensionMessage['type']> = Extract<ExtensionMessage, { type: T }>;
export type ExtensionReply<M extends ExtensionMessage> = ExtensionReplies[M['type']];

/**
 * A handler per message this part of the extension serves (the service worker and the offscreen document serve
 * different ones); a message with an answer is answered through the handler's Promise.
 */
export type ExtensionMessageHandlers = Partial<{
  [T in ExtensionMessage['type']]: (
    message: ExtensionMessageOf<T>,
    /** The tab the message came from, when a content script sent it. */
    sender: { tabId?: number },
  ) => ExtensionReplies[T] extends void ? void : Promise<ExtensionReplies[T]>;
}>;

/** The most words one spelling request asks about, and the longest word it asks about: longer is not a word. */
export const MAX_SPELLING_WORDS = 200;
export const MAX_SPELLING_WORD_LENGTH = 40;
/** The most sentences one tagging request asks about. */
export const MAX_TAGGED_SENTENCES = 50;

const isWordList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((word) => typeof word === 'string');

const isTaggedTerm = (value: unknown): value is TaggedTerm => {
  const term = value as Partial<TaggedTerm> | null;
  return (
    typeof term?.text === 'string' &&
    typeof term.normal === 'string' &&
    typeof term.start === 'number' &&
    typeof term.end === 'number' &&
    isWordList(term.tags)
  );
};
const isTagLists = (value: unknown, count: number): value is TaggedTerm[][] =>
  Array.isArray(value) &&
  value.length === count &&
  value.every((terms) => Array.isArray(terms) && terms.every(isTaggedTerm));

function isExtensionMessage(message: unknown): message is ExtensionMessage {
  const candidate = message as { type?: unknown; words?: unknown } | null;
  switch (candidate?.type) {
    case 'open-options':
    case 'open-policy':
    case 'site-opened':
      return true;
    case 'check-spelling':
      return isWordList(candidate.words);
    case 'tag-sentences':
      return isWordList((candidate as { sentences?: unknown }).sentences);
    case 'check-photo':
    case 'detect-faces':
      return typeof (candidate as { image?: unknown }).image === 'string';
    case 'open-report':
      return isReportPageParams(candidate);
    case 'report-mistake':
      return isMistakeReport((candidate as { report?: unknown }).report);
    default:
      return false;
  }
}

const isOptionalText = (value: unknown): boolean => value === undefined || typeof value === 'string';

function isReportPageParams(value: unknown): boolean {
  const params = value as Partial<Record<keyof ReportPageParams, unknown>>;
  return (
    (params.kind === 'friend-request' || params.kind === 'website-content') &&
    isOptionalText(params.name) &&
    isOptionalText(params.site) &&
    isOptionalText(params.url) &&
    isOptionalText(params.title)
  );
}

function isMistakeReport(value: unknown): value is MistakeReport {
  const report = value as Partial<Record<keyof MistakeReport, unknown>> | null;
  return (
    typeof report?.rule === 'string' &&
    typeof report.category === 'string' &&
    typeof report.message === 'string' &&
    typeof report.site === 'string' &&
    isOptionalText(report.match) &&
    isOptionalText(report.policyQuote) &&
    isOptionalText(report.text)
  );
}

function isPhotoCheckReply(reply: unknown): reply is PhotoCheckReply {
  const candidate = reply as { faces?: unknown; error?: unknown } | null;
  return typeof candidate?.faces === 'number' || typeof candidate?.error === 'string';
}

/** Sends a message to the service worker and resolves to its answer (rejects if the answer is not one). */
export async function sendExtensionMessage<M extends ExtensionMessage>(
  message: M,
): Promise<ExtensionReply<M>> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (message.type === 'check-spelling' && !isWordList(reply)) {
    throw new Error('Post Guard’s service worker did not answer the spelling request');
  }
  if (message.type === 'tag-sentences' && !isTagLists(reply, message.sentences.length)) {
    throw new Error('Post Guard’s service worker did not answer the tagging request');
  }
  if ((message.type === 'check-photo' || message.type === 'detect-faces') && !isPhotoCheckReply(reply)) {
    throw new Error('Post Guard’s photo check did not answer');
  }
  return reply as ExtensionReply<M>;
}

/** Calls the handler of every Post Guard message the extension receives; other messages are ignored. */
export function onExtensionMessage(handlers: ExtensionMessageHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender?: browser.Runtime.MessageSender) => {
    if (!isExtensionMessage(message)) return undefined;
    const handler = handlers[message.type] as
      ((message: ExtensionMessage, sender: { tabId?: number }) => unknown) | undefined;
    // Served by another part of the extension: leave the answer to it.
    if (!handler) return undefined;
    const reply = handler(message, { tabId: sender?.tab?.id });
    // Only a message with an answer returns its Promise: for the others the sender is not kept waiting.
    return ANSWERED.has(message.type) ? reply : undefined;
  });
}

/**
 * A small system notification from the service worker (Chrome's, outside every page: the site's scripts never see
 * it). The same id replaces the one shown before.
 */
export async function showNotification(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
    priority: 0,
  });
}

/** A value kept for this browser session only (chrome.storage.session: memory, never on disk, never synced). */
export async function readSessionValue(key: string): Promise<unknown> {
  return (await browser.storage.session.get(key))[key];
}

export async function writeSessionValue(key: string, value: unknown): Promise<void> {
  await browser.storage.session.set({ [key]: value });
}

/**
 * Whether this content script's extension is still there. After the extension is updated, reloaded or removed,
 * the old content script keeps running in open pages, but its runtime id is gone and no API call works.
 */
export function extensionIsAlive(): boolean {
  try {
    return Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Opens the extension's offscreen document at `path` unless it is open (one per extension). Chrome's offscreen
 * API is not in webextension-polyfill, hence `chrome` here.
 */
let offscreenOpening: Promise<void> | undefined;
export async function ensureOffscreenDocument(path: string, justification: string): Promise<void> {
  const url = chrome.runtime.getURL(path);
  const open = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (open.length > 0) return;
  offscreenOpening ??= chrome.offscreen
    .createDocument({ url: path, reasons: [chrome.offscreen.Reason.WORKERS], justification })
    .finally(() => {
      offscreenOpening = undefined;
    });
  await offscreenOpening;
}
