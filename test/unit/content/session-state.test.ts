import { describe, expect, it } from 'vitest';
import {
  INITIAL_SESSION_STATE,
  SessionStore,
  dismissalKey,
  reduceSession,
  type SessionState,
} from '../../../src/content/session-state';
import type { Finding } from '../../../src/engine/types';

function finding(match: string, start: number, rule = 'pupil-name'): Finding {
  return {
    category: 'pupil',
    rule,
    severity: 'warning',
    start,
    end: start + match.length,
    match,
    message: 'A pupil is named.',
    policy: 'pupil-images-official-only',
  };
}

const checked = (state: SessionState, text: string, findings: Finding[]): SessionState =>
  reduceSession(state, {
    type: 'checked',
    text,
    findings,
    account: 'personal',
    accountName: '@staff',
    accountBasis: 'read',
  });

describe('reduceSession', () => {
  it('shows what a check found, with the account it was found for', () => {
    const state = checked(INITIAL_SESSION_STATE, 'Well done Jack', [finding('Jack', 10)]);
    expect(state.status).toEqual({ kind: 'checked', findings: [finding('Jack', 10)] });
    expect(state.account).toBe('personal');
    expect(state.accountName).toBe('@staff');
    expect(state.accountBasis).toBe('read');
    expect(state.checkedText).toBe('Well done Jack');
  });

  it('keeps a dismissed finding hidden in later checks of the same draft, and forgets it when the box is emptied', () => {
    let state = checked(INITIAL_SESSION_STATE, 'Well done Jack', [finding('Jack', 10)]);
    state = reduceSession(state, { type: 'dismissed', finding: finding('Jack', 10) });
    expect(state.status).toEqual({ kind: 'checked', findings: [] });
    expect(state.dismissed.has(dismissalKey(finding('Jack', 10)))).toBe(true);
    // Moved and differently cased: still the same words.
    state = checked(state, 'So, well done JACK', [finding('JACK', 14)]);
    expect(state.status).toEqual({ kind: 'checked', findings: [] });
    state = checked(state, '  ', []);
    expect(state.dismissed.size).toBe(0);
    state = checked(state, 'Jack again', [finding('Jack', 0)]);
    expect(state.status.kind === 'checked' && state.status.findings).toHaveLength(1);
  });

  it('opens the panel only when there are findings to list, and closes it when checks go off', () => {
    let state = reduceSession(INITIAL_SESSION_STATE, { type: 'panel-opened' });
    expect(state).toBe(INITIAL_SESSION_STATE);
    state = checked(state, 'Well done Jack', [finding('Jack', 10)]);
    state = reduceSession(state, { type: 'panel-toggled' });
    expect(state.panelOpen).toBe(true);
    state = reduceSession(state, { type: 'off', reason: 'you paused checking.' });
    expect(state.panelOpen).toBe(false);
    expect(state.status).toEqual({ kind: 'off', reason: 'you paused checking.' });
    expect(state.checkedText).toBeUndefined();
  });

  it('goes back to watching when checks resume, and returns the same state when nothing changes', () => {
    const off = reduceSession(INITIAL_SESSION_STATE, { type: 'off', reason: 'paused.' });
    expect(reduceSession(off, { type: 'off', reason: 'paused.' })).toBe(off);
    expect(reduceSession(off, { type: 'resumed' }).status).toEqual({ kind: 'watching' });
    expect(reduceSession(INITIAL_SESSION_STATE, { type: 'resumed' })).toBe(INITIAL_SESSION_STATE);
    expect(reduceSession(INITIAL_SESSION_STATE, { type: 'panel-closed' })).toBe(INITIAL_SESSION_STATE);
  });
});

describe('SessionStore', () => {
  it('tells subscribers about each change once, and not about events that change nothing', () => {
    const store = new SessionStore();
    const seen: string[] = [];
    const stop = store.subscribe((state, previous) =>
      seen.push(`${previous.status.kind}→${state.status.kind}`),
    );
    store.dispatch({ type: 'panel-closed' });
    store.dispatch({ type: 'off', reason: 'paused.' });
    store.dispatch({ type: 'off', reason: 'paused.' });
    store.dispatch({ type: 'resumed' });
    stop();
    store.dispatch({ type: 'off', reason: 'paused.' });
    expect(seen).toEqual(['watching→off', 'off→watching']);
    expect(store.state.status.kind).toBe('off');
  });
});
