import type { SiteAdapter } from '../sites/types';

export interface ComposerWatcherHandlers {
  found(composer: Element): void;
  lost(composer: Element): void;
}

/** How long mutations are gathered before one scan: sites mutate constantly, a scan per mutation would lag. */
const SCAN_DELAY_MS = 100;

/**
 * Finds the site's composers as they come and go. One MutationObserver on the document whose callback only
 * schedules a scan (gorhill/uBlock: no work inside the observer), plus a capture-phase focusin so a composer
 * is picked up the moment the user clicks into it. Seen composers are tracked in a Set, never by marking the
 * site's nodes. Everything stops when `signal` aborts.
 */
export function watchComposers(
  adapter: SiteAdapter,
  handlers: ComposerWatcherHandlers,
  signal: AbortSignal,
): void {
  const known = new Set<Element>();
  let scheduled: ReturnType<typeof setTimeout> | undefined;

  const scan = (): void => {
    scheduled = undefined;
    const present = new Set(adapter.findComposers(document));
    for (const composer of known) {
      if (!present.has(composer) || !composer.isConnected) {
        known.delete(composer);
        handlers.lost(composer);
      }
    }
    for (const composer of present) {
      if (!known.has(composer)) {
        known.add(composer);
        handlers.found(composer);
      }
    }
  };
  const schedule = (): void => {
    scheduled ??= setTimeout(scan, SCAN_DELAY_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['contenteditable', 'data-testid', 'role'],
  });
  document.addEventListener(
    'focusin',
    (event) => {
      if (event.target instanceof Element && !known.has(event.target)) scan();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(scheduled);
    for (const composer of known) handlers.lost(composer);
    known.clear();
  });
  scan();
}
