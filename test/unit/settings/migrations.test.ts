import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  SETTINGS_VERSION,
  migrateSettings,
  type Migration,
} from '../../../src/settings/migrations';
import { resolveSettings } from '../../../src/settings/resolve';

const UNVERSIONED = {
  schoolName: 'Oakfield Primary',
  pupils: [{ firstName: 'Amelia', lastName: 'Hart', noPublish: true }],
  classNames: ['Oak Class'],
};

describe('each migration', () => {
  it('0 → 1: a store from before versions keeps every setting as it was', () => {
    const stored = structuredClone(UNVERSIONED);
    expect(MIGRATIONS[0]!(stored)).toEqual(UNVERSIONED);
  });

  it('1 → 2: a store from before the parents and carers list gets an empty one, and keeps one it has', () => {
    expect(MIGRATIONS[1]!(structuredClone(UNVERSIONED))).toEqual({ ...UNVERSIONED, parents: [] });
    const withParents = { ...UNVERSIONED, parents: [{ firstName: 'Dawn', lastName: 'Hart' }] };
    expect(MIGRATIONS[1]!(structuredClone(withParents))).toEqual(withParents);
  });

  it('2 → 3: a stored roster gets an import date of "not known"; a date already there is kept', () => {
    expect(MIGRATIONS[2]!(structuredClone(UNVERSIONED))).toEqual({ ...UNVERSIONED, rosterImportedOn: '' });
    const dated = { ...UNVERSIONED, rosterImportedOn: '2026-09-03' };
    expect(MIGRATIONS[2]!(structuredClone(dated))).toEqual(dated);
  });

  it('SETTINGS_VERSION is the number of migrations', () => {
    expect(SETTINGS_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('migrateSettings: the ordered list of migrations before the checks', () => {
  // Three steps of an imagined future, to see the order and the starting point.
  const steps: Migration[] = [
    (s) => ({ ...s, log: [...((s.log as string[]) ?? []), 'to 1'] }),
    (s) => ({ ...s, log: [...(s.log as string[]), 'to 2'] }),
    (s) => ({ ...s, log: [...(s.log as string[]), 'to 3'] }),
  ];

  it('runs every step, in order, on a store without a version', () => {
    expect(migrateSettings({}, undefined, steps)).toEqual({
      settings: { log: ['to 1', 'to 2', 'to 3'] },
      errors: [],
    });
  });

  it('runs only the steps after the stored version', () => {
    expect(migrateSettings({ log: ['by hand'] }, 2, steps).settings).toEqual({ log: ['by hand', 'to 3'] });
    expect(migrateSettings({ log: [] }, 3, steps).settings).toEqual({ log: [] });
  });

  it('never changes what it was given', () => {
    const stored = { log: ['by hand'] };
    migrateSettings(stored, 1, steps);
    expect(stored).toEqual({ log: ['by hand'] });
  });

  it('reads a store from a newer Post Guard as it is, and says so', () => {
    const { settings, errors } = migrateSettings({ log: [] }, 7, steps);
    expect(settings).toEqual({ log: [] });
    expect(errors).toEqual([
      { path: '', message: expect.stringContaining('saved by a newer Post Guard (version 7') },
    ]);
  });

  it('reads a version that is not a number as no version, and says so', () => {
    const { settings, errors } = migrateSettings({}, '2', steps);
    expect(settings).toEqual({ log: ['to 1', 'to 2', 'to 3'] });
    expect(errors[0]?.message).toContain('version is a string');
  });

  it('stops at a step that fails and reports it; the earlier steps count', () => {
    const failing: Migration[] = [
      steps[0]!,
      () => {
        throw new Error('no pupils key');
      },
      steps[2]!,
    ];
    const { settings, errors } = migrateSettings({}, 0, failing);
    expect(settings).toEqual({ log: ['to 1'] });
    expect(errors).toEqual([
      { path: '', message: expect.stringContaining('from version 1 to 2 (Error: no pupils key)') },
    ]);
  });

  it('leaves a store that is not an object to the checks', () => {
    expect(migrateSettings('garbage', 0, steps)).toEqual({ settings: 'garbage', errors: [] });
  });

  it('runs before the checks when the settings are read, and reports like any other stored problem', () => {
    const state = resolveSettings(UNVERSIONED, {}, 99);
    expect(state.settings.pupils).toEqual(UNVERSIONED.pupils);
    expect(state.localErrors).toEqual([{ path: '', message: expect.stringContaining('newer Post Guard') }]);
    expect(resolveSettings(UNVERSIONED, {}, SETTINGS_VERSION).localErrors).toEqual([]);
    expect(resolveSettings(UNVERSIONED, {}).localErrors).toEqual([]);
  });
});
