import { clauseQuotes } from '../policy/clause-quotes';
import type { SiteAdapter } from '../sites/types';
import type { AnalysisContext, Finding } from '../engine/types';
import { composerContext, declarePostingAsSchool, type AccountBasis } from '../sites/account';
import { getHiddenOverlay, isOverlayHost, matchSiteTheme, showOverlay } from './overlay';
import {
  loadAnalysis,
  loadedAnalysis,
  lookupsVersion,
  onLookupAnswers,
  prefetchSettings,
  warmAnalysis,
  type Analysis,
} from './analysis';
import { getPageState } from './page-state';
import { readEditor } from './editor-text';
import { lessonNow } from '../settings/school-calendar';
import { extensionIsAlive, sendExtensionMessage } from '../platform/browser';
import { rememberCarets, restoreCaret, saveCaret, type Caret } from './caret';
import { ComposerMarks } from './marks';
import { TRUSTED_INPUT_EVENTS, hasTrustedInput } from './watch-composers';
import { installPublishGuard, type GuardedComposer } from './publish-guard';
import { mediaKey } from '../engine/media-facts';
import { getPagePhotos } from '../photo/page-photos';
import type { PageContext } from './page-context';
import {
  EXTENSION_GONE_REASON,
  INITIAL_SESSION_STATE,
  SessionStore,
  dismissalKey,
  type SessionState,
} from './session-state';
import { SessionView } from './session-view';
import { CHECK_AFTER_EVENT, TYPING_PAUSE_MS } from './check-schedule';
import { SITE_NAMES } from '../sites/site-for-url';
import { submitControlsOf } from '../sites/dom';

/**
 * Layout can move without a scroll or resize (dialogs animating in), and media or the posting account can change
 * without an input event: look again this often. Only the frame's box and the posting context are read, never
 * the draft: reading a 2,000-line draft four times a second kept the page busy.
 */
const WATCH_INTERVAL_MS = 250;
/** Every this many looks, also the site's theme, the posting account and attached media (once a second). */
const SLOW_WATCH_TICKS = 4;
/** With Alt+Shift: opens the findings panel from the composer (P for Post Guard). */
const OPEN_PANEL_KEY = 'KeyP';
const UNRECOGNISED_REASON =
  'it does not recognise this box, so it cannot check what you write here. The site may have changed; you can still post as usual.';
const FAILED_REASON = 'its checks could not run, so what you post goes out unchecked.';

const settingsVersions = new WeakMap<object, number>();
let settingsCount = 0;
/** A number per settings object: the content script gets a new object whenever the settings change. */
function settingsVersion(settings: object): number {
  const known = settingsVersions.get(settings);
  if (known !== undefined) return known;
  settingsVersions.set(settings, ++settingsCount);
  return settingsCount;
}

/** The sessions on this page, for the publish guard. */
const guardedComposers = new Map<Element, GuardedComposer>();
const guardedPages = new WeakSet<PageContext>();
/** The engine is warmed once per page, in idle time, when the first composer appears. */
let warming = false;

/**
 * What a page does once, with its first composer: the publish guard (it serves every composer that comes and
 * goes, and stops with the page), and a watch for the extension going away after an update.
 */
export function startPage(adapter: SiteAdapter, page: PageContext): void {
  if (guardedPages.has(page)) return;
  guardedPages.add(page);
  installPublishGuard(adapter, guardedComposers, page.signal);
  // The photo checks' capture listeners, so composerContext can ask what attached pictures show.
  getPagePhotos();
  page.watchValidity(extensionIsAlive);
}

export interface ComposerSession {
  dispose(): void;
}

/**
 * Post Guard beside one composer: a status badge and a findings panel drawn in our overlay, underlines through
 * marks on the words found (drawn in the overlay too), and the draft checked when typing pauses, on paste and on focus. It listens to the
 * composer and never changes it, except to apply a quick fix the user chose, through the editor's own input path.
 * Its state changes only through SessionStore events; every timer, observer and listener is made through its
 * context, a child of the page's, and stops when the composer goes, the page is left or the extension goes away.
 */
