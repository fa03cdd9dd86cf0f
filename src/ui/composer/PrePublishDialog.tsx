import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../engine/types';
import { PolicyQuote, type QuoteLookup } from './PolicyQuote';
import { LessonTimeNote, type LessonNow } from './LessonTimeNote';
import type { Settings } from '../../settings/settings';

/** What the school asks for when a post has a critical finding (a no-publish pupil, say). */
export type CriticalAction = Settings['criticalAction'];

export interface PrePublishDialogProps {
  findings: readonly Finding[];
  criticalAction: CriticalAction;
  onEdit(): void;
  /** `reason` is what the member of staff typed, when the school asks for one. */
  onPostAnyway(reason?: string): void;
  /** The rules' quotes from the school's active policy; the model policy's when not given. */
  quotes?: QuoteLookup;
  /** The lesson running now, if any: the dialog says so, with the policy's line on lesson time. */
  lesson?: LessonNow;
}

const MIN_REASON_LENGTH = 5;

/**
 * "Before you post": one clear chance to reconsider at the moment of publishing. Edit post is focused first and
 * Escape means edit; Post anyway publishes exactly what was written, once. Focus stays inside the dialog.
 */
export function PrePublishDialog({
  findings,
  criticalAction,
  onEdit,
  onPostAnyway,
  quotes,
  lesson,
}: PrePublishDialogProps) {
  const critical = findings.some((finding) => finding.severity === 'critical');
  const action: CriticalAction = critical ? criticalAction : 'confirm';
  const [reason, setReason] = useState('');
  const dialog = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  useEffect(() => editButton.current?.focus(), []);

  const keepFocusInside = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEdit();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>('button:not([disabled]), textarea')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const reasonOk = reason.trim().length >= MIN_REASON_LENGTH;
  return (
    <div class="backdrop">
      <div
        class="dialog"
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="post-guard-dialog-title"
        aria-describedby="post-guard-dialog-intro"
        onKeyDown={keepFocusInside}
      >
        <h2 id="post-guard-dialog-title">Before you post</h2>
        <p id="post-guard-dialog-intro">
          {critical
            ? 'This post has something your school’s policy says must never be published.'
            : `Post Guard found ${findings.length === 1 ? 'one thing' : `${findings.length} things`} to check against your school’s social media policy.`}
        </p>
        {lesson && <LessonTimeNote lesson={lesson} quotes={quotes} />}
        <ul>
          {findings.map((finding) => {
            return (
              <li key={`${finding.rule}:${finding.start}`} data-severity={finding.severity}>
                <p>
                  <strong>{finding.severity === 'critical' ? 'Must not post' : 'Check'}:</strong>{' '}
                  {finding.match ? <mark>{finding.match}</mark> : null} {finding.message}
                </p>
                <PolicyQuote clause={finding.policy} quotes={quotes} />
              </li>
            );
          })}
        </ul>
        {action === 'reason' && (
          <label class="reason">
            To post anyway, say why in a few words (this stays on this computer and is not saved):
            <textarea
              rows={2}
              value={reason}
              onInput={(event) => setReason((event.target as HTMLTextAreaElement).value)}
            />
          </label>
        )}
        {action === 'block' && (
          <p class="blocked">Your school does not allow this to be posted. Edit the post to remove it.</p>
        )}
        <div class="buttons">
          <button type="button" class="primary" ref={editButton} onClick={onEdit}>
            Edit post
          </button>
          {action !== 'block' && (
            <button
              type="button"
              class="secondary"
              disabled={action === 'reason' && !reasonOk}
              onClick={() => onPostAnyway(action === 'reason' ? reason.trim() : undefined)}
            >
              Post anyway
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
