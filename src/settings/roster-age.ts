/**
 * Whether the pupil roster is current (issue 17, item 6). A roster is exported from the school's MIS and goes
 * out of date as children join and leave: a new school year (from 1 September) brings a new intake and a leaving
 * Year 6, and any roster over 120 days old has missed a term's changes. Post Guard then asks for a fresh export.
 * Dates are calendar days in the device's own time zone, written "YYYY-MM-DD" (ISO 8601). Pure.
 */
import { DAY_MS, dayNumber, isoDay } from './school-calendar';

export { isIsoDay, isoDay } from './school-calendar';

/** After this many days a roster asks for a fresh export, whatever the time of year (about a school term and a half). */
export const ROSTER_MAX_AGE_DAYS = 120;
/** The school year starts on this day: 1 September (month 9). */
const SCHOOL_YEAR_MONTH = 9;

export type RosterFreshness =
  /** No roster: nothing to say. */
  | { state: 'none' }
  /** A roster with no import date (imported before Post Guard kept one): ask for a fresh export. */
  | { state: 'unknown' }
  | { state: 'fresh'; importedOn: string; days: number }
  /** 'school-year': imported before this school year's 1 September; 'age': over ROSTER_MAX_AGE_DAYS old. */
  | { state: 'stale'; importedOn: string; days: number; reason: 'school-year' | 'age' };

/** The 1 September that began the school year `today` is in: this year's from 1 September on, else last year's. */
export function schoolYearStart(today: Date): string {
  const year = today.getMonth() + 1 >= SCHOOL_YEAR_MONTH ? today.getFullYear() : today.getFullYear() - 1;
  return `${year}-09-01`;
}

/** How current a roster of `pupils` pupils imported on `importedOn` ("" when not known) is on `today`. */
export function rosterFreshness(pupils: number, importedOn: string, today: Date): RosterFreshness {
  if (pupils === 0) return { state: 'none' };
  const imported = dayNumber(importedOn);
  if (imported === undefined) return { state: 'unknown' };
  const now = dayNumber(isoDay(today))!;
  const days = Math.max(0, now - imported);
  if (imported < dayNumber(schoolYearStart(today))!) {
    return { state: 'stale', importedOn, days, reason: 'school-year' };
  }
  if (days > ROSTER_MAX_AGE_DAYS) return { state: 'stale', importedOn, days, reason: 'age' };
  return { state: 'fresh', importedOn, days };
}

/** "7 December 2026", for a "YYYY-MM-DD" day. */
export function longDate(iso: string): string {
  const day = dayNumber(iso);
  if (day === undefined) return iso;
  return new Date(day * DAY_MS).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The sentence staff read about the roster's age, and whether it asks for a fresh export. */
export function rosterAgeSentence(
  freshness: RosterFreshness,
): { text: string; askForExport: boolean } | undefined {
  switch (freshness.state) {
    case 'none':
      return undefined;
    case 'unknown':
      return {
        text: 'Post Guard does not know when the pupil list was imported. Import a fresh export from the school’s MIS so that new pupils are checked and leavers removed.',
        askForExport: true,
      };
    case 'fresh':
      return { text: `Pupil list imported on ${longDate(freshness.importedOn)}.`, askForExport: false };
    case 'stale':
      return {
        text:
          freshness.reason === 'school-year'
            ? `The pupil list was imported on ${longDate(freshness.importedOn)}, before this school year began. Import a fresh export from the school’s MIS so that new pupils are checked and leavers removed.`
            : `The pupil list was imported on ${longDate(freshness.importedOn)}, ${freshness.days} days ago. Import a fresh export from the school’s MIS so that pupils who joined since are checked.`,
        askForExport: true,
      };
  }
}

/** Who a new roster adds and who it leaves out, matched on first and last name. */
export interface RosterChanges<P> {
  leavers: P[];
  joiners: P[];
  staying: number;
}

/** The pupils of `current` missing from `incoming` (leavers) and of `incoming` missing from `current` (joiners). */
export function rosterChanges<P extends { firstName: string; lastName: string }>(
  current: readonly P[],
  incoming: readonly P[],
  key: (pupil: P) => string,
): RosterChanges<P> {
  const before = new Set(current.map(key));
  const after = new Set(incoming.map(key));
  return {
    leavers: current.filter((pupil) => !after.has(key(pupil))),
    joiners: incoming.filter((pupil) => !before.has(key(pupil))),
    staying: incoming.filter((pupil) => before.has(key(pupil))).length,
  };
}
