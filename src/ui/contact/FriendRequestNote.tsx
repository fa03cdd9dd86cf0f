import type { ContactPerson } from '../../engine/names/contact-match';

export interface FriendRequestNoteProps {
  shownName: string;
  people: readonly ContactPerson[];
  /** Where the request is on the screen (viewport coordinates). */
  top: number;
  left: number;
  onReport(): void;
  /** Hides the note on this page (it comes back on the next visit). */
  onHide(): void;
}

/**
 * A quiet note beside a friend or follower request from someone with a pupil's or a parent's name (policy: such
 * attempts "should be reported to the headteacher"). It takes no action itself: the report form is opened only
 * when the member of staff asks.
 */
export function FriendRequestNote({
  shownName,
  people,
  top,
  left,
  onReport,
  onHide,
}: FriendRequestNoteProps) {
  const pupil = people.some((person) => person.kind === 'pupil');
  return (
    <div
      class="contact-note"
      role="note"
      aria-label="Post Guard"
      style={{ top: `${top}px`, left: `${left}px` }}
    >
      <p>
        <strong>{shownName}</strong> has the same name as {pupil ? 'a pupil' : 'a parent or carer'} on your
        school’s list. If it is them, the policy says to report the request to the headteacher.
      </p>
      <div class="note-buttons">
        <button type="button" onClick={onReport}>
          Report to the headteacher
        </button>
        <button type="button" class="quiet" aria-label={`Hide this note about ${shownName}`} onClick={onHide}>
          Hide
        </button>
      </div>
    </div>
  );
}
