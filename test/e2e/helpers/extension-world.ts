import type { CDPSession, Page } from '@playwright/test';

/**
 * Post Guard draws in a closed shadow root, which neither the page nor Playwright's locators can reach. Its
 * content script keeps a handle on that root in the extension's isolated world (where the page cannot see it);
 * these helpers evaluate code there through the Chrome DevTools Protocol, the way a screen reader reads the
 * accessibility tree.
 */
export class ExtensionWorld {
  private readonly contexts = new Map<number, { frameId: string; origin: string }>();

  private constructor(
    private readonly session: CDPSession,
    private readonly mainFrameId: string,
  ) {}

  static async attach(page: Page): Promise<ExtensionWorld> {
    const session = await page.context().newCDPSession(page);
    const { frameTree } = (await session.send('Page.getFrameTree')) as {
      frameTree: { frame: { id: string } };
    };
    const world = new ExtensionWorld(session, frameTree.frame.id);
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { frameId?: string; isDefault?: boolean } | undefined;
      if (aux?.frameId && aux.isDefault === false) {
        world.contexts.set(context.id, { frameId: aux.frameId, origin: context.origin });
      }
    });
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      world.contexts.delete(executionContextId);
    });
    session.on('Runtime.executionContextsCleared', () => world.contexts.clear());
    await session.send('Runtime.enable');
    return world;
  }

  private extensionContextId(): number | undefined {
    for (const [id, context] of this.contexts) {
      if (context.frameId === this.mainFrameId && context.origin.startsWith('chrome-extension://')) return id;
    }
    return undefined;
  }

  /**
   * Evaluates `expression` in Post Guard's isolated world of the top frame, where `root` is its overlay's
   * shadow root (or null before Post Guard has drawn anything). Returns the JSON value.
   */
  async evaluate<T>(body: string): Promise<T> {
    const contextId = this.extensionContextId();
    if (contextId === undefined) throw new Error('Post Guard has not injected a content script in this page');
    const expression = `(async () => { const root = globalThis.postGuardOverlayRoot ?? null; ${body} })()`;
    const result = (await this.session.send('Runtime.evaluate', {
      expression,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) {
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    }
    return result.result.value as T;
  }

  /** Waits until `body` returns a truthy value, and returns it. */
  async waitFor<T>(body: string, { timeout = 5000, interval = 50 } = {}): Promise<T> {
    const deadline = Date.now() + timeout;
    let lastError: unknown;
    for (;;) {
      try {
        const value = await this.evaluate<T>(body);
        if (value) return value;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out waiting for: ${body}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }

  /** The text of Post Guard's live status regions, in order: what a screen reader announces. */
  statusTexts(): Promise<string[]> {
    return this.evaluate<string[]>(
      `return root ? [...root.querySelectorAll('[role=status]')].map((el) => el.textContent.trim()) : [];`,
    );
  }
}