export function startComposerSession(
  composer: Element,
  adapter: SiteAdapter,
  page: PageContext,
  recognised = true,
): ComposerSession {
  const context = page.child();
  const { root } = getHiddenOverlay();
  /**
   * The badge, panel and marks are drawn here, off the page, until the member of staff's own input in this box
   * (showOnceTyped): a box the page planted and filled itself changes nothing the page can see, not even the
   * overlay's host, so it cannot tell that Post Guard is installed.
   */
  const pending = document.createDocumentFragment();
  let shown = false;
  const showOnceTyped = (): void => {
    if (shown || !hasTrustedInput(composer) || !context.isValid) return;
    shown = true;
    showOverlay();
    root.append(pending);
    requestPlace();
  };
  const store = new SessionStore(
    recognised
      ? INITIAL_SESSION_STATE
      : { ...INITIAL_SESSION_STATE, status: { kind: 'off', reason: UNRECOGNISED_REASON } },
  );
  const pageState = getPageState(adapter.platform);
  rememberCarets();
  void prefetchSettings().catch(() => undefined);
  // The engine loads and compiles while the page is idle, so that the first check on focus is short.
  if (recognised && !warming) {
    warming = true;
    context.requestIdleCallback(
      () =>
        void warmAnalysis(adapter.platform, (callback) => page.requestIdleCallback(callback)).catch(
          () => undefined,
        ),
    );
  }

  // Marks on the words found are drawn in our closed shadow root, never in the page's highlight registry.
  const marks = new ComposerMarks(composer, pending);

  /** Where the member of staff was writing when the panel opened: focus goes back there when it closes. */
  let caretAtOpen: Caret | undefined;
  const view = new SessionView(
    pending,
    composer,
    () => adapter.frameOf(composer),
    {
      togglePanel: () => {
        if (!store.state.panelOpen) caretAtOpen = saveCaret(composer);
        store.dispatch({ type: 'panel-toggled' });
      },
      closePanel: () => closePanel(),
      fix: (finding) => void applyFix(finding),
      dismiss: (finding) => {
        store.dispatch({ type: 'dismissed', finding });
        showMarks();
      },
      openPolicy: () => void sendExtensionMessage({ type: 'open-policy' }),
      declareAccount: (declared) => {
        declarePostingAsSchool(adapter.platform, declared);
        // This draft now; the page's other boxes at their next look, within a second.
        void check(true);
      },
      // The service worker writes the email and opens it: nothing of it is put into the page.
      reportMistake: (finding, includeText) => {
        const policyQuote = store.state.quotes?.(finding.policy)?.quote;
        void sendExtensionMessage({
          type: 'report-mistake',
          report: {
            rule: finding.rule,
            category: finding.category,
            message: finding.message,
            // The words found go to the service worker, which leaves them out of the email without the text.
            match: finding.match,
            site: SITE_NAMES[adapter.platform],
            ...(policyQuote ? { policyQuote } : {}),
            ...(includeText ? { text: readEditor(composer).text } : {}),
          },
        });
      },
    },
    () => submitControlsOf(composer, (target) => adapter.submitForClick(target)),
    adapter.declarableAccount,
  );
  const closePanel = (): void => {
    store.dispatch({ type: 'panel-closed' });
    restoreCaret(composer, caretAtOpen ?? saveCaret(composer));
  };

  let placeRequested = false;
  const place = (): void => {
    placeRequested = false;
    marks.place(view.place());
  };
  const requestPlace = (): void => {
    if (placeRequested) return;
    placeRequested = true;
    context.requestAnimationFrame(place);
  };
  const redraw = (state: SessionState): void => {
    view.draw(state);
    requestPlace();
  };
  store.subscribe(redraw);

  const showMarks = (): void => {
    const { status } = store.state;
    marks.show(status.kind === 'checked' ? status.findings : []);
  };

  const goOff = (reason: string): void => {
    checkedKey = undefined;
    marks.clear();
    store.dispatch({ type: 'off', reason });
  };

  const contextFor = (
    analysis: Analysis,
  ): { context: AnalysisContext; accountName?: string; accountBasis: AccountBasis; key: string } => {
    const {
      context: found,
      identity,
      basis,
    } = composerContext(adapter, composer, analysis.settings.officialAccounts);
    // What the draft is checked as: the same words mean something else once the account, the media or the
    // conversation change.
    const key = `${found.account}|${basis}|${identity.label ?? ''}|${mediaKey(found)}|${found.conversationWith ?? ''}`;
    return { context: found, accountName: identity.label, accountBasis: basis, key };
  };

  let checkedKey: string | undefined;
  /**
   * The publish guard's note on the last post (it went out unchecked, or its photo was not checked) stays until the
   * person types in the box again: the site emptying the box after the post is not a new draft to report on.
   */
  let keepPostNote = false;
  /** What the draft's posting context was at the last check: media attached or the account switched since? */
  let checkedContext: string | undefined;
  const check = async (force = false): Promise<void> => {
    // A box the page made and filled itself is never checked: its marks would tell the page which words are names.
    if (
      keepPostNote ||
      pageState.offReason !== undefined ||
      !recognised ||
      !context.isValid ||
      !hasTrustedInput(composer)
    )
      return;
    try {
      const analysis = await loadAnalysis();
      // Paused or switched off while the checks were loading.
      if (!context.isValid || pageState.offReason !== undefined) return;
      const editor = readEditor(composer);
      const { context: found, accountName, accountBasis, key: contextKey } = contextFor(analysis);
      const lesson = lessonNow(analysis.settings, new Date());
      checkedContext = contextKey;
      // New settings (a roster imported, a rating changed) make the same words mean something else, and so do the
      // service worker's answers (spelling, sentence tags).
      const key = `${settingsVersion(analysis.settings)}|${lookupsVersion()}|${checkedContext}|${editor.text}`;
      if (key === checkedKey && !force) return;
      checkedKey = key;
      const analysed = await analysis.analyse(
        editor.text,
        found,
        () => checkedKey !== key || !context.isValid,
      );
      if (!analysed) return;
      store.dispatch({
        type: 'checked',
        text: editor.text,
        findings: analysed,
        account: found.account,
        accountName,
        accountBasis,
        lesson,
        quotes: clauseQuotes(analysis.settings),
      });
      showMarks();
    } catch (error) {
      if (!context.isValid) return;
      console.error('Post Guard could not check this post', error);
      goOff(FAILED_REASON);
    }
  };
  let cancelPending: (() => void) | undefined;
  const checkSoon = (delay: number): void => {
    cancelPending?.();
    cancelPending = context.setTimeout(() => void check(), delay);
  };

  /** Applies a quick fix the user chose, as if they had selected the words and typed the replacement. */
  const applyFix = async (finding: Finding, checkedAgain = false): Promise<void> => {
    const suggestion = finding.suggestion;
    if (!suggestion) return;
    const editor = readEditor(composer);
    // The draft changed since it was checked (typing went on, or "Jack" was found before "Jack Thompson" was
    // finished): check the draft as it is now, then apply the same fix where it now applies, if it still does.
    if (
      editor.text !== store.state.checkedText ||
      editor.text.slice(finding.start, finding.end) !== finding.match
    ) {
      if (checkedAgain) return;
      await check(true);
      const { status } = store.state;
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
    const reason = pageState.offReason;
    if (!recognised || reason === shownOff) return;
    shownOff = reason;
    keepPostNote = false;
    if (reason !== undefined) {
      goOff(reason);
    } else {
      checkedKey = undefined;
      store.dispatch({ type: 'resumed' });
      void check();
    }
  };
  context.defer(pageState.onPauseChange(showPause));
  // The service worker answers after the check that asked (a misspelt word, a sentence's tags): check again.
  context.defer(
    onLookupAnswers(() => {
      if (store.state.status.kind === 'checked') checkSoon(0);
    }),
  );
  guardedComposers.set(composer, {
    isDismissed: (finding) => store.state.dismissed.has(dismissalKey(finding)),
    noteSkipped: (reason) => {
      keepPostNote = true;
      goOff(reason);
    },
  });
  context.defer(() => guardedComposers.delete(composer));
  context.defer(
    pageState.addComposer(() => {
      const { status, account, accountName, accountBasis } = store.state;
      return {
        state: status.kind,
        ...(status.kind === 'off' ? { reason: status.reason } : {}),
        account,
        accountBasis,
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
      };
    }),
  );

  // Focus starts loading the checks, so the first words typed are checked without waiting for them; a box is
  // checked only once the person has typed in it (check()).
  context.addEventListener(composer, 'focus', () => {
    void loadAnalysis().catch(() => undefined);
    void check();
  });
  // Alt+Shift+P from the composer opens Post Guard's list and moves focus into it; Escape there comes back.
  context.addEventListener(composer, 'keydown', (event) => {
    // Escape closes our list first (and only it), wherever the focus is in the composer.
    if (event.key === 'Escape' && store.state.panelOpen) {
      event.preventDefault();
      event.stopPropagation();
      closePanel();
      return;
    }
    if (!(event.altKey && event.shiftKey && event.code === OPEN_PANEL_KEY)) return;
    if (store.state.status.kind !== 'checked') return;
    event.preventDefault();
    event.stopPropagation();
    caretAtOpen = saveCaret(composer);
    store.dispatch({ type: 'panel-opened' });
    place();
    view.focusPanel();
  });
  // The document's capture listener has already noted whether this input is the person's (watch-composers.ts).
  for (const type of TRUSTED_INPUT_EVENTS) context.addEventListener(composer, type, showOnceTyped);
  // The person writes again: the note on the last post has been read, and the new draft is checked. Not on a
  // keydown: the Enter or Ctrl+Enter that posted is one, and the note is about that very post.
  for (const type of ['beforeinput', 'input', 'paste', 'drop'] as const)
    context.addEventListener(composer, type, (event) => {
      if (event.isTrusted) keepPostNote = false;
    });
  // Escape also closes a list opened from the badge: with focus on the badge (the key reaches our overlay's host)
  // or on no control at all (a click on the page's background). Focus in the site's own controls is the site's.
  context.addEventListener(document, 'keydown', (event) => {
    if (event.key !== 'Escape' || !store.state.panelOpen || event.defaultPrevented) return;
    const focus = document.activeElement;
    if (focus && focus !== document.body && focus !== document.documentElement && !isOverlayHost(focus))
      return;
    closePanel();
  });
  for (const [type, delay] of Object.entries(CHECK_AFTER_EVENT))
    context.addEventListener(composer, type as keyof HTMLElementEventMap, () => checkSoon(delay));
  // The site changes the draft without an input event too (X empties the box after posting).
  if (!(composer instanceof HTMLTextAreaElement)) {
    context
      .own(new MutationObserver(() => checkSoon(TYPING_PAUSE_MS)))
      .observe(composer, { childList: true, characterData: true, subtree: true });
  }
  context.addEventListener(window, 'scroll', requestPlace, { capture: true, passive: true });
  context.addEventListener(window, 'resize', requestPlace, { passive: true });
  context.own(new ResizeObserver(requestPlace)).observe(adapter.frameOf(composer));
  let ticks = 0;
  let placedFor = '';
  context.setInterval(() => {
    ticks++;
    const slow = ticks % SLOW_WATCH_TICKS === 0;
    // Reading the frame's box is cheap; hit-testing and measuring the last line are not: place again when the
    // frame or the window moved, and otherwise only now and then (a dialog opened over the composer). The box is
    // read in the next frame, where the page is laid out anyway: read in this timer, between two keys, it made
    // the browser lay out the draft an extra time.
    context.requestAnimationFrame(() => {
      const rect = adapter.frameOf(composer).getBoundingClientRect();
      const where = `${rect.left},${rect.top},${rect.right},${rect.bottom},${window.innerWidth},${window.innerHeight}`;
      if (where !== placedFor || slow) {
        placedFor = where;
        requestPlace();
      }
    });
    if (!slow) return;
    matchSiteTheme();
    // Media attached or the account switched: the same words may now mean something else.
    const analysis = loadedAnalysis();
    if (store.state.status.kind !== 'checked' || !analysis) return;
    if (contextFor(analysis).key !== checkedContext) void check();
  }, WATCH_INTERVAL_MS);

  // The extension went away (updated or removed): say the checks are off, and leave that note in place.
  let keepNote = false;
  context.onInvalidated(() => {
    keepNote = true;
    goOff(EXTENSION_GONE_REASON);
    place();
  });
  context.defer(() => {
    marks.dispose();
    if (!keepNote) view.dispose();
  });

  view.draw(store.state);
  place();
  // Text the person typed before this session started (the chunk was still loading) counts too.
  showOnceTyped();
  if (recognised) {
    if (pageState.offReason !== undefined) showPause();
    else if (document.activeElement === composer || readEditor(composer).text !== '') void check();
  }
  return { dispose: () => context.abort() };
}
