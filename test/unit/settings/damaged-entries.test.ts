import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../src/settings/check';
import { explainProblem, readYesNo, repairsFor } from '../../../src/settings/repair';
import { resolveSettings, withDamagedEntries } from '../../../src/settings/resolve';
import { SETTINGS_FIELDS } from '../../../src/settings/settings';

const PUPIL = SETTINGS_FIELDS.pupils.item;
const florence = { firstName: 'Florence', lastName: 'Achterberg' };

describe('each entry is checked on its own', () => {
  it('sets a bad pupil aside as stored, with its problems, and keeps the others', () => {
    const { values, damaged } = checkSettings({
      pupils: [
        { firstName: 'Amelia', lastName: 'Hart' },
        { ...florence, noPublish: 'true', shoeSize: 3 },
      ],
    });
    expect(values.pupils).toEqual([{ firstName: 'Amelia', lastName: 'Hart' }]);
    expect(damaged).toEqual([
      {
        path: 'pupils[1]',
        setting: 'pupils',
        index: 1,
        // As stored, without the field Post Guard does not know.
        value: { ...florence, noPublish: 'true' },
        errors: [{ path: 'pupils[1].noPublish', message: 'must be true or false, not a string' }],
      },
    ]);
  });

  it('checks the entries of every list alike: accounts, contacts, classes, lesson times', () => {
    const { values, damaged } = checkSettings({
      officialAccounts: [{ platform: 'X', handle: '@Oakfield' }],
      contacts: [
        { role: 'dsl', name: 'Priya Shah', email: 'priya at school' },
        { role: 'dsl', name: 'Ruth' },
      ],
      classNames: ['Oak', 7],
      lessonTimes: [{ weekday: 'monday', start: '9:05', end: '10:00' }],
    });
    expect(values.officialAccounts).toEqual([]);
    expect(values.contacts).toEqual([{ role: 'dsl', name: 'Ruth' }]);
    expect(values.classNames).toEqual(['Oak']);
    expect(damaged.map((entry) => entry.path)).toEqual([
      'officialAccounts[0]',
      'contacts[0]',
      'classNames[1]',
      'lessonTimes[0]',
    ]);
  });

  it('sets a whole setting of the wrong kind aside as stored', () => {
    const { damaged } = checkSettings({ pupils: 'Amelia Hart', schoolName: 42 });
    expect(damaged).toEqual([
      {
        path: 'pupils',
        setting: 'pupils',
        value: 'Amelia Hart',
        errors: [expect.objectContaining({ path: 'pupils' })],
      },
      {
        path: 'schoolName',
        setting: 'schoolName',
        value: 42,
        errors: [expect.objectContaining({ path: 'schoolName' })],
      },
    ]);
  });
});

describe('a never-publish child with a damaged record stays never-publish', () => {
  it.each([['true'], ['yes'], ['Y'], [' TRUE '], [1], ['1'], ['✓']])(
    'noPublish %j counts as never-publish',
    (mark) => {
      const state = resolveSettings({ pupils: [{ ...florence, noPublish: mark }] }, {});
      expect(state.settings.pupils).toEqual([{ ...florence, noPublish: true }]);
      // The options page shows the entry as stored, not mended, until someone fixes it.
      expect(state.local.pupils).toEqual([]);
      expect(state.localDamaged[0]?.value).toEqual({ ...florence, noPublish: mark });
    },
  );

  it.each([['false'], ['no'], [0], [null]])('noPublish %j counts as an ordinary pupil', (mark) => {
    const state = resolveSettings({ pupils: [{ ...florence, noPublish: mark }] }, {});
    expect(state.settings.pupils).toEqual([{ ...florence, noPublish: false }]);
  });

  it.each([['maybe'], [{}], [['yes']], [2]])('an unreadable noPublish %j is taken the safe way', (mark) => {
    const state = resolveSettings({ pupils: [{ ...florence, noPublish: mark }] }, {});
    expect(state.settings.pupils).toEqual([{ ...florence, noPublish: true }]);
    const [safe, other] = repairsFor(PUPIL, { ...florence, noPublish: mark });
    expect(safe).toMatchObject({ value: { ...florence, noPublish: true }, guessed: true });
    expect(other).toMatchObject({ value: { ...florence, noPublish: false }, guessed: true });
  });

  it('mends a damaged mark in the admin’s list too', () => {
    const state = resolveSettings({}, { pupils: [{ ...florence, noPublish: 'yes' }] });
    expect(state.settings.pupils).toEqual([{ ...florence, noPublish: true }]);
    expect(state.managedKeys).toEqual(['pupils']);
    expect(state.managedErrors).toHaveLength(1);
  });

  it('a pupil whose name cannot be read is kept and reported, not guessed', () => {
    const state = resolveSettings({ pupils: [{ lastName: 'Achterberg', noPublish: true }] }, {});
    expect(state.settings.pupils).toEqual([]);
    expect(state.localDamaged).toHaveLength(1);
    expect(repairsFor(PUPIL, state.localDamaged[0]!.value)).toEqual([]);
  });
});

