import { describe, expect, it } from 'vitest';
import { currentLesson, lessonNow, localDay } from '../../../src/settings/lesson-times';
import type { LessonTime } from '../../../src/settings/settings';

const lessons: LessonTime[] = [
  { weekday: 'monday', start: '09:00', end: '12:00' },
  { weekday: 'sunday', start: '10:00', end: '11:00' },
];

describe('currentLesson', () => {
  it('finds the lesson running now, start inclusive and end exclusive', () => {
    // 24 November 2026 is a Tuesday; 23 November a Monday; 29 November a Sunday.
    expect(currentLesson(lessons, new Date(2026, 10, 23, 9, 0))).toEqual(lessons[0]);
    expect(currentLesson(lessons, new Date(2026, 10, 23, 11, 59))).toEqual(lessons[0]);
    expect(currentLesson(lessons, new Date(2026, 10, 23, 12, 0))).toBeUndefined();
    expect(currentLesson(lessons, new Date(2026, 10, 24, 10, 0))).toBeUndefined();
    expect(currentLesson(lessons, new Date(2026, 10, 29, 10, 30))).toEqual(lessons[1]);
  });
});

describe('lessonNow: lesson times within the school’s calendar', () => {
  const monday = { weekday: 'monday', start: '09:00', end: '12:00' } as const;
  const calendar = {
    lessonTimes: [monday],
    termDates: [
      { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
      { start: '2027-01-05', end: '2027-02-12' },
    ],
    closedDays: [{ date: '2026-11-30', reason: 'INSET day' }],
  };

  it('is lesson time on a school day in term', () => {
    expect(lessonNow(calendar, new Date(2026, 10, 23, 10, 0))).toEqual(monday);
    // The first and last days of a term are school days.
    expect(lessonNow(calendar, new Date(2027, 0, 11, 9, 0))).toEqual(monday);
  });

  it('is never lesson time in the holidays', () => {
    // Monday 21 December 2026 and Monday 28 December 2026: Christmas holidays.
    expect(lessonNow(calendar, new Date(2026, 11, 21, 10, 0))).toBeUndefined();
    expect(lessonNow(calendar, new Date(2026, 11, 28, 10, 0))).toBeUndefined();
  });

  it('is never lesson time on an INSET day', () => {
    expect(lessonNow(calendar, new Date(2026, 10, 30, 10, 0))).toBeUndefined();
  });

  it('counts every week when the school has set no terms', () => {
    expect(lessonNow({ ...calendar, termDates: [] }, new Date(2026, 11, 21, 10, 0))).toEqual(monday);
  });

  it('writes the day in local time, as the settings do', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
