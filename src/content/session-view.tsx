import { render } from 'preact';
import type { Finding } from '../engine/types';
import { StatusBadge } from '../ui/composer/StatusBadge';
import { SettingsNotice } from '../ui/composer/SettingsNotice';
import { FindingsPanel } from '../ui/composer/FindingsPanel';
import type { SessionState } from './session-state';
import { anyOverlap, placeBadge, placePanel, visibleProbePoint, type Size } from './placement';
import { isOverlayHost } from './overlay';

/** What the member of staff can do from the badge and the panel. */
export interface SessionActions {
  togglePanel(): void;
  closePanel(): void;
  fix(finding: Finding): void;
  dismiss(finding: Finding): void;
  openPolicy(): void;
  /** The member of staff says, for this tab, that they post as the school's account (or no longer). */
  declareAccount(declared: boolean): void;
  reportMistake(finding: Finding, includeText: boolean): void;
}

/** Characters at the end of a draft measured for the badge: enough for the last line, whatever the paste. */
const LAST_LINE_CHARS = 200;

let viewCount = 0;

/**
 * The badge and the findings panel beside one composer, drawn in our overlay. Thin: it draws the session's
 * state as it is and measures where to put it; it decides nothing. Something new to show beside the composer
 * (a notice) is one more element in draw().
 */
export class SessionView {
  private readonly badgeAnchor = document.createElement('div');
  private readonly panelAnchor = document.createElement('div');
  private readonly panelId = `post-guard-panel-${++viewCount}`;
  private state: SessionState | undefined;

  constructor(
    root: ParentNode,
    private readonly composer: Element,
    private readonly frame: () => Element,
    private readonly actions: SessionActions,
    /** The site's buttons that publish this composer's text: the panel never covers them. */
    private readonly submitControls: () => Element[] = () => [],
    /** How the site's official account may be named by the member of staff, where the page does not say. */
    private readonly declarableAccount?: string,
  ) {
    this.badgeAnchor.className = 'badge-anchor';
    this.panelAnchor.className = 'panel-anchor';
    root.append(this.badgeAnchor, this.panelAnchor);
  }

  draw(state: SessionState): void {
    this.state = state;
    const { status, panelOpen } = state;
    render(
      <>
        <SettingsNotice />
        <StatusBadge
          status={status}
          panelId={this.panelId}
          expanded={panelOpen}
          onToggle={this.actions.togglePanel}
          lesson={state.lesson}
        />
      </>,
      this.badgeAnchor,
    );
    render(
      panelOpen && status.kind === 'checked' ? (
        <FindingsPanel
          id={this.panelId}
          findings={status.findings}
          account={state.account}
          accountName={state.accountName}
          accountBasis={state.accountBasis}
          declarableAccount={this.declarableAccount}
          onDeclareAccount={this.actions.declareAccount}
          lesson={state.lesson}
          onFix={this.actions.fix}
          onDismiss={this.actions.dismiss}
          onClose={this.actions.closePanel}
          onOpenPolicy={this.actions.openPolicy}
          onReportMistake={this.actions.reportMistake}
          quotes={state.quotes}
        />
      ) : null,
      this.panelAnchor,
    );
  }

  /** Moves focus into the open panel: its first finding's first button. */
  focusPanel(): void {
    (
      this.panelAnchor.querySelector<HTMLElement>('.panel li button') ??
      this.panelAnchor.querySelector<HTMLElement>('.panel button')
    )?.focus();
  }

  /**
   * Puts the badge in the frame's corner and the panel beside it; hides both when the frame is not seen. Returns
   * whether the frame is seen.
   */
  place(): boolean {
    const frame = this.frame();
    const rect = frame.getBoundingClientRect();
    const viewport: Size = { width: window.innerWidth, height: window.innerHeight };
    const visible = this.composer.isConnected && isOnTop(frame, rect, viewport);
    this.badgeAnchor.hidden = !visible;
    this.panelAnchor.hidden = !visible;
    if (!visible) return false;
    const badge = this.badgeAnchor;
    const move = (): void => {
      const point = placeBadge(rect, { width: badge.offsetWidth, height: badge.offsetHeight }, viewport);
      badge.style.left = `${point.left}px`;
      badge.style.top = `${point.top}px`;
    };
    badge.classList.remove('compact');
    move();
    // The last line of text can reach the corner the badge sits in: then the badge shrinks to its icon and
    // count, so that it hides as little of what is being written as it can.
    if (anyOverlap(lastLineBoxes(this.composer), badge.getBoundingClientRect())) {
      badge.classList.add('compact');
      move();
    }
    if (this.state?.panelOpen) {
      const panel = this.panelAnchor;
      // The width first: the panel's height depends on it.
      panel.style.width = `${placePanel(rect, 0, viewport).width}px`;
      const keepClear = this.submitControls().map((control) => control.getBoundingClientRect());
      const point = placePanel(rect, panel.offsetHeight, viewport, keepClear);
      panel.style.left = `${point.left}px`;
      panel.style.top = `${point.top}px`;
    }
    return true;
  }

  dispose(): void {
    render(null, this.badgeAnchor);
    render(null, this.panelAnchor);
    this.badgeAnchor.remove();
    this.panelAnchor.remove();
  }
}

/**
 * Whether the composer's frame is what the user sees at its centre: a composer behind a modal dialog (the feed's
 * comment box under Facebook's "Create post") or scrolled out of view gets no badge on top of the dialog.
 */
function isOnTop(frame: Element, rect: DOMRect, viewport: Size): boolean {
  const probe = visibleProbePoint(rect, viewport);
  if (!probe) return false;
  const hit = document.elementFromPoint(probe.x, probe.y);
  if (!hit) return false;
  return frame.contains(hit) || hit.contains(frame) || isOverlayHost(hit);
}

/**
 * The boxes of the end of a rich composer's text. Only the last characters of the last text are measured with a
 * Range, which reads layout and changes nothing in the editor. Textareas have no text nodes to measure.
 */
function lastLineBoxes(composer: Element): Iterable<DOMRect> {
  if (composer instanceof HTMLTextAreaElement) return [];
  // The deepest last node, then back to the last text before it (an empty last line ends in a <br>).
  let end: Node = composer;
  while (end.lastChild) end = end.lastChild;
  const walker = document.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
  walker.currentNode = end;
  const last = end instanceof Text ? end : (walker.previousNode() as Text | null);
  if (!last || last.length === 0) return [];
  const range = document.createRange();
  range.setStart(last, Math.max(0, last.length - LAST_LINE_CHARS));
  range.setEnd(last, last.length);
  return range.getClientRects();
}
