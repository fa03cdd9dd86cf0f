import type { SiteAdapter } from '../sites/types';
import { watchComposers } from './watch-composers';

type ComposerModule = typeof import('./composer-session');

/**
 * The whole of what a content script does on page load: watch for composers. The UI and session code load
 * as a separate chunk when the first composer appears, and the analysis engine only when one is focused,
 * so pages without a composer pay for nothing but the watcher.
 */
export function startPostGuard(adapter: SiteAdapter): void {
  const controller = new AbortController();
  const sessions = new Map<Element, { dispose(): void }>();
  let composerModule: Promise<ComposerModule> | undefined;

  watchComposers(
    adapter,
    {
      found(composer, recognised) {
        composerModule ??= import('./composer-session');
        composerModule
          .then(({ startComposerSession }) => {
            if (composer.isConnected && !controller.signal.aborted && !sessions.has(composer)) {
              sessions.set(composer, startComposerSession(composer, adapter, recognised));
            }
          })
          .catch((error: unknown) => console.error('Post Guard could not start on this box', error));
      },
      lost(composer) {
        sessions.get(composer)?.dispose();
        sessions.delete(composer);
      },
    },
    controller.signal,
  );
}
