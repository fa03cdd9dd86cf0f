import { describe, expect, it } from 'vitest';
import {
  ROSTER_MAX_AGE_DAYS,
  isIsoDay,
  isoDay,
  longDate,
  rosterAgeSentence,
  rosterChanges,
  rosterFreshness,
  schoolYearStart,
} from '../../../src/settings/roster-age';

/** A local date at noon, so that no time zone moves it to another day. */
const on = (iso: string): Date => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 12);
};

describe('the school year starts on 1 September', () => {
  it.each([
    ['2026-08-31', '2025-09-01'],
    ['2026-09-01', '2026-09-01'],
    ['2026-12-07', '2026-09-01'],
    ['2027-01-04', '2026-09-01'],
    ['2027-07-20', '2026-09-01'],
  ])('on %s it began on %s', (today, start) => {
    expect(schoolYearStart(on(today))).toBe(start);
  });
});

describe('rosterFreshness', () => {
  it('says nothing without a roster', () => {
    expect(rosterFreshness(0, '', on('2026-12-07'))).toEqual({ state: 'none' });
  });

  it('asks for an export when the import date is not known or not a day', () => {
    expect(rosterFreshness(12, '', on('2026-12-07'))).toEqual({ state: 'unknown' });
    expect(rosterFreshness(12, '2026-02-30', on('2026-12-07'))).toEqual({ state: 'unknown' });
  });

  it('a roster imported this school year and within 120 days is fresh', () => {
    expect(rosterFreshness(12, '2026-09-01', on('2026-12-07'))).toEqual({
      state: 'fresh',
      importedOn: '2026-09-01',
      days: 97,
    });
  });

  it('a roster imported before this school year’s 1 September is stale, however recent', () => {
    expect(rosterFreshness(12, '2026-08-31', on('2026-09-01'))).toEqual({
      state: 'stale',
      importedOn: '2026-08-31',
      days: 1,
      reason: 'school-year',
    });
    // the day before the school year, the same roster is still fresh
    expect(rosterFreshness(12, '2026-08-30', on('2026-08-31')).state).toBe('fresh');
    // imported in July, looked at in the autumn term
    expect(rosterFreshness(12, '2026-07-15', on('2026-10-01'))).toMatchObject({ reason: 'school-year' });
  });

  it(`a roster over ${ROSTER_MAX_AGE_DAYS} days old is stale within the school year`, () => {
    expect(rosterFreshness(12, '2026-09-02', on('2026-12-31')).state).toBe('fresh'); // 120 days
    expect(rosterFreshness(12, '2026-09-02', on('2027-01-01'))).toEqual({
      state: 'stale',
      importedOn: '2026-09-02',
      days: 121,
      reason: 'age',
    });
  });

  it('a date in the future (a wrong clock) is not stale', () => {
    expect(rosterFreshness(3, '2027-01-10', on('2026-12-07'))).toMatchObject({ state: 'fresh', days: 0 });
  });
});

describe('dates', () => {
  it('writes today as YYYY-MM-DD on this device', () => {
    expect(isoDay(on('2026-03-05'))).toBe('2026-03-05');
  });
  it('knows a real day', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('7/12/2026')).toBe(false);
  });
  it('reads a day out in full', () => {
    expect(longDate('2026-12-07')).toBe('7 December 2026');
  });
});

describe('the sentence staff read', () => {
  it('asks for a fresh export only when stale or unknown', () => {
    expect(rosterAgeSentence({ state: 'none' })).toBeUndefined();
    expect(rosterAgeSentence({ state: 'fresh', importedOn: '2026-09-03', days: 10 })).toEqual({
      text: 'Pupil list imported on 3 September 2026.',
      askForExport: false,
    });
    const stale = rosterAgeSentence({
      state: 'stale',
      importedOn: '2026-07-15',
      days: 80,
      reason: 'school-year',
    })!;
    expect(stale.askForExport).toBe(true);
    expect(stale.text).toContain('before this school year began');
    expect(rosterAgeSentence({ state: 'unknown' })!.askForExport).toBe(true);
  });
});

describe('rosterChanges', () => {
  const key = (pupil: { firstName: string; lastName: string }) => `${pupil.firstName} ${pupil.lastName}`;
  it('lists who leaves and who joins, and counts who stays', () => {
    const before = [
      { firstName: 'Amelia', lastName: 'Hart' },
      { firstName: 'Ruby', lastName: 'Patel' },
      { firstName: 'Jack', lastName: 'Thompson' },
    ];
    const after = [
      { firstName: 'Ruby', lastName: 'Patel' },
      { firstName: 'Jack', lastName: 'Thompson' },
      { firstName: 'Noah', lastName: 'Osei' },
    ];
    expect(rosterChanges(before, after, key)).toEqual({
      leavers: [{ firstName: 'Amelia', lastName: 'Hart' }],
      joiners: [{ firstName: 'Noah', lastName: 'Osei' }],
      staying: 2,
    });
  });
});
