/**
 * The longest delay setTimeout keeps: a longer one (a pause set 30 days ahead) overflows a 32-bit signed number
 * of milliseconds and fires at once (HTML standard, "timer initialisation steps").
 */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * setTimeout for any delay: one longer than MAX_TIMEOUT_MS is waited in steps, each re-armed for what is left.
 * Returns a function that cancels it.
 */
export function setLongTimeout(callback: () => void, delay: number): () => void {
  const due = Date.now() + delay;
  let timer: ReturnType<typeof setTimeout>;
  const arm = (): void => {
    const left = due - Date.now();
    timer = left > MAX_TIMEOUT_MS ? setTimeout(arm, MAX_TIMEOUT_MS) : setTimeout(callback, Math.max(0, left));
  };
  arm();
  return () => clearTimeout(timer);
}

/** How often a page checks that the extension is still there (it is not after an update or a reload). */
const VALIDITY_CHECK_MS = 2000;

/**
 * Everything Post Guard runs in a page, owned in one place: every timer, frame request, observer and listener is
 * made through a context and stops when it aborts. The page has one root context, aborted when the page is left
 * or the extension goes away (updated, reloaded or removed: its runtime id is gone and no message reaches it);
 * each composer session has a child context, aborted when the composer goes. Modelled on WXT's
 * ContentScriptContext (wxt-dev/wxt, packages/wxt/src/utils/content-script-context.ts); written for Post Guard.
 */
export class PageContext {
  private readonly controller = new AbortController();
  private readonly invalidatedListeners = new Set<() => void>();
  private validityWatched = false;

  constructor(parent?: PageContext) {
    if (parent) {
      if (parent.signal.aborted) {
        this.abort();
        return;
      }
      // Linked both ways only while both run: a page sees hundreds of composers come and go.
      const stopWithParent = (): void => this.abort();
      parent.signal.addEventListener('abort', stopWithParent, { once: true });
      const stopListening = parent.onInvalidated(() => this.invalidate());
      this.signal.addEventListener(
        'abort',
        () => {
          parent.signal.removeEventListener('abort', stopWithParent);
          stopListening();
        },
        { once: true },
      );
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    return !this.signal.aborted;
  }

  /** A context that stops when this one does, or sooner. */
  child(): PageContext {
    return new PageContext(this);
  }

  abort(): void {
    this.controller.abort();
  }

  onAbort(listener: () => void): void {
    if (this.signal.aborted) listener();
    else this.signal.addEventListener('abort', listener, { once: true });
  }

  /** Called once if the extension goes away while this context runs, just before everything stops. */
  onInvalidated(listener: () => void): () => void {
    this.invalidatedListeners.add(listener);
    return () => void this.invalidatedListeners.delete(listener);
  }

  /** The extension is gone: tell those who need to say so, then stop everything. */
  invalidate(): void {
    if (this.signal.aborted) return;
    for (const listener of [...this.invalidatedListeners]) listener();
    this.abort();
  }

  /**
   * Starts checking, every VALIDITY_CHECK_MS, that the extension is still there (`alive` reads its runtime id);
   * once is enough per context. The check is a property read: it costs the page nothing measurable.
   */
  watchValidity(alive: () => boolean): void {
    if (this.validityWatched) return;
    this.validityWatched = true;
    this.setInterval(() => {
      if (!alive()) this.invalidate();
    }, VALIDITY_CHECK_MS);
  }

  /** A timer that stops with the context; delays longer than setTimeout allows are waited in steps. */
  setTimeout(callback: () => void, delay: number): () => void {
    if (!this.isValid) return () => undefined;
    const cancel = (): void => {
      cancelTimer();
      this.signal.removeEventListener('abort', cancel);
    };
    const cancelTimer = setLongTimeout(() => {
      this.signal.removeEventListener('abort', cancel);
      if (this.isValid) callback();
    }, delay);
    this.signal.addEventListener('abort', cancel, { once: true });
    return cancel;
  }

  setInterval(callback: () => void, every: number): () => void {
    if (!this.isValid) return () => undefined;
    const interval = setInterval(() => {
      if (this.isValid) callback();
    }, every);
    const cancel = (): void => {
      clearInterval(interval);
      this.signal.removeEventListener('abort', cancel);
    };
    this.signal.addEventListener('abort', cancel, { once: true });
    return cancel;
  }

  requestAnimationFrame(callback: () => void): void {
    if (!this.isValid) return;
    const frame = requestAnimationFrame(() => {
      this.signal.removeEventListener('abort', cancel);
      if (this.isValid) callback();
    });
    const cancel = (): void => cancelAnimationFrame(frame);
    this.signal.addEventListener('abort', cancel, { once: true });
  }

  /** Work the page can wait for: when the browser is idle (or after `timeout` ms at the latest). */
  requestIdleCallback(callback: () => void, timeout = 2000): void {
    if (!this.isValid) return;
    if (typeof requestIdleCallback !== 'function') {
      this.setTimeout(callback, 1);
      return;
    }
    const handle = requestIdleCallback(
      () => {
        this.signal.removeEventListener('abort', cancel);
        if (this.isValid) callback();
      },
      { timeout },
    );
    const cancel = (): void => cancelIdleCallback(handle);
    this.signal.addEventListener('abort', cancel, { once: true });
  }

  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    listener: (event: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    target: Element | Document,
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener(
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (!this.isValid) return;
    target.addEventListener(type, listener, { ...options, signal: this.signal });
  }

  /** An observer (Mutation, Resize, Intersection) disconnected when the context stops. */
  own<T extends { disconnect(): void }>(observer: T): T {
    this.onAbort(() => observer.disconnect());
    return observer;
  }

  /** A clean-up to run when the context stops (an unsubscribe returned by someone else's API). */
  defer(cleanUp: () => void): void {
    this.onAbort(cleanUp);
  }
}
