import type { Finding } from '../../engine/types';
import type { LessonNow } from './LessonTimeNote';

/** What Post Guard is doing for one composer. */
export type ComposerStatus =
  { kind: 'watching' } | { kind: 'checked'; findings: readonly Finding[] } | { kind: 'off'; reason: string };

/** The shield of the extension icon, drawn small. */
function ShieldIcon() {
  return (
    <svg viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <path d="M64 6 L114 24 V60 C114 92 92 112 64 122 C36 112 14 92 14 60 V24 Z" fill="#11788a" />
      <path
        d="M43 64 L57 78 L85 50"
        fill="none"
        stroke="#ffffff"
        stroke-width="14"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** Lesson time: a small clock beside the shield. */
function ClockIcon() {
  return (
    <svg class="lesson-clock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path
        d="M8 4.2 V8 L10.6 9.6"
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
        stroke-linecap="round"
      />
    </svg>
  );
}

function countToReview(status: ComposerStatus): number {
  return status.kind === 'checked'
    ? status.findings.filter((finding) => finding.severity !== 'info').length
    : 0;
}

/** The sentence a screen reader hears, and the tooltip: what the badge means in full. */
export function describeStatus(status: ComposerStatus, lesson?: LessonNow): string {
  const during = lesson
    ? ` It is lesson time (${lesson.start}–${lesson.end}): the school’s policy keeps social media out of lessons unless it is part of a curriculum activity.`
    : '';
  return describeChecks(status) + during;
}

function describeChecks(status: ComposerStatus): string {
  switch (status.kind) {
    case 'watching':
      return 'Post Guard is on: it checks this box against your school’s social media policy as you write.';
    case 'checked': {
      const count = countToReview(status);
      if (count === 0) return 'Post Guard: nothing in this post goes against your school’s policy.';
      return `Post Guard: ${count} ${count === 1 ? 'thing' : 'things'} to check before you post. Alt+Shift+P shows them.`;
    }
    case 'off':
      return `Post Guard is not checking this box: ${status.reason}`;
  }
}

function badgeState(status: ComposerStatus): 'ok' | 'findings' | 'critical' | 'off' {
  if (status.kind === 'off') return 'off';
  if (status.kind === 'watching') return 'ok';
  if (status.findings.some((finding) => finding.severity === 'critical')) return 'critical';
  return countToReview(status) > 0 ? 'findings' : 'ok';
}

/**
 * A small pill by the composer: Post Guard is here, and how many things it found. The visible parts are
 * hidden from assistive technology; the live region reads the full sentence instead.
 */
export function StatusBadge({
  status,
  panelId,
  expanded,
  onToggle,
  lesson,
}: {
  status: ComposerStatus;
  panelId: string;
  expanded: boolean;
  onToggle(): void;
  /** The lesson running now: the badge shows a clock and says so. */
  lesson?: LessonNow;
}) {
  const state = badgeState(status);
  const description = describeStatus(status, lesson);
  const count = countToReview(status);
  return (
    <button
      type="button"
      class="badge"
      data-state={state}
      title={description}
      aria-expanded={status.kind === 'checked' ? expanded : undefined}
      aria-controls={status.kind === 'checked' ? panelId : undefined}
      aria-label={status.kind === 'checked' ? 'Post Guard: show what it found' : 'Post Guard'}
      onClick={status.kind === 'checked' ? onToggle : undefined}
    >
      <ShieldIcon />
      {lesson && <ClockIcon />}
      <span class="label" aria-hidden="true">
        {state === 'off' ? 'Checks off' : 'Post Guard'}
      </span>
      {count > 0 ? (
        <span class="count" aria-hidden="true">
          {count}
        </span>
      ) : (
        <span class="dot" aria-hidden="true" />
      )}
      <span class="visually-hidden" role="status" aria-live="polite">
        {description}
      </span>
    </button>
  );
}
