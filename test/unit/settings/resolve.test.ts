import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../src/settings/resolve';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

describe('resolveSettings: managed > local > defaults', () => {
  it('uses the defaults when nothing is stored and no policy is set', () => {
    const state = resolveSettings(undefined, {});
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.local).toEqual(DEFAULT_SETTINGS);
    expect(state.managedKeys).toEqual([]);
    expect(state.managedErrors).toEqual([]);
  });

  it('lays this device’s settings over the defaults', () => {
    const state = resolveSettings({ schoolName: 'Oakfield Primary', criticalAction: 'block' }, {});
    expect(state.settings).toMatchObject({ schoolName: 'Oakfield Primary', criticalAction: 'block' });
    expect(state.settings.disclaimerPhrases).toEqual(DEFAULT_SETTINGS.disclaimerPhrases);
  });

  it('lets the admin’s values win over this device’s, and locks only those', () => {
    const state = resolveSettings(
      { schoolName: 'Oakfield Primary', classNames: ['Oak Class'], criticalAction: 'confirm' },
      { schoolName: 'Oakfield Primary Academy', criticalAction: 'block' },
    );
    expect(state.settings.schoolName).toBe('Oakfield Primary Academy');
    expect(state.settings.criticalAction).toBe('block');
    expect(state.settings.classNames).toEqual(['Oak Class']);
    expect(state.managedKeys).toEqual(['schoolName', 'criticalAction']);
    // The device's own values are kept underneath: they come back if the admin removes the policy.
    expect(state.local.schoolName).toBe('Oakfield Primary');
    expect(state.local.criticalAction).toBe('confirm');
  });

  it('mends an admin value whose meaning is clear, ignores the others, and says which', () => {
    const state = resolveSettings(
      { criticalAction: 'confirm', schoolName: 'Oakfield Primary' },
      { criticalAction: 'Block', schoolName: '', severityOverrides: { pupil: 'critical' }, colour: 'red' },
    );
    // "Block" plainly means "block"; an empty school name means nothing, so this device's name stays.
    expect(state.settings.criticalAction).toBe('block');
    expect(state.settings.schoolName).toBe('Oakfield Primary');
    expect(state.settings.severityOverrides).toEqual({ pupil: 'critical' });
    expect(state.managedKeys).toEqual(['criticalAction', 'severityOverrides']);
    expect(state.managedErrors).toEqual([
      { path: 'criticalAction', message: 'must be one of "confirm", "reason", "block"' },
      { path: 'schoolName', message: 'must be a non-empty string, not an empty string' },
      { path: 'colour', message: 'is not a setting Post Guard knows' },
    ]);
  });

  it('keeps the good entries of an admin list with a bad one, and reports the bad one', () => {
    const state = resolveSettings(
      {},
      { pupils: [{ firstName: 'Amelia', lastName: 'Hart' }, { firstName: 'Noah' }], classNames: 'Oak' },
    );
    expect(state.settings.pupils).toEqual([{ firstName: 'Amelia', lastName: 'Hart' }]);
    expect(state.managedKeys).toEqual(['pupils']);
    expect(state.managedErrors.map((error) => error.path)).toEqual(['pupils[1].lastName', 'classNames']);
  });

  it('survives a damaged store and a policy that is not an object', () => {
    for (const [local, managed] of [
      ['settings', null],
      [[1, 2], 'policy'],
      [{ pupils: 'Amelia Hart' }, 42],
    ] as const) {
      const state = resolveSettings(local, managed);
      expect(state.settings.schoolName).toBe(DEFAULT_SETTINGS.schoolName);
      expect(state.settings.pupils).toEqual([]);
    }
    expect(resolveSettings({}, 42).managedErrors).toEqual([
      { path: '', message: 'settings must be a JSON object, not a number' },
    ]);
  });

  it('refuses more than 5,000 pupils from either place', () => {
    const pupils = Array.from({ length: 5001 }, (_, i) => ({ firstName: `P${i}`, lastName: 'S' }));
    expect(resolveSettings({ pupils }, {}).settings.pupils).toEqual([]);
    const managed = resolveSettings({}, { pupils });
    expect(managed.managedKeys).toEqual([]);
    expect(managed.managedErrors).toEqual([
      { path: 'pupils', message: 'must have at most 5,000 entries, not 5,001' },
    ]);
  });

  it('never shares objects with the defaults or the input', () => {
    const local = { classNames: ['Oak'] };
    const state = resolveSettings(local, {});
    state.settings.classNames.push('Ash');
    state.settings.disclaimerPhrases.push('mine');
    expect(local.classNames).toEqual(['Oak']);
    expect(state.local.classNames).toEqual(['Oak']);
    expect(DEFAULT_SETTINGS.disclaimerPhrases).not.toContain('mine');
  });
});
