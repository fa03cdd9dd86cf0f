import { useEffect, useRef } from 'preact/hooks';
import type { ContactPerson } from '../../engine/names/contact-match';
import type { ContactKind } from '../../sites/types';
import { keepFocusInside } from '../composer/dialog-focus';
import { PolicyQuote, type QuoteLookup } from '../composer/PolicyQuote';

export interface ContactReminderProps {
  kind: ContactKind;
  /** The name the page shows. */
  shownName: string;
  /** Who on the school's lists has that name. */
  people: readonly ContactPerson[];
  quotes?: QuoteLookup;
  onCancel(): void;
  onContinue(): void;
}

const ACTION: Record<ContactKind, { title: string; verb: string; button: string }> = {
  'add-friend': { title: 'Before you add a friend', verb: 'add them as a friend', button: 'Add friend' },
  follow: { title: 'Before you follow', verb: 'follow them', button: 'Follow' },
  message: { title: 'Before you send a message', verb: 'message them', button: 'Message' },
  confirm: { title: 'Before you accept', verb: 'accept their request', button: 'Confirm' },
};

/** "a pupil", "a parent or carer (Mother of Florence Achterberg)". */
function whoTheyAre(person: ContactPerson): string {
  if (person.kind === 'pupil') return 'a pupil';
  const of = [person.relationship, person.pupil].filter(Boolean);
  const detail =
    person.relationship && person.pupil
      ? `${person.relationship} of ${person.pupil}`
      : person.pupil
        ? `of ${person.pupil}`
        : of[0];
  return `a parent or carer${detail ? ` (${detail})` : ''}`;
}

/**
 * The reminder held before the member of staff friends, follows, messages or accepts someone whose name is on the
 * school's lists. Cancel is focused first and Escape cancels; Continue does what the click would have done, once.
 */
export function ContactReminder({
  kind,
  shownName,
  people,
  quotes,
  onCancel,
  onContinue,
}: ContactReminderProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const action = ACTION[kind];
  const who = [...new Set(people.map(whoTheyAre))];
  return (
    <div class="backdrop">
      <div
        class="dialog"
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="post-guard-contact-title"
        aria-describedby="post-guard-contact-intro"
        onKeyDown={(event) => keepFocusInside(event, dialog.current, onCancel)}
      >
        <h2 id="post-guard-contact-title">{action.title}</h2>
        <p id="post-guard-contact-intro">
          <strong>{shownName}</strong> has the same name as {who.join(', or ')} on your school’s list. If this
          is them, the policy says you must not {action.verb}.
        </p>
        <ul>
          <li>
            <p>It may be someone else with the same name: only you can tell.</p>
            <PolicyQuote clause="no-contact-pupils-parents" quotes={quotes} />
          </li>
        </ul>
        <div class="buttons">
          <button type="button" class="primary" ref={cancel} onClick={onCancel}>
            Cancel
          </button>
          <button type="button" class="secondary" onClick={onContinue}>
            Continue
          </button>
        </div>
      </div>
    </div>
  );
}
