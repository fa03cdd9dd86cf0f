import type { CDPSession, Page } from '@playwright/test';

/**
 * Post Guard draws in a closed shadow root, which neither the page nor Playwright's locators can reach. Its
 * content script keeps a handle on that root in the extension's isolated world (where the page cannot see it);
 * these helpers evaluate code there through the Chrome DevTools Protocol, the way a screen reader reads the
 * accessibility tree.
 */
interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

export class ExtensionWorld {
  private constructor(
    private readonly session: CDPSession,
    private readonly contexts: Map<number, { frameId: string; origin: string }>,
    /** Finds the id of the frame this world belongs to (the top frame, or a child frame by its URL). */
    private readonly frameId: () => Promise<string | undefined>,
    private readonly description: string,
  ) {}

  static async attach(page: Page): Promise<ExtensionWorld> {
    const session = await page.context().newCDPSession(page);
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const contexts = new Map<number, { frameId: string; origin: string }>();
    const mainFrameId = frameTree.frame.id;
    const world = new ExtensionWorld(session, contexts, async () => mainFrameId, 'this page');
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { frameId?: string; isDefault?: boolean } | undefined;
      if (aux?.frameId && aux.isDefault === false) {
        contexts.set(context.id, { frameId: aux.frameId, origin: context.origin });
      }
    });
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      contexts.delete(executionContextId);
    });
    session.on('Runtime.executionContextsCleared', () => contexts.clear());
    await session.send('Runtime.enable');
    return world;
  }

  /**
   * Post Guard's isolated world in a child frame of the page (YouTube's live chat iframe), found by the frame's
   * URL: the first frame whose URL contains `url` (a string) or matches it (a RegExp). The frame is looked up
   * again on every call, so it may load after this is made.
   */
  frame(url: string | RegExp): ExtensionWorld {
    const matches = (frameUrl: string): boolean =>
      typeof url === 'string' ? frameUrl.includes(url) : url.test(frameUrl);
    const find = (tree: FrameTree, top: boolean): string | undefined => {
      if (!top && matches(tree.frame.url)) return tree.frame.id;
      for (const child of tree.childFrames ?? []) {
        const found = find(child, false);
        if (found) return found;
      }
      return undefined;
    };
    return new ExtensionWorld(
      this.session,
      this.contexts,
      async () => {
        const { frameTree } = (await this.session.send('Page.getFrameTree')) as { frameTree: FrameTree };
        return find(frameTree, true);
      },
      `the frame at ${String(url)}`,
    );
  }

  private async extensionContextId(): Promise<number | undefined> {
    const frameId = await this.frameId();
    if (frameId === undefined) return undefined;
    for (const [id, context] of this.contexts) {
      if (context.frameId === frameId && context.origin.startsWith('chrome-extension://')) return id;
    }
    return undefined;
  }

  /**
   * Evaluates `expression` in Post Guard's isolated world of the top frame (or of the child frame this world
   * was made for with `frame()`), where `root` is its overlay's shadow root (or null before Post Guard has
   * drawn anything). Returns the JSON value.
   */
  async evaluate<T>(body: string): Promise<T> {
    const contextId = await this.extensionContextId();
    if (contextId === undefined)
      throw new Error(`Post Guard has not injected a content script in ${this.description}`);
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

  /**
   * How many live objects of this world have `prototype` (an expression evaluated in the world, such as
   * `ResizeObserver.prototype`) in their prototype chain. Each world has its own prototypes, so this counts
   * what Post Guard's content script holds on to, not the page's objects. For leak tests: collect garbage first.
   */
  async countObjects(prototype: string): Promise<number> {
    const contextId = await this.extensionContextId();
    if (contextId === undefined)
      throw new Error(`Post Guard has not injected a content script in ${this.description}`);
    const objectGroup = 'post-guard-count';
    try {
      const { result } = (await this.session.send('Runtime.evaluate', {
        expression: prototype,
        contextId,
        objectGroup,
      })) as { result: { objectId?: string } };
      if (!result.objectId) throw new Error(`${prototype} is not an object`);
      const { objects } = (await this.session.send('Runtime.queryObjects', {
        prototypeObjectId: result.objectId,
        objectGroup,
      })) as { objects: { objectId?: string } };
      const { result: length } = (await this.session.send('Runtime.callFunctionOn', {
        objectId: objects.objectId!,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      })) as { result: { value: number } };
      return length.value;
    } finally {
      await this.session.send('Runtime.releaseObjectGroup', { objectGroup });
    }
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
