import { describe, expect, it } from 'vitest';
import { currentLesson } from '../../../src/settings/lesson-times';
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
