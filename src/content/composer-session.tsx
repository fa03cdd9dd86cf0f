import { render } from 'preact';
import type { SiteAdapter } from '../sites/types';
import { StatusBadge, type ComposerStatus } from '../ui/composer/StatusBadge';
import { getOverlay } from './overlay';
import { loadAnalysis } from './analysis';
import { getPageState } from './page-state';

/** Typing pauses this long before the draft is checked again (brief: ~150 ms). */
const TYPING_PAUSE_MS = 150;
/** Layout can move without a scroll or resize (dialogs animating in): re-place the badge this often. */
const PLACE_INTERVAL_MS = 250;
const BADGE_INSET_PX = 4;

/**
 * Whether the composer's frame is what the user sees at its centre: a composer behind a modal dialog (the feed's
 * comment box under Facebook's "Create post") or scrolled out of view gets no badge on top of the dialog.
 */
function isOnTop(frame: Element, rect: DOMRect): boolean {
  const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(rect.height / 2, 12));
  if (!hit) return false;
  return frame.contains(hit) || hit.contains(frame) || hit.tagName === 'POST-GUARD-OVERLAY';
}

export interface ComposerSession {
  dispose(): void;
}

/**
 * Post Guard beside one composer: a status badge drawn in our overlay, placed over the composer's frame, and
 * the draft checked when typing pauses, on paste and on focus. Only listens to the composer; never changes it.
 */
export function startComposerSession(composer: Element, adapter: SiteAdapter): ComposerSession {
  const controller = new AbortController();
  const { signal } = controller;
  const anchor = document.createElement('div');
  anchor.className = 'badge-anchor';
  getOverlay().root.append(anchor);

  const page = getPageState(adapter.platform);
  let status: ComposerStatus = { kind: 'watching' };
  const draw = (): void => render(<StatusBadge status={status} />, anchor);

  let placeRequested = false;
  const place = (): void => {
    placeRequested = false;
    const frame = adapter.frameOf(composer);
    const rect = frame.getBoundingClientRect();
    const visible = composer.isConnected && rect.width > 0 && rect.height > 0 && isOnTop(frame, rect);
    anchor.hidden = !visible;
    if (!visible) return;
    anchor.style.left = `${Math.round(rect.right - anchor.offsetWidth - BADGE_INSET_PX)}px`;
    anchor.style.top = `${Math.round(rect.bottom - anchor.offsetHeight - BADGE_INSET_PX)}px`;
  };
  const requestPlace = (): void => {
    if (placeRequested) return;
    placeRequested = true;
    requestAnimationFrame(place);
  };

  let pending: ReturnType<typeof setTimeout> | undefined;
  let checkedText: string | undefined;
  const check = async (): Promise<void> => {
    if (page.pausedUntil !== undefined) return;
    const text = adapter.readText(composer);
    if (text === checkedText) return;
    checkedText = text;
    try {
      const analysis = await loadAnalysis();
      if (signal.aborted || text !== adapter.readText(composer)) return;
      status = { kind: 'checked', findings: analysis.analyse(text, adapter.platform) };
    } catch (error) {
      console.error('Post Guard could not check this post', error);
      status = { kind: 'off', reason: 'its checks could not run. You can still post as usual.' };
    }
    draw();
    requestPlace();
  };
  const checkSoon = (delay: number): void => {
    clearTimeout(pending);
    pending = setTimeout(() => void check(), delay);
  };

  composer.addEventListener('focus', () => void check(), { signal });
  composer.addEventListener('input', () => checkSoon(TYPING_PAUSE_MS), { signal });
  composer.addEventListener('keyup', () => checkSoon(TYPING_PAUSE_MS), { signal });
  // The pasted text is in the editor once the paste event has been handled: check right after.
  composer.addEventListener('paste', () => checkSoon(0), { signal });
  window.addEventListener('scroll', requestPlace, { capture: true, passive: true, signal });
  window.addEventListener('resize', requestPlace, { passive: true, signal });
  const showPause = (): void => {
    const until = page.pausedUntil;
    checkedText = undefined;
    if (until !== undefined) {
      const time = new Date(until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      status = { kind: 'off', reason: `you paused checking on this site until ${time}.` };
      draw();
      requestPlace();
    } else {
      status = { kind: 'watching' };
      draw();
      void check();
    }
  };
  const stopPauseListening = page.onPauseChange(showPause);
  const stopReporting = page.addComposer(() => ({
    state: status.kind,
    ...(status.kind === 'off' ? { reason: status.reason } : {}),
    account: 'unknown',
    findings:
      status.kind === 'checked'
        ? status.findings.map(({ category, severity, match, message }) => ({
            category,
            severity,
            match,
            message,
          }))
        : [],
  }));
  const resizeObserver = new ResizeObserver(requestPlace);
  resizeObserver.observe(adapter.frameOf(composer));
  const interval = setInterval(requestPlace, PLACE_INTERVAL_MS);
  signal.addEventListener('abort', () => {
    stopPauseListening();
    stopReporting();
    resizeObserver.disconnect();
    clearInterval(interval);
    clearTimeout(pending);
    render(null, anchor);
    anchor.remove();
  });

  draw();
  place();
  if (page.pausedUntil !== undefined) showPause();
  else if (document.activeElement === composer || adapter.readText(composer) !== '') void check();
  return { dispose: () => controller.abort() };
}
