/**
 * What a content script sends on page load, before any composer is found. Part of the platform layer, without
 * webextension-polyfill: its 36 KB would otherwise load on every page of the covered sites. One message, no reply.
 */
import type { ExtensionMessage } from './browser';

/** Tells the service worker a covered site was opened and is in view (it decides on a lesson-time reminder). */
export function announceSiteOpened(signal: AbortSignal): void {
  // YouTube's content script runs in its frames too: the page is opened once.
  if (window.top !== window) return;
  const send = (): void => {
    const message: ExtensionMessage = { type: 'site-opened' };
    try {
      void chrome.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // The extension was updated or removed while the page was open: nothing to remind.
    }
  };
  if (document.visibilityState === 'visible') return send();
  // A tab opened in the background is opened when the member of staff first looks at it.
  const whenSeen = (): void => {
    if (document.visibilityState !== 'visible') return;
    document.removeEventListener('visibilitychange', whenSeen);
    send();
  };
  document.addEventListener('visibilitychange', whenSeen, { signal });
}