describe('repairs and explanations', () => {
  it('reads yes and no the way people and spreadsheets write them', () => {
    expect(['true', 'Yes', 'y', 1, true].map(readYesNo)).toEqual([true, true, true, true, true]);
    expect(['false', 'No', 'n', 0, false, null, ''].map(readYesNo)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['maybe', 2, {}].map(readYesNo)).toEqual([undefined, undefined, undefined]);
  });

  it('mends case, spacing and times, and says what it changes', () => {
    const [account] = repairsFor(SETTINGS_FIELDS.officialAccounts.item, {
      platform: ' Facebook',
      handle: 'Oakfield PTA',
    });
    expect(account?.value).toEqual({ platform: 'facebook', handle: 'Oakfield PTA' });
    const [lesson] = repairsFor(SETTINGS_FIELDS.lessonTimes.item, {
      weekday: 'Monday',
      start: '9.05',
      end: '10:00',
    });
    expect(lesson?.value).toEqual({ weekday: 'monday', start: '09:05', end: '10:00' });
    expect(lesson?.changes).toEqual([
      { field: 'Day', to: '“monday”' },
      { field: 'Starts', to: '“09:05”' },
    ]);
  });

  it('leaves out an optional field it cannot mend', () => {
    const [contact] = repairsFor(SETTINGS_FIELDS.contacts.item, {
      role: 'dsl',
      name: 'Priya',
      email: 'priya at school',
    });
    expect(contact).toEqual({
      value: { role: 'dsl', name: 'Priya' },
      changes: [{ field: 'Email', to: undefined }],
      guessed: false,
    });
  });

  it('offers no repair where the meaning is unclear', () => {
    expect(
      repairsFor(SETTINGS_FIELDS.lessonTimes.item, { weekday: 'monday', start: '14:00', end: '13:00' }),
    ).toEqual([]);
    expect(repairsFor(SETTINGS_FIELDS.officialAccounts.item, { platform: 'tiktok', handle: '@a' })).toEqual(
      [],
    );
  });

  it('explains each problem in words, with what the value reads as', () => {
    const entry = { path: 'pupils[1]', value: { ...florence, noPublish: 'true' } };
    expect(
      explainProblem(PUPIL, entry, {
        path: 'pupils[1].noPublish',
        message: 'must be true or false, not a string',
      }),
    ).toBe('Never publish should be yes or no; it reads as the text “true”.');
    expect(
      explainProblem(
        PUPIL,
        { path: 'pupils[0]', value: { lastName: 'X' } },
        { path: 'pupils[0].firstName', message: 'is missing' },
      ),
    ).toBe('First name is missing.');
    const lesson = { path: 'lessonTimes[0]', value: { weekday: 'fri', start: '14:00', end: '13:00' } };
    expect(
      explainProblem(SETTINGS_FIELDS.lessonTimes.item, lesson, {
        path: 'lessonTimes[0]',
        message: 'must end after it starts',
      }),
    ).toBe('It must end after it starts.');
    expect(
      explainProblem(SETTINGS_FIELDS.lessonTimes.item, lesson, {
        path: 'lessonTimes[0].weekday',
        message: 'x',
      }),
    ).toContain('Day should be one of “monday”');
  });
});

describe('unknown fields are left out, not a reason to refuse', () => {
  it('keeps a pupil with a field Post Guard does not know, without it, and reports it', () => {
    const state = resolveSettings(
      { pupils: [{ ...florence, noPublish: true, favouriteColour: 'green' }] },
      {},
    );
    expect(state.local.pupils).toEqual([{ ...florence, noPublish: true }]);
    expect(state.settings.pupils).toEqual([{ ...florence, noPublish: true }]);
    expect(state.localDamaged).toEqual([]);
    expect(state.localErrors).toEqual([
      { path: 'pupils[0].favouriteColour', message: 'is not a field Post Guard knows; it was left out' },
    ]);
  });
});

describe('saving keeps damaged entries', () => {
  it('writes kept entries back as stored: at the end of their list, or in place of a whole setting', () => {
    const state = resolveSettings(
      {
        pupils: [
          { firstName: 'Amelia', lastName: 'Hart' },
          { ...florence, noPublish: 'true' },
        ],
        classNames: 'Oak',
      },
      {},
    );
    const stored = withDamagedEntries({ ...state.local, schoolName: 'Oakfield Primary' }, state.localDamaged);
    expect(stored.pupils).toEqual([
      { firstName: 'Amelia', lastName: 'Hart' },
      { ...florence, noPublish: 'true' },
    ]);
    expect(stored.classNames).toBe('Oak');
    expect(stored.schoolName).toBe('Oakfield Primary');
    // Read again, the entry is still there, still damaged, still never-publish.
    const again = resolveSettings(stored, {});
    expect(again.localDamaged.map((entry) => entry.path)).toEqual(['pupils[1]', 'classNames']);
    expect(again.settings.pupils).toContainEqual({ ...florence, noPublish: true });
  });
});

describe('term dates and closed days', () => {
  it('keeps good terms, mends a date written the British way, and holds back an impossible one', () => {
    const state = resolveSettings(
      {
        termDates: [
          { name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
          { name: 'Autumn 2', start: '02/11/2026', end: '18.12.2026' },
          { name: 'Spring 1', start: '2027-02-30', end: '2027-02-12' },
          { name: 'Backwards', start: '2027-04-20', end: '2027-04-01' },
        ],
        closedDays: [{ date: '2026-11-30', reason: 'INSET day' }],
      },
      {},
    );
    expect(state.settings.termDates).toEqual([
      { name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
      { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
    ]);
    expect(state.localDamaged.map((entry) => entry.path)).toEqual([
      'termDates[1]',
      'termDates[2]',
      'termDates[3]',
    ]);
    expect(state.settings.closedDays).toEqual([{ date: '2026-11-30', reason: 'INSET day' }]);
  });
});
