import type { AccountKind, Finding } from '../engine/types';
import type { AccountBasis } from '../sites/account';
import type { LessonTime } from '../settings/settings';
import type { QuoteLookup } from '../ui/composer/PolicyQuote';
import type { ComposerStatus } from '../ui/composer/StatusBadge';

/** Everything the view beside one composer shows, and what the member of staff said in this draft. */
export interface SessionState {
  status: ComposerStatus;
  panelOpen: boolean;
  account: AccountKind;
  accountName?: string;
  /** Whether the account was read from the page, said by the member of staff for this tab, or guessed. */
  accountBasis: AccountBasis;
  lesson?: LessonTime;
  /** The rules' quotes from the school's active policy, as of the last check (the model's before one). */
  quotes?: QuoteLookup;
  /** Findings the member of staff said are fine in this draft (rule and words, see dismissalKey). */
  dismissed: ReadonlySet<string>;
  /** The draft the shown findings were found in. */
  checkedText?: string;
}

/** What can happen to a session; the only way its state changes. */
export type SessionEvent =
  /** The draft was checked: `findings` are before dismissals are applied. */
  | {
      type: 'checked';
      text: string;
      findings: readonly Finding[];
      account: AccountKind;
      accountName?: string;
      accountBasis: AccountBasis;
      lesson?: LessonTime;
      quotes?: QuoteLookup;
    }
  /** Checking stopped for a reason the member of staff is told (paused, switched off, failed, box unknown). */
  | { type: 'off'; reason: string }
  /** Checking is on again after a pause: nothing is known about the draft until it is checked. */
  | { type: 'resumed' }
  | { type: 'panel-toggled' }
  | { type: 'panel-opened' }
  | { type: 'panel-closed' }
  | { type: 'dismissed'; finding: Finding };

export const INITIAL_SESSION_STATE: SessionState = {
  status: { kind: 'watching' },
  panelOpen: false,
  account: 'unknown',
  accountBasis: 'guessed',
  dismissed: new Set(),
};

/** Why the checks stop when the extension was updated, reloaded or removed while the page was open. */
export const EXTENSION_GONE_REASON =
  'Post Guard was updated or switched off while this page was open, so what you post now goes out unchecked. Reload the page to check again.';

/** A finding the user said is fine stays dismissed for the rest of this draft, wherever it moves. */
export function dismissalKey(finding: Finding): string {
  return `${finding.rule}|${finding.match.toLowerCase()}`;
}

/** The state after `event`. Pure: returns the same object when nothing changed, so the view need not redraw. */
export function reduceSession(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'checked': {
      // An emptied box is a new draft: what was dismissed in the last one counts again.
      const dismissed = event.text.trim() === '' ? new Set<string>() : state.dismissed;
      const findings = event.findings.filter((finding) => !dismissed.has(dismissalKey(finding)));
      return {
        ...state,
        status: { kind: 'checked', findings },
        account: event.account,
        accountName: event.accountName,
        accountBasis: event.accountBasis,
        lesson: event.lesson,
        quotes: event.quotes,
        dismissed,
        checkedText: event.text,
      };
    }
    case 'off':
      if (state.status.kind === 'off' && state.status.reason === event.reason && !state.panelOpen)
        return state;
      return {
        ...state,
        status: { kind: 'off', reason: event.reason },
        panelOpen: false,
        checkedText: undefined,
      };
    case 'resumed':
      return state.status.kind === 'off' ? { ...state, status: { kind: 'watching' } } : state;
    case 'panel-toggled':
      return reduceSession(state, { type: state.panelOpen ? 'panel-closed' : 'panel-opened' });
    case 'panel-opened':
      // The list of findings opens only once there are findings to list.
      return state.panelOpen || state.status.kind !== 'checked' ? state : { ...state, panelOpen: true };
    case 'panel-closed':
      return state.panelOpen ? { ...state, panelOpen: false } : state;
    case 'dismissed': {
      const key = dismissalKey(event.finding);
      if (state.dismissed.has(key)) return state;
      const dismissed = new Set(state.dismissed).add(key);
      const status: ComposerStatus =
        state.status.kind === 'checked'
          ? {
              kind: 'checked',
              findings: state.status.findings.filter((finding) => dismissalKey(finding) !== key),
            }
          : state.status;
      return { ...state, dismissed, status };
    }
  }
}

/** A state and the events that change it; the view subscribes and redraws when the state changes. */
export class SessionStore {
  private current: SessionState;
  private readonly listeners = new Set<(state: SessionState, previous: SessionState) => void>();

  constructor(initial: SessionState = INITIAL_SESSION_STATE) {
    this.current = initial;
  }

  get state(): SessionState {
    return this.current;
  }

  dispatch(event: SessionEvent): void {
    const previous = this.current;
    const next = reduceSession(previous, event);
    if (next === previous) return;
    this.current = next;
    for (const listener of [...this.listeners]) listener(next, previous);
  }

  subscribe(listener: (state: SessionState, previous: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
