import { lessonNow, lessonReminderKey } from '../settings/lesson-times';
import type { Settings } from '../settings/settings';

/** What the reminder needs from the browser: kept apart so that it can be tested without one. */
export interface ReminderHost {
  readSettings(): Promise<Settings>;
  readLastReminded(): Promise<unknown>;
  writeLastReminded(key: string): Promise<void>;
  notify(title: string, message: string): Promise<void>;
}

/**
 * When a covered site is opened during a lesson (the school's lesson times, within its terms, not on an INSET
 * day): one quiet reminder per lesson, in the policy's words, as a system notification, which the site's own
 * scripts cannot see. Staff may be using the site for a curriculum activity: the reminder asks, it does not block.
 */
export async function remindOfLessonTime(host: ReminderHost, now = new Date()): Promise<boolean> {
  const settings = await host.readSettings();
  const key = lessonReminderKey(settings, now);
  if (!key || (await host.readLastReminded()) === key) return false;
  await host.writeLastReminded(key);
  const lesson = lessonNow(settings, now)!;
  // The policy's line in short: the quotes module is shared with the content scripts' chunks, which a service
  // worker may not import (vite.config.ts checks it).
  await host.notify(
    'Is this part of a curriculum activity?',
    `It is lesson time (${lesson.start}–${lesson.end}). Your school’s policy keeps social media out of lessons unless it is part of a curriculum activity.`,
  );
  return true;
}
