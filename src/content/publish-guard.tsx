import { clauseQuotes } from '../policy/clause-quotes';
import { render } from 'preact';
import type { SiteAdapter, SubmitIntent } from '../sites/types';
import type { Finding, MediaFacts } from '../engine/types';
import { notCheckedNote } from './photo-note';
import { composerContext } from '../sites/account';
import { lessonNow } from '../settings/school-calendar';
import { PrePublishDialog } from '../ui/composer/PrePublishDialog';
import { loadAnalysis, loadedAnalysis, type Analysis } from './analysis';
import { readEditor } from './editor-text';
import { restoreCaret, saveCaret } from './caret';
import { getOverlay } from './overlay';
import { getPageState } from './page-state';
import { mediaKey, picturesUnchecked } from '../engine/media-facts';
import { getPagePhotos } from '../photo/page-photos';

/** What the publish guard needs from the session beside each composer. */
export interface GuardedComposer {
  /** The member of staff said this finding is fine in this draft. */
  isDismissed(finding: Finding): boolean;
  /** Shows, by the composer, that the last post went out unchecked and why. */
  noteSkipped(reason: string): void;
}

/** Longer than this and the post goes out unchecked: Post Guard must never stand in the way of posting. */
const DECISION_BUDGET_MS = 500;

/**
 * Catches every way of publishing on the page — the site's buttons (mouse, touch, keyboard) and the keys that
 * submit — in the capture phase, before the site's own handlers. A clean post is not touched: the decision is
 * made inside the event, so it goes out with no delay. A post with warnings waits for one choice in the
 * "Before you post" dialog; "Post anyway" publishes it exactly once. If the checks fail or are slow, the post
 * goes out and the composer says the checks were skipped.
 */
