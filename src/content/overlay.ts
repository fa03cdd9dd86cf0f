import { OVERLAY_CSS } from '../ui/composer/overlay-css';

export interface Overlay {
  /** Where our in-page UI is drawn: inside a closed shadow root, outside every site element. */
  root: HTMLElement;
}

let overlay: (Overlay & { host: Element; shown: boolean }) | undefined;

/**
 * A name for the host element that says nothing about Post Guard and differs on every page load, so the page
 * cannot look it up by name (it would tell the site that this user runs a school's extension). It is a valid
 * custom element name, which the element needs to have a shadow root, and is never defined.
 */
export function neutralElementName(): string {
  // No "g": a random name must never spell out "pg" or "guard" by chance.
  const letters = 'abcdefhijklmnopqrstuvwxyz';
  const random = crypto.getRandomValues(new Uint8Array(12));
  const word = (from: number): string =>
    [...random.subarray(from, from + 6)].map((byte) => letters[byte % letters.length]).join('');
  return `${word(0)}-${word(6)}`;
}

/**
 * The one element Post Guard adds to a page: a host on <html>, outside the site's own app tree, so nothing of
 * ours is ever inserted into or around a composer. The shadow root is closed so the page's scripts cannot read
 * what we show (findings can name pupils on the roster); `:host { all: initial }` keeps the page's CSS out.
 * Nothing the page can see on the host names us: no id, class or attribute, and our colours and theme are set
 * on an element inside the shadow root, not on the host.
 *
 * The host is made here but put on the page only by showOverlay(), once there is something to show the member of
 * staff (they typed in a composer, a post was held back, Post Guard failed to start): until then the page sees no
 * change at all, so a box it planted and filled itself cannot tell it that Post Guard is installed.
 */
function ensureOverlay(): Overlay & { host: Element; shown: boolean } {
  // Made again only if the page removed a host it had been shown
  if (overlay && (!overlay.shown || overlay.host.isConnected)) return overlay;
  const host = document.createElement(neutralElementName());
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  const root = document.createElement('div');
  root.className = 'overlay';
  shadow.append(style, root);
  overlay = { root, host, shown: false };
  // Visible to this extension's isolated world only (never to the page): lets the end-to-end tests read the
  // closed shadow root the way a screen reader does.
  (globalThis as { postGuardOverlayRoot?: ShadowRoot }).postGuardOverlayRoot = shadow;
  return overlay;
}

/** The overlay to draw in, not yet on the page (see showOverlay). */
export function getHiddenOverlay(): Overlay {
  return ensureOverlay();
}

/** Puts the overlay's host on the page, if it is not there yet. */
export function showOverlay(): void {
  const current = ensureOverlay();
  if (current.host.isConnected) return;
  document.documentElement.append(current.host);
  current.shown = true;
  matchSiteTheme();
}

/** The overlay, shown on the page: for what must be seen now (a held-back post, a failure to start). */
export function getOverlay(): Overlay {
  showOverlay();
  return ensureOverlay();
}

/** Whether `element` is our overlay's host: what the page's hit-testing finds where we draw. */
export function isOverlayHost(element: Element): boolean {
  return element === overlay?.host;
}

/** The page's own background colour, from <body> or else <html>; transparent counts as white. */
function pageBackground(): [number, number, number] {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(
      getComputedStyle(element).backgroundColor,
    );
    if (match && (match[4] === undefined || Number(match[4]) > 0.5)) {
      return [Number(match[1]), Number(match[2]), Number(match[3])];
    }
  }
  return [255, 255, 255];
}

/**
 * Our colours follow the site's theme, not the system's: X, Facebook and YouTube each have their own dark mode
 * that can differ from the computer's setting.
 */
export function matchSiteTheme(): void {
  const root = overlay?.root;
  if (!root) return;
  const [red, green, blue] = pageBackground();
  const theme = 0.299 * red + 0.587 * green + 0.114 * blue < 128 ? 'dark' : 'light';
  if (root.getAttribute('data-theme') !== theme) root.setAttribute('data-theme', theme);
}
