import { WEEKDAYS, type LessonTime } from './settings';

/** Date.getDay() counts from Sunday; the settings list weekdays from Monday. */
const DAY_BY_INDEX = [WEEKDAYS[6], ...WEEKDAYS.slice(0, 6)];

function hhmm(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The lesson running at `now` (local time), if any: start inclusive, end exclusive. */
export function currentLesson(lessons: readonly LessonTime[], now: Date): LessonTime | undefined {
  const day = DAY_BY_INDEX[now.getDay()];
  const time = hhmm(now);
  return lessons.find((lesson) => lesson.weekday === day && lesson.start <= time && time < lesson.end);
}