export function installPublishGuard(
  adapter: SiteAdapter,
  composers: ReadonlyMap<Element, GuardedComposer>,
  signal: AbortSignal,
): void {
  let dialogOpen = false;
  /** Drafts the member of staff already chose to post as they are (Facebook's Next, then Post). */
  const confirmed = new WeakMap<Element, string>();
  /** Reasons given for posting past a critical finding: kept only in this page's memory, never stored or sent. */
  const reasons: string[] = [];

  const findingsFor = (
    analysis: Analysis,
    intent: SubmitIntent,
  ): { findings: Finding[]; key: string; notChecked?: MediaFacts } => {
    const findings: Finding[] = [];
    const keys: string[] = [];
    let notChecked: MediaFacts | undefined;
    for (const composer of intent.composers) {
      const text = readEditor(composer).text;
      const { context } = composerContext(adapter, composer, analysis.settings.officialAccounts);
      keys.push(`${context.account}|${mediaKey(context)}|${context.conversationWith ?? ''}|${text}`);
      if (context.media && picturesUnchecked(context)) notChecked = context.media;
      const session = composers.get(composer);
      for (const finding of analysis.analyseNow(text, context)) {
        if (finding.severity !== 'info' && !session?.isDismissed(finding)) findings.push(finding);
      }
    }
    return { findings, key: keys.join('\u0000'), ...(notChecked ? { notChecked } : {}) };
  };

  const picturesOf = (intent: SubmitIntent): Element[] =>
    intent.composers.flatMap((composer) => adapter.attachedPictures(composer));
  const pending = (intent: SubmitIntent): boolean => getPagePhotos().pending(picturesOf(intent));

  const skip = (intent: SubmitIntent, reason: string): void => {
    for (const composer of intent.composers) composers.get(composer)?.noteSkipped(reason);
  };

  const showDialog = (intent: SubmitIntent, findings: Finding[], key: string, analysis: Analysis): void => {
    const composer = intent.composers[0]!;
    const caret = saveCaret(composer);
    const layer = document.createElement('div');
    getOverlay().root.append(layer);
    dialogOpen = true;
    const close = (): void => {
      render(null, layer);
      layer.remove();
      dialogOpen = false;
    };
    render(
      <PrePublishDialog
        findings={findings}
        criticalAction={analysis.settings.criticalAction}
        quotes={clauseQuotes(analysis.settings)}
        lesson={lessonNow(analysis.settings, new Date())}
        onEdit={() => {
          close();
          restoreCaret(composer, caret);
        }}
        onPostAnyway={(reason) => {
          close();
          if (reason) reasons.push(reason);
          for (const each of intent.composers) confirmed.set(each, key);
          intent.publish();
        }}
      />,
      layer,
    );
  };

  /** Decides on a publish the user just made. Returns true when it must be held back. */
  const decide = (intent: SubmitIntent, analysis: Analysis): boolean => {
    const started = performance.now();
    let verdict: ReturnType<typeof findingsFor>;
    try {
      verdict = findingsFor(analysis, intent);
    } catch (error) {
      console.error('Post Guard could not check this post before publishing', error);
      skip(intent, 'the checks failed when you posted, so your post went out unchecked.');
      return false;
    }
    if (performance.now() - started > DECISION_BUDGET_MS) {
      skip(intent, 'the checks took too long when you posted, so your post went out unchecked.');
      return false;
    }
    // A photo or video not checked never holds the post back; the composer says it went out unchecked.
    const goesOut = (): false => {
      if (verdict.notChecked) skip(intent, notCheckedNote(verdict.notChecked, pending(intent)));
      return false;
    };
    if (verdict.findings.length === 0) return goesOut();
    if (intent.composers.every((composer) => confirmed.get(composer) === verdict.key)) return goesOut();
    showDialog(intent, verdict.findings, verdict.key, analysis);
    return true;
  };

  const hold = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onPublish = (event: Event, intent: SubmitIntent | undefined): void => {
    // Paused by the member of staff, or the school has switched this site off: publishing is not touched.
    if (!intent || getPageState(adapter.platform).offReason !== undefined) return;
    if (dialogOpen) {
      hold(event);
      return;
    }
    const analysis = loadedAnalysis();
    const pictures = picturesOf(intent);
    const photos = getPagePhotos();
    if (analysis && !photos.pending(pictures)) {
      if (decide(intent, analysis)) hold(event);
      return;
    }
    // The checks have not loaded yet (the post was written without focusing the box, or loading failed), or a
    // photo is still being checked: hold the post for at most DECISION_BUDGET_MS, then decide on what is known.
    hold(event);
    // Counted from the press itself (the event's time stamp, on performance.now()'s clock), not from when a busy
    // page got round to dispatching it: the person waits at most DECISION_BUDGET_MS from their click or key.
    const deadline = Math.min(event.timeStamp, performance.now()) + DECISION_BUDGET_MS;
    const timeout = new Promise<undefined>((resolve) =>
      setTimeout(resolve, Math.max(0, deadline - performance.now())),
    );
    void Promise.race([loadAnalysis().catch(() => undefined), timeout]).then(async (ready) => {
      await photos.settled(pictures, Math.max(0, deadline - performance.now()));
      if (!ready) {
        skip(intent, 'its checks could not start in time, so your post went out unchecked.');
        intent.publish();
      } else if (!decide(intent, ready)) {
        intent.publish();
      }
    });
  };

  document.addEventListener(
    'click',
    (event) => {
      // Only the person's own clicks: Post Guard's "Post anyway" and the site's scripts click untrusted.
      if (event.isTrusted && event.target instanceof Element)
        onPublish(event, adapter.submitForClick(event.target));
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !(event.target instanceof Element)) return;
      // Enter or Space on a focused div[role=button] (Facebook's Post) activates it without a click event.
      const activatesButton = (event.key === 'Enter' || event.key === ' ') && !event.isComposing;
      const intent =
        adapter.submitForKey(event) ?? (activatesButton ? adapter.submitForClick(event.target) : undefined);
      onPublish(event, intent);
    },
    { capture: true, signal },
  );
}
