import { MODEL_QUOTES, clauseQuotes } from '../policy/clause-quotes';
import type { QuoteLookup } from '../ui/composer/PolicyQuote';
import { render } from 'preact';
import type { SiteAdapter } from '../sites/types';
import type { AccountKind, AnalysisContext, Finding } from '../engine/types';
import { composerContext } from '../sites/account';
import { StatusBadge, type ComposerStatus } from '../ui/composer/StatusBadge';
import { SettingsNotice } from '../ui/composer/SettingsNotice';
import { FindingsPanel } from '../ui/composer/FindingsPanel';
import { getOverlay, matchSiteTheme } from './overlay';
import { loadAnalysis, lookupsVersion, onLookupAnswers, prefetchSettings, type Analysis } from './analysis';
import { getPageState } from './page-state';
import { readEditor } from './editor-text';
import { currentLesson } from '../settings/lesson-times';
import { sendExtensionMessage } from '../platform/browser';
import type { LessonTime } from '../settings/settings';
import { rememberCarets, restoreCaret, saveCaret, type Caret } from './caret';
import { ComposerHighlights } from './highlights';
import { TextareaHighlights } from './textarea-highlights';
import { installPublishGuard, type GuardedComposer } from './publish-guard';

/** Characters at the end of a draft measured for the badge: enough for the last line, whatever the paste. */
const LAST_LINE_CHARS = 200;

/**
 * Whether the end of a rich composer's text lies under `box` (the badge). Only the last characters of the last
 * text are measured with a Range, which reads layout and changes nothing in the editor. Textareas are skipped:
 * their text has no nodes to measure.
 */
function lastLineUnder(composer: Element, box: DOMRect): boolean {
  if (composer instanceof HTMLTextAreaElement) return false;
  // The deepest last node, then back to the last text before it (an empty last line ends in a <br>).
  let end: Node = composer;
  while (end.lastChild) end = end.lastChild;
  const walker = document.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
  walker.currentNode = end;
  const last = end instanceof Text ? end : (walker.previousNode() as Text | null);
  if (!last || last.length === 0) return false;
  const range = document.createRange();
  range.setStart(last, Math.max(0, last.length - LAST_LINE_CHARS));
  range.setEnd(last, last.length);
  for (const line of range.getClientRects()) {
    if (line.right > box.left && line.left < box.right && line.bottom > box.top && line.top < box.bottom)
      return true;
  }
  return false;
}

/** Typing pauses this long before the draft is checked again (brief: ~150 ms). */
const TYPING_PAUSE_MS = 150;
/**
 * Layout can move without a scroll or resize (dialogs animating in), and media or the posting account can change
 * without an input event: look again this often.
 */
const WATCH_INTERVAL_MS = 250;
const BADGE_INSET_PX = 4;
/** With Alt+Shift: opens the findings panel from the composer (P for Post Guard). */
const OPEN_PANEL_KEY = 'KeyP';
const PANEL_GAP_PX = 6;
const PANEL_WIDTH_PX = 380;
const PANEL_MIN_WIDTH_PX = 300;

let sessionCount = 0;

const settingsVersions = new WeakMap<object, number>();
let settingsCount = 0;
/** A number per settings object: the content script gets a new object whenever the settings change. */
function settingsVersion(settings: object): number {
  const known = settingsVersions.get(settings);
  if (known !== undefined) return known;
  settingsVersions.set(settings, ++settingsCount);
  return settingsCount;
}

/** The sessions on this page, for the publish guard; it is installed with the first session. */
const guardedComposers = new Map<Element, GuardedComposer>();
let publishGuardInstalled = false;

/**
 * Whether the composer's frame is what the user sees at its centre: a composer behind a modal dialog (the feed's
 * comment box under Facebook's "Create post") or scrolled out of view gets no badge on top of the dialog.
 */
function isOnTop(frame: Element, rect: DOMRect): boolean {
  // Probe inside the part of the frame that is on screen: a box grown taller than the window still counts.
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, window.innerHeight);
  if (bottom <= top) return false;
  const hit = document.elementFromPoint(rect.left + rect.width / 2, (top + bottom) / 2);
  if (!hit) return false;
  return frame.contains(hit) || hit.contains(frame) || hit.tagName === 'POST-GUARD-OVERLAY';
}

/** A finding the user said is fine stays dismissed for the rest of this draft, wherever it moves. */
function dismissalKey(finding: Finding): string {
  return `${finding.rule}|${finding.match.toLowerCase()}`;
}

export interface ComposerSession {
  dispose(): void;
}

