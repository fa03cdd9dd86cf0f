import type { SiteAdapter } from '../sites/types';
import { watchComposers } from './watch-composers';
import { PageContext } from './page-context';
import { announceSiteOpened } from '../platform/page-load';

type ComposerModule = typeof import('./composer-session');

/**
 * The whole of what a content script does on page load: watch for composers. The UI and session code load
 * as a separate chunk when the first composer appears, and the analysis engine only when one is focused,
 * so pages without a composer pay for nothing but the watcher. Everything runs under one page context, which
 * stops it all when the page is left for good or the extension goes away.
 */
export function startPostGuard(adapter: SiteAdapter): void {
  const page = new PageContext();
  // A page kept in the back-forward cache may come back: only a page left for good stops.
  page.addEventListener(window, 'pagehide', (event) => {
    if (!event.persisted) page.abort();
  });
  announceSiteOpened(page.signal);
  const sessions = new Map<Element, { dispose(): void }>();
  let composerModule: Promise<ComposerModule> | undefined;

  watchComposers(
    adapter,
    {
      found(composer, recognised) {
        composerModule ??= import('./composer-session');
        composerModule
          .then(({ startComposerSession, startPage }) => {
            // The publish guard and the watch for the extension going away, once, under the page's context.
            startPage(adapter, page);
            if (composer.isConnected && page.isValid && !sessions.has(composer)) {
              sessions.set(composer, startComposerSession(composer, adapter, page, recognised));
            }
          })
          .catch((error: unknown) => {
            console.error('Post Guard could not start on this box', error);
            // The next composer tries again; this one says that it is not being checked.
            composerModule = undefined;
            if (!page.isValid) return;
            void import('./start-failure')
              .then(({ showStartFailure }) => showStartFailure())
              .catch(() => undefined);
          });
      },
      lost(composer) {
        sessions.get(composer)?.dispose();
        sessions.delete(composer);
      },
    },
    page.signal,
  );
}
