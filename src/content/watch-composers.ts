import type { SiteAdapter } from '../sites/types';

export interface ComposerWatcherHandlers {
  /** `recognised` is false for a box the user writes in that the site's adapter does not know. */
  found(composer: Element, recognised: boolean): void;
  lost(composer: Element): void;
}

/** The outermost editable element at `element`: a textarea, or the root of a contenteditable region. */
function editableRoot(element: Element): Element | undefined {
  if (element instanceof HTMLTextAreaElement) return element;
  if (!(element instanceof HTMLElement) || !element.isContentEditable) return undefined;
  let root: HTMLElement = element;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/**
 * Boxes the member of staff has typed, pasted or dropped into, by their editable root. Only events the browser
 * made from the person's own input count (`isTrusted`: a page script cannot forge it), so a box the page made
 * and filled itself is never checked, and the page cannot learn from Post Guard which of its words are pupils.
 */
const typedIn = new WeakSet<Element>();
/**
 * The box typed in last: the next key in it is known without walking up to its root, which reads
 * isContentEditable and so makes the browser bring its styles up to date in the middle of every key.
 */
let lastTypedIn: WeakRef<Element> | undefined;
export const TRUSTED_INPUT_EVENTS = ['keydown', 'beforeinput', 'input', 'paste', 'drop'] as const;

/** Whether the person has put text into `composer` with the keyboard, a paste or a drop. */
export function hasTrustedInput(composer: Element): boolean {
  return typedIn.has(editableRoot(composer) ?? composer);
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
  /**
   * Boxes the user focused that the adapter does not recognise: after a site redesign this is how Post Guard
   * says "not checking this box" instead of failing silently.
   */
  const unrecognised = new Set<Element>();
  let scheduled: ReturnType<typeof setTimeout> | undefined;

  const scan = (): void => {
    scheduled = undefined;
    const present = new Set(adapter.findComposers(document));
    for (const box of unrecognised) {
      if (!box.isConnected || present.has(box)) {
        unrecognised.delete(box);
        handlers.lost(box);
      }
    }
    for (const composer of known) {
      if (!present.has(composer) || !composer.isConnected) {
        known.delete(composer);
        handlers.lost(composer);
      }
    }
    for (const composer of present) {
      if (!known.has(composer)) {
        known.add(composer);
        handlers.found(composer, true);
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
  for (const type of TRUSTED_INPUT_EVENTS) {
    document.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        // The innermost target: a box inside a site's (open) shadow root is retargeted to its host at the document.
        const origin = event.composedPath()[0];
        const target = origin instanceof Element ? origin : (origin as Node | undefined)?.parentElement;
        if (!target || lastTypedIn?.deref()?.contains(target)) return;
        const box = editableRoot(target);
        if (!box) return;
        typedIn.add(box);
        lastTypedIn = new WeakRef(box);
      },
      { capture: true, signal },
    );
  }
  document.addEventListener(
    'focusin',
    (event) => {
      if (!(event.target instanceof Element) || known.has(event.target)) return;
      scan();
      const box = editableRoot(event.target);
      if (!box || known.has(box) || unrecognised.has(box)) return;
      if ([...known].some((composer) => composer.contains(box) || box.contains(composer))) return;
      unrecognised.add(box);
      handlers.found(box, false);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(scheduled);
    for (const composer of [...known, ...unrecognised]) handlers.lost(composer);
    known.clear();
    unrecognised.clear();
  });
  scan();
}
