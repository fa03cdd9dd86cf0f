import { render } from 'preact';
import {
  compileContactMatcher,
  type ContactMatcher,
  type ContactPerson,
} from '../engine/names/contact-match';
import { onSettingsChanged, readSettings, sendExtensionMessage } from '../platform/browser';
import { clauseQuotes } from '../policy/clause-quotes';
import { isSiteChecked, type Settings } from '../settings/settings';
import type { ContactAction, ContactRequest, SiteAdapter } from '../sites/types';
import { SITE_NAMES } from '../sites/site-for-url';
import { ContactReminder } from '../ui/contact/ContactReminder';
import { FriendRequestNote } from '../ui/contact/FriendRequestNote';
import { getOverlay } from './overlay';
import type { PageContext } from './page-context';
import { onPauseChanged, pausedUntil } from '../platform/tab-status';

/** What ./contact-watch.ts hands over once this chunk and the school's lists have loaded. */
export interface ContactGuard {
  /** A person's click (or key) on a button that may reach someone: held, with the reminder, when it does. */
  onActivate(event: Event, target: Element): void;
  /** A click held while this loaded: the reminder when it reaches someone on the lists, else it goes on now. */
  decideHeld(target: Element): void;
  /** Draws a note beside each listed request from someone on the lists; removes the others. */
  showRequestNotes(requests: readonly ContactRequest[]): void;
}

const NOTE_WIDTH = 260;

function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * The reminder before friending, following, messaging or accepting someone whose shown name is a pupil's or a
 * parent's or carer's (policy: "Members of staff must not 'friend' or otherwise contact pupils or parents/carers
 * through social media"), and the note beside such a person's request. Only the name the page shows is read;
 * nothing is stored or sent. The held click goes on, once, with "Continue": the same element is clicked again by
 * Post Guard (an untrusted click, which the capture listeners let through and the site's handlers act on).
 */
export async function startContactGuard(adapter: SiteAdapter, page: PageContext): Promise<ContactGuard> {
  const compile = (settings: Settings): ContactMatcher =>
    compileContactMatcher(settings.pupils, settings.parents ?? []);
  let settings = await readSettings();
  let matcher = compile(settings);
  page.defer(
    onSettingsChanged((state) => {
      settings = state.settings;
      matcher = compile(settings);
    }),
  );
  let pauseEnds: number | undefined;
  const readPause = async (): Promise<void> => {
    pauseEnds = await pausedUntil(adapter.platform).catch(() => undefined);
  };
  await readPause();
  page.defer(onPauseChanged(() => void readPause()));
  const peopleFor = (name: string): ContactPerson[] => {
    // Switched off on this site by the school, or paused by the member of staff: nothing is held.
    if (!isSiteChecked(settings, adapter.platform)) return [];
    if (settings.allowPause && pauseEnds !== undefined && pauseEnds > Date.now()) return [];
    return matcher(name);
  };

  let reminderOpen = false;
  const remind = (action: ContactAction, people: ContactPerson[], target: Element): void => {
    const layer = document.createElement('div');
    getOverlay().root.append(layer);
    reminderOpen = true;
    // Focus goes back to the button the person pressed (the click may have landed on its label inside).
    const pressed = target.closest('button, [role="button"], a[href], [tabindex]');
    const returnFocus = pressed instanceof HTMLElement ? pressed : undefined;
    const close = (): void => {
      render(null, layer);
      layer.remove();
      reminderOpen = false;
    };
    render(
      <ContactReminder
        kind={action.kind}
        shownName={action.name}
        people={people}
        quotes={clauseQuotes(settings)}
        onCancel={() => {
          close();
          returnFocus?.focus({ preventScroll: true });
        }}
        onContinue={() => {
          close();
          // Exactly what the click would have done, once: the element the person clicked, clicked again.
          if (target.isConnected) (target as HTMLElement).click();
        }}
      />,
      layer,
    );
  };

  const noteLayer = document.createElement('div');
  let notes: { request: ContactRequest; people: ContactPerson[] }[] = [];
  /** Requests whose note the member of staff hid, on this page only. */
  const hidden = new WeakSet<Element>();
  const drawNotes = (): void => {
    if (notes.length === 0) {
      render(null, noteLayer);
      noteLayer.remove();
      return;
    }
    if (!noteLayer.isConnected) getOverlay().root.append(noteLayer);
    render(
      <>
        {notes.map(({ request, people }, index) => {
          const box = request.element.getBoundingClientRect();
          const besideRight = box.right + 8 + NOTE_WIDTH <= window.innerWidth;
          return (
            <FriendRequestNote
              key={`${index}:${request.name}`}
              shownName={request.name}
              people={people}
              top={besideRight ? box.top : box.bottom + 4}
              left={besideRight ? box.right + 8 : Math.max(8, box.left)}
              onHide={() => {
                hidden.add(request.element);
                notes = notes.filter((note) => note.request !== request);
                drawNotes();
              }}
              onReport={() =>
                void sendExtensionMessage({
                  type: 'open-report',
                  kind: 'friend-request',
                  name: request.name,
                  site: SITE_NAMES[adapter.platform],
                  url: window.location.href,
                }).catch((error: unknown) =>
                  console.error('Post Guard could not open the report form', error),
                )
              }
            />
          );
        })}
      </>,
      noteLayer,
    );
  };
  page.addEventListener(window, 'scroll', () => drawNotes(), { capture: true, passive: true });
  page.addEventListener(window, 'resize', () => drawNotes(), { passive: true });
  page.defer(() => {
    render(null, noteLayer);
    noteLayer.remove();
  });

  return {
    onActivate(event, target) {
      if (reminderOpen) {
        hold(event);
        return;
      }
      const action = adapter.contactActionForClick?.(target);
      const people = action ? peopleFor(action.name) : [];
      if (!action || people.length === 0) return;
      hold(event);
      remind(action, people, target);
    },
    decideHeld(target) {
      const action = adapter.contactActionForClick?.(target);
      const people = action ? peopleFor(action.name) : [];
      if (action && people.length > 0 && !reminderOpen) remind(action, people, target);
      else if (target.isConnected) (target as HTMLElement).click();
    },
    showRequestNotes(requests) {
      notes = requests.flatMap((request) => {
        if (hidden.has(request.element)) return [];
        const people = peopleFor(request.name);
        return people.length > 0 ? [{ request, people }] : [];
      });
      drawNotes();
    },
  };
}
