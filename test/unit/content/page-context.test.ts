import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMEOUT_MS, PageContext, setLongTimeout } from '../../../src/content/page-context';

const DAY_MS = 24 * 60 * 60 * 1000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('setLongTimeout', () => {
  it('waits 30 days for a 30-day delay instead of firing at once', () => {
    const fired = vi.fn();
    setLongTimeout(fired, 30 * DAY_MS);
    vi.advanceTimersByTime(1000);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MAX_TIMEOUT_MS);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30 * DAY_MS - MAX_TIMEOUT_MS - 1000);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled, also after a step', () => {
    const fired = vi.fn();
    const cancel = setLongTimeout(fired, 40 * DAY_MS);
    vi.advanceTimersByTime(MAX_TIMEOUT_MS + 10);
    cancel();
    vi.advanceTimersByTime(40 * DAY_MS);
    expect(fired).not.toHaveBeenCalled();
  });
});

describe('PageContext', () => {
  it('stops its timers and those of its children when it aborts', () => {
    const page = new PageContext();
    const session = page.child();
    const timer = vi.fn();
    const tick = vi.fn();
    session.setTimeout(timer, 100);
    session.setInterval(tick, 50);
    vi.advanceTimersByTime(120);
    expect(timer).toHaveBeenCalledTimes(1);
    expect(tick).toHaveBeenCalledTimes(2);
    page.abort();
    expect(session.isValid).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(tick).toHaveBeenCalledTimes(2);
    // Nothing new starts on a stopped context.
    session.setTimeout(timer, 10);
    vi.advanceTimersByTime(100);
    expect(timer).toHaveBeenCalledTimes(1);
  });

  it('leaves the page running when one session stops, and forgets the stopped session', () => {
    const page = new PageContext();
    const gone = vi.fn();
    const first = page.child();
    first.onInvalidated(gone);
    first.abort();
    const second = page.child();
    const tick = vi.fn();
    second.setInterval(tick, 10);
    vi.advanceTimersByTime(25);
    expect(page.isValid).toBe(true);
    expect(tick).toHaveBeenCalledTimes(2);
    page.invalidate();
    expect(gone).not.toHaveBeenCalled();
  });

  it('tells every session when the extension goes away, then stops everything', () => {
    let alive = true;
    const page = new PageContext();
    const session = page.child();
    const order: string[] = [];
    session.onInvalidated(() => order.push(`told, running: ${session.isValid}`));
    session.onAbort(() => order.push('stopped'));
    page.watchValidity(() => alive);
    vi.advanceTimersByTime(5000);
    expect(order).toEqual([]);
    alive = false;
    vi.advanceTimersByTime(5000);
    expect(order).toEqual(['told, running: true', 'stopped']);
    expect(page.isValid).toBe(false);
  });

  it('removes its event listeners when it stops', () => {
    const page = new PageContext();
    const target = new EventTarget() as unknown as Element;
    const heard = vi.fn();
    page.addEventListener(target, 'input', heard);
    target.dispatchEvent(new Event('input'));
    page.abort();
    target.dispatchEvent(new Event('input'));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
