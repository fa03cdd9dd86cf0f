import type { SiteAdapter } from '../sites/types';
import type { ContactGuard } from './contact-guard';
import type { PageContext } from './page-context';

/** How often a page is looked at for friend or follower requests (only the address is tested on other pages). */
const REQUESTS_EVERY_MS = 2000;

/**
 * On page load, only this: listeners that notice a person's click on a button that reaches someone (Add friend,
 * Follow, Message, Confirm), and a slow look for friend requests. The reminder's code and the school's lists load
 * when the pointer first comes over such a button; a click that arrives before they have is held until they have,
 * then goes on at once unless the name is on the lists. If they cannot load, the click goes on (fail open).
 */
export function watchContactActions(adapter: SiteAdapter, page: PageContext): void {
  const mayBe = adapter.mayBeContactAction;
  if (!mayBe) return;
  let loading: Promise<ContactGuard> | undefined;
  let guard: ContactGuard | undefined;
  const load = (): Promise<ContactGuard> => {
    loading ??= import('./contact-guard')
      .then(({ startContactGuard }) => startContactGuard(adapter, page))
      .then((loaded) => (guard = loaded));
    loading.catch((error: unknown) => {
      console.error('Post Guard could not start its contact reminders', error);
      loading = undefined;
    });
    return loading;
  };
  const person = (event: Event): Element | undefined =>
    event.isTrusted && event.target instanceof Element && mayBe(event.target) ? event.target : undefined;

  const warm = (event: Event): void => {
    if (!guard && person(event)) void load().catch(() => undefined);
  };
  page.addEventListener(document, 'pointerover', warm, { capture: true, passive: true });
  page.addEventListener(document, 'focusin', warm, { capture: true });

  const activate = (event: Event): void => {
    const target = person(event);
    if (!target || !page.isValid) return;
    if (guard) {
      guard.onActivate(event, target);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    load().then(
      (loaded) => loaded.decideHeld(target),
      () => (target as HTMLElement).click(),
    );
  };
  page.addEventListener(document, 'click', activate, { capture: true });
  page.addEventListener(
    document,
    'keydown',
    (event) => {
      // Enter or Space on a focused div[role=button] activates it without a click event.
      if ((event.key === 'Enter' || event.key === ' ') && !event.isComposing) {
        const target = person(event);
        if (target && !target.closest('button, a[href]')) activate(event);
      }
    },
    { capture: true },
  );

  const lookForRequests = (): void => {
    const requests = adapter.contactRequests?.() ?? [];
    if (requests.length === 0 && !guard) return;
    void load()
      .then((loaded) => loaded.showRequestNotes(requests))
      .catch(() => undefined);
  };
  page.setInterval(lookForRequests, REQUESTS_EVERY_MS);
  page.setTimeout(lookForRequests, 300);
}
