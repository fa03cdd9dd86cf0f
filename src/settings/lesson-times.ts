import type { ClosedDay, LessonTime, Term } from './settings';

/**
 * The settings' weekday names in Date.getDay()'s order, from Sunday. Written out rather than taken from settings.ts:
 * this module is shared by the content scripts and the service worker, and importing no other module keeps it a
 * chunk the service worker may load (vite.config.ts checks that).
 */
const DAY_BY_INDEX: readonly LessonTime['weekday'][] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

const pad = (value: number) => String(value).padStart(2, '0');

function hhmm(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The local calendar day of `date` as "YYYY-MM-DD", the form the settings keep dates in. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The lesson running at `now` (local time), if any: start inclusive, end exclusive. */
export function currentLesson(lessons: readonly LessonTime[], now: Date): LessonTime | undefined {
  const day = DAY_BY_INDEX[now.getDay()];
  const time = hhmm(now);
  return lessons.find((lesson) => lesson.weekday === day && lesson.start <= time && time < lesson.end);
}

/** The school's calendar, as the settings hold it. */
export interface SchoolCalendar {
  lessonTimes: readonly LessonTime[];
  termDates: readonly Term[];
  closedDays: readonly ClosedDay[];
}

/**
 * The lesson running at `now` by the school's calendar: a lesson time on a day in term (any day, when the school
 * has set no terms) that is not an INSET day or other closure.
 */
export function lessonNow(calendar: SchoolCalendar, now: Date): LessonTime | undefined {
  const day = localDay(now);
  if (
    calendar.termDates.length > 0 &&
    !calendar.termDates.some((term) => term.start <= day && day <= term.end)
  )
    return undefined;
  if (calendar.closedDays.some((closed) => closed.date === day)) return undefined;
  return currentLesson(calendar.lessonTimes, now);
}

/**
 * Which lesson a reminder would be for ("2026-11-23 monday 09:00"), or undefined when no reminder is due: not lesson
 * time, or the school switched the reminder off. One reminder per lesson: the caller remembers the last key.
 */
export function lessonReminderKey(
  settings: SchoolCalendar & { lessonReminder: boolean },
  now: Date,
): string | undefined {
  if (!settings.lessonReminder) return undefined;
  const lesson = lessonNow(settings, now);
  return lesson && `${localDay(now)} ${lesson.weekday} ${lesson.start}`;
}
