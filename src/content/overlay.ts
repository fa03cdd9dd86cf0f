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
  // Visible to this extension's isolated world only (never to the page): lets the end-to-end tests read the
  // closed shadow root the way a screen reader does.
  (globalThis as { postGuardOverlayRoot?: ShadowRoot }).postGuardOverlayRoot = root;
  return overlay;
}
