import { OVERLAY_CSS } from '../ui/composer/overlay-css';

export interface Overlay {
  /** Where our in-page UI is drawn: inside a closed shadow root, outside every site element. */
  root: ShadowRoot;
}

let overlay: Overlay | undefined;

/**
 * The one element Post Guard adds to a page: a host on <html>, outside the site's own app tree, so nothing of
 * ours is ever inserted into or around a composer. The shadow root is closed so the page's scripts cannot read
 * what we show (findings can name pupils on the roster); `:host { all: initial }` keeps the page's CSS out.
 */
export function getOverlay(): Overlay {
  if (overlay?.root.host.isConnected) return overlay;
  const host = document.createElement('post-guard-overlay');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.append(style);
  document.documentElement.append(host);
  overlay = { root };
  matchSiteTheme();
  // Visible to this extension's isolated world only (never to the page): lets the end-to-end tests read the
  // closed shadow root the way a screen reader does.
  (globalThis as { postGuardOverlayRoot?: ShadowRoot }).postGuardOverlayRoot = root;
  return overlay;
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
  const host = overlay?.root.host;
  if (!host) return;
  const [red, green, blue] = pageBackground();
  const theme = 0.299 * red + 0.587 * green + 0.114 * blue < 128 ? 'dark' : 'light';
  if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
}