/**
 * Post Guard beside one composer: a status badge and a findings panel drawn in our overlay, underlines through
 * the Custom Highlight API, and the draft checked when typing pauses, on paste and on focus. It listens to the
 * composer and never changes it, except to apply a quick fix the user chose, through the editor's own input path.
 */
export function startComposerSession(
  composer: Element,
  adapter: SiteAdapter,
  recognised = true,
): ComposerSession {
  const controller = new AbortController();
  const { signal } = controller;
  const { root } = getOverlay();
  const badgeAnchor = document.createElement('div');
  badgeAnchor.className = 'badge-anchor';
  const panelAnchor = document.createElement('div');
  panelAnchor.className = 'panel-anchor';
  root.append(badgeAnchor, panelAnchor);
  const panelId = `post-guard-panel-${++sessionCount}`;

  const page = getPageState(adapter.platform);
  rememberCarets();
  void prefetchSettings().catch(() => undefined);
  const highlights = new ComposerHighlights();
  // A textarea has no DOM text for the Highlight API: its marks are boxes drawn in our overlay instead.
  const textareaMarks =
    composer instanceof HTMLTextAreaElement ? new TextareaHighlights(composer, root) : undefined;
  const clearMarks = (): void => {
    highlights.clear();
    textareaMarks?.clear();
  };
  const dismissed = new Set<string>();
  let status: ComposerStatus = { kind: 'watching' };
  let account: AccountKind = 'unknown';
  let accountName: string | undefined;
  let lesson: LessonTime | undefined;
  /** The rules' quotes from the school's active policy, as of the last check. */
  let quotes: QuoteLookup = MODEL_QUOTES;
  let panelOpen = false;

  /** Where the member of staff was writing when the panel opened: focus goes back there when it closes. */
  let caretAtOpen: Caret | undefined;
  const openPanel = (): void => {
    caretAtOpen = saveCaret(composer);
    panelOpen = true;
  };
  const closePanel = (): void => {
    panelOpen = false;
    draw();
    restoreCaret(composer, caretAtOpen ?? saveCaret(composer));
  };
  const draw = (): void => {
    render(
      <>
        <SettingsNotice />
        <StatusBadge
          status={status}
          panelId={panelId}
          expanded={panelOpen}
          onToggle={() => {
            if (panelOpen) panelOpen = false;
            else openPanel();
            draw();
            requestPlace();
          }}
        />
      </>,
      badgeAnchor,
    );
    render(
      panelOpen && status.kind === 'checked' ? (
        <FindingsPanel
          id={panelId}
          findings={status.findings}
          account={account}
          accountName={accountName}
          lesson={lesson}
          onFix={(finding) => void applyFix(finding)}
          onDismiss={(finding) => {
            dismissed.add(dismissalKey(finding));
            void check(true);
          }}
          onClose={closePanel}
          onOpenPolicy={() => void sendExtensionMessage({ type: 'open-policy' })}
          quotes={quotes}
        />
      ) : null,
      panelAnchor,
    );
  };

  let placeRequested = false;
  const place = (): void => {
    placeRequested = false;
    const frame = adapter.frameOf(composer);
    const rect = frame.getBoundingClientRect();
    const visible = composer.isConnected && rect.width > 0 && rect.height > 0 && isOnTop(frame, rect);
    badgeAnchor.hidden = !visible;
    panelAnchor.hidden = !visible;
    if (!visible) return;
    const visibleBottom = Math.min(rect.bottom, window.innerHeight);
    const placeBadge = (): void => {
      badgeAnchor.style.left = `${Math.round(rect.right - badgeAnchor.offsetWidth - BADGE_INSET_PX)}px`;
      badgeAnchor.style.top = `${Math.round(visibleBottom - badgeAnchor.offsetHeight - BADGE_INSET_PX)}px`;
    };
    badgeAnchor.classList.remove('compact');
    placeBadge();
    // The last line of text can reach the corner the badge sits in: then the badge shrinks to its icon and
    // count, so that it hides as little of what is being written as it can.
    if (lastLineUnder(composer, badgeAnchor.getBoundingClientRect())) {
      badgeAnchor.classList.add('compact');
      placeBadge();
    }
    textareaMarks?.place();
    if (panelOpen) placePanel(rect);
  };
  /** Beside the composer where the window has room (never over the words), else below it, else above. */
  const placePanel = (rect: DOMRect): void => {
    const roomBeside = window.innerWidth - rect.right - PANEL_GAP_PX - 8;
    const beside = roomBeside >= PANEL_MIN_WIDTH_PX;
    const width = Math.min(PANEL_WIDTH_PX, beside ? roomBeside : window.innerWidth - 16);
    panelAnchor.style.width = `${Math.round(width)}px`;
    const height = panelAnchor.offsetHeight;
    let left: number;
    let top: number;
    if (beside) {
      left = rect.right + PANEL_GAP_PX;
      top = Math.max(8, Math.min(rect.top, window.innerHeight - height - 8));
    } else {
      left = Math.min(Math.max(8, rect.right - width), window.innerWidth - width - 8);
      const below = rect.bottom + PANEL_GAP_PX;
      top = below + height <= window.innerHeight ? below : Math.max(8, rect.top - PANEL_GAP_PX - height);
    }
    panelAnchor.style.left = `${Math.round(left)}px`;
    panelAnchor.style.top = `${Math.round(top)}px`;
  };
  const requestPlace = (): void => {
    if (placeRequested) return;
    placeRequested = true;
    requestAnimationFrame(place);
  };

  const contextFor = (analysis: Analysis): AnalysisContext => {
    const { context, identity } = composerContext(adapter, composer, analysis.settings.officialAccounts);
    account = context.account;
    accountName = identity.label;
    return context;
  };

  let pending: ReturnType<typeof setTimeout> | undefined;
  let checkedKey: string | undefined;
  /** The draft the shown findings were found in. */
  let checkedText: string | undefined;
  const check = async (force = false): Promise<void> => {
    if (page.offReason !== undefined || !recognised) return;
    try {
      const analysis = await loadAnalysis();
      // Paused or switched off while the checks were loading.
      if (signal.aborted || page.offReason !== undefined) return;
      const editor = readEditor(composer);
      const context = contextFor(analysis);
      lesson = currentLesson(analysis.settings.lessonTimes, new Date());
      quotes = clauseQuotes(analysis.settings);
      // New settings (a roster imported, a rating changed) make the same words mean something else, and so do the
      // service worker's answers (spelling, sentence tags).
      const key = `${settingsVersion(analysis.settings)}|${lookupsVersion()}|${context.account}|${context.hasMedia}|${editor.text}`;
      if (key === checkedKey && !force) return;
      checkedKey = key;
      // An emptied box is a new draft: what was dismissed in the last one counts again.
      if (editor.text.trim() === '') dismissed.clear();
      const analysed = await analysis.analyse(
        editor.text,
        context,
        () => checkedKey !== key || signal.aborted,
      );
      if (!analysed) return;
      const findings = analysed.filter((finding) => !dismissed.has(dismissalKey(finding)));
      checkedText = editor.text;
      status = { kind: 'checked', findings };
      textareaMarks?.show(findings);
      highlights.show(
        findings.flatMap((finding) => {
          const range = finding.end > finding.start ? editor.rangeAt(finding.start, finding.end) : undefined;
          return range ? [{ severity: finding.severity, range }] : [];
        }),
      );
    } catch (error) {
      console.error('Post Guard could not check this post', error);
      clearMarks();
      status = { kind: 'off', reason: 'its checks could not run, so what you post goes out unchecked.' };
    }
    draw();
    requestPlace();
  };
  const checkSoon = (delay: number): void => {
    clearTimeout(pending);
    pending = setTimeout(() => void check(), delay);
  };

  /** Applies a quick fix the user chose, as if they had selected the words and typed the replacement. */
  const applyFix = async (finding: Finding, checkedAgain = false): Promise<void> => {
    const suggestion = finding.suggestion;
    if (!suggestion) return;
    const editor = readEditor(composer);
    // The draft changed since it was checked (typing went on, or "Jack" was found before "Jack Thompson" was
    // finished): check the draft as it is now, then apply the same fix where it now applies, if it still does.
    if (editor.text !== checkedText || editor.text.slice(finding.start, finding.end) !== finding.match) {
      if (checkedAgain) return;
      await check(true);
      const current = status.kind === 'checked' ? status.findings : [];
      const same = current.find(
        (each) => each.rule === finding.rule && each.suggestion && each.match.startsWith(finding.match),
      );
      if (same) await applyFix(same, true);
      return;
    }
    (composer as HTMLElement).focus();
    if (composer instanceof HTMLTextAreaElement) {
      composer.setSelectionRange(suggestion.start, suggestion.end);
    } else {
      const range = editor.rangeAt(suggestion.start, suggestion.end);
      const selection = window.getSelection();
      if (!range || !selection) return;
      selection.removeAllRanges();
      selection.addRange(range);
    }
    // execCommand goes through the editor's own beforeinput/input handling (draft-js, Lexical), so its state
    // stays consistent and the fix is one step on its undo stack. Deprecated, but it is the one path every
    // editor listens to.
    document.execCommand('insertText', false, suggestion.replacement);
    checkSoon(0);
  };

  let shownOff: string | undefined;
  const showPause = (): void => {
    const reason = page.offReason;
    if (!recognised || reason === shownOff) return;
    shownOff = reason;
    checkedKey = undefined;
    if (reason !== undefined) {
      clearMarks();
      panelOpen = false;
      status = { kind: 'off', reason };
      draw();
      requestPlace();
    } else {
      status = { kind: 'watching' };
      draw();
      void check();
    }
  };
  const stopPauseListening = page.onPauseChange(showPause);
  // The service worker answers after the check that asked (a misspelt word, a sentence's tags): check again.
  const stopLookupListening = onLookupAnswers(() => {
    if (status.kind === 'checked') checkSoon(0);
  });
  if (!publishGuardInstalled) {
    publishGuardInstalled = true;
    // The guard lives as long as the page: it serves every composer that comes and goes.
    installPublishGuard(adapter, guardedComposers, new AbortController().signal);
  }
  guardedComposers.set(composer, {
    isDismissed: (finding) => dismissed.has(dismissalKey(finding)),
    noteSkipped: (reason) => {
      checkedKey = undefined;
      clearMarks();
      status = { kind: 'off', reason };
      draw();
      requestPlace();
    },
  });
  const stopReporting = page.addComposer(() => ({
    state: status.kind,
    ...(status.kind === 'off' ? { reason: status.reason } : {}),
    account,
    ...(accountName ? { accountName } : {}),
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

  composer.addEventListener('focus', () => void check(), { signal });
  // Alt+Shift+P from the composer opens Post Guard's list and moves focus into it; Escape there comes back.
  composer.addEventListener(
    'keydown',
    (event) => {
      const keyEvent = event as KeyboardEvent;
      // Escape closes our list first (and only it), wherever the focus is in the composer.
      if (keyEvent.key === 'Escape' && panelOpen) {
        keyEvent.preventDefault();
        keyEvent.stopPropagation();
        closePanel();
        return;
      }
      if (
        !(keyEvent.altKey && keyEvent.shiftKey && keyEvent.code === OPEN_PANEL_KEY) ||
        status.kind !== 'checked'
      ) {
        return;
      }
      keyEvent.preventDefault();
      keyEvent.stopPropagation();
      openPanel();
      draw();
      place();
      (
        panelAnchor.querySelector<HTMLElement>('.panel li button') ??
        panelAnchor.querySelector<HTMLElement>('.panel button')
      )?.focus();
    },
    { signal },
  );
  composer.addEventListener('input', () => checkSoon(TYPING_PAUSE_MS), { signal });
  composer.addEventListener('keyup', () => checkSoon(TYPING_PAUSE_MS), { signal });
  // The pasted text is in the editor once the paste event has been handled: check right after.
  composer.addEventListener('paste', () => checkSoon(0), { signal });
  window.addEventListener('scroll', requestPlace, { capture: true, passive: true, signal });
  window.addEventListener('resize', requestPlace, { passive: true, signal });
  const resizeObserver = new ResizeObserver(requestPlace);
  resizeObserver.observe(adapter.frameOf(composer));
  const interval = setInterval(() => {
    requestPlace();
    matchSiteTheme();
    // Media attached or the account switched: the same words may now mean something else.
    if (status.kind === 'checked') void check();
  }, WATCH_INTERVAL_MS);
  signal.addEventListener('abort', () => {
    guardedComposers.delete(composer);
    stopPauseListening();
    stopLookupListening();
    stopReporting();
    resizeObserver.disconnect();
    clearInterval(interval);
    clearTimeout(pending);
    highlights.clear();
    textareaMarks?.dispose();
    render(null, badgeAnchor);
    render(null, panelAnchor);
    badgeAnchor.remove();
    panelAnchor.remove();
  });

  if (!recognised) {
    status = {
      kind: 'off',
      reason:
        'it does not recognise this box, so it cannot check what you write here. The site may have changed; you can still post as usual.',
    };
  }
  draw();
  place();
  if (!recognised) return { dispose: () => controller.abort() };
  if (page.offReason !== undefined) showPause();
  else if (document.activeElement === composer || readEditor(composer).text !== '') void check();
  return { dispose: () => controller.abort() };
}
