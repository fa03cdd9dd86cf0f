import { describe, expect, it } from 'vitest';
import { remindOfLessonTime, type ReminderHost } from '../../../src/background/lesson-reminder';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';

const settings: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  lessonTimes: [
    { weekday: 'monday', start: '09:00', end: '10:00' },
    { weekday: 'monday', start: '10:00', end: '11:00' },
  ],
  termDates: [{ start: '2026-11-02', end: '2026-12-18' }],
  closedDays: [{ date: '2026-11-30', reason: 'INSET day' }],
};

function host(values: Settings = settings) {
  let last: unknown;
  const shown: { title: string; message: string }[] = [];
  const reminderHost: ReminderHost = {
    readSettings: async () => values,
    readLastReminded: async () => last,
    writeLastReminded: async (key) => {
      last = key;
    },
    notify: async (title, message) => {
      shown.push({ title, message });
    },
  };
  return { reminderHost, shown };
}

// Monday 23 November 2026, in term.
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes);

describe('remindOfLessonTime', () => {
  it('reminds once per lesson, in the policy’s words, and asks rather than blocks', async () => {
    const { reminderHost, shown } = host();
    expect(await remindOfLessonTime(reminderHost, at(23, 9, 5))).toBe(true);
    expect(await remindOfLessonTime(reminderHost, at(23, 9, 40))).toBe(false);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe('Is this part of a curriculum activity?');
    expect(shown[0]!.message).toContain('It is lesson time (09:00–10:00).');
    expect(shown[0]!.message).toContain('unless it is part of a curriculum activity');
    // The next lesson is another reminder.
    expect(await remindOfLessonTime(reminderHost, at(23, 10, 1))).toBe(true);
    expect(shown[1]!.message).toContain('(10:00–11:00)');
  });

  it('stays quiet at break, in the holidays, on an INSET day, and when the school switched it off', async () => {
    const { reminderHost, shown } = host();
    await remindOfLessonTime(reminderHost, at(23, 11, 30));
    await remindOfLessonTime(reminderHost, new Date(2026, 11, 21, 9, 30));
    await remindOfLessonTime(reminderHost, at(30, 9, 30));
    const off = host({ ...settings, lessonReminder: false });
    await remindOfLessonTime(off.reminderHost, at(23, 9, 30));
    expect([...shown, ...off.shown]).toEqual([]);
  });
});
