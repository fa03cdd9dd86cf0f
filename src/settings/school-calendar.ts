/**
 * The school's calendar: calendar days as the settings keep them ("YYYY-MM-DD", ISO 8601, in the device's own time
 * zone), terms, days without lessons and lesson times. Pure, and it imports no other module: the service worker
 * (the lesson-time reminder) shares it with the content scripts, and a chunk the service worker loads may import no
 * other chunk (vite.config.ts checks that).
 */
import type { ClosedDay, LessonTime, Term } from './settings';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DAY_MS = 86_400_000;

/** The calendar day of `date` on this device, "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A "YYYY-MM-DD" day as a day number (days since 1970-01-01), or undefined if it is no real day. */
export function dayNumber(iso: string): number | undefined {
  const match = ISO_DAY.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

/** Whether `iso` is a real calendar day written "YYYY-MM-DD". */
export function isIsoDay(iso: string): boolean {
  return dayNumber(iso) !== undefined;
}

/** The settings' weekday names in Date.getDay()'s order, from Sunday (written out: see the top of this file). */
const DAY_BY_INDEX: readonly LessonTime['weekday'][] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

function hhmm(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
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
  const day = isoDay(now);
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
  return lesson && `${isoDay(now)} ${lesson.weekday} ${lesson.start}`;
}
