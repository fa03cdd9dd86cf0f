import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { formatSettingsErrors, validateSettings } from '../../../src/settings/validate';

describe('validateSettings', () => {
  it('fills every missing key from the defaults', () => {
    const { settings, errors } = validateSettings({});
    expect(errors).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings).not.toBe(DEFAULT_SETTINGS);
  });

  it('keeps a complete, valid config as it is', () => {
    const input = {
      schoolName: 'Oakfield Primary School',
      schoolAliases: ['Oakfield'],
      pupils: [
        { firstName: 'Amelia', lastName: 'Hart' },
        { firstName: 'William', lastName: 'Turner', preferredName: 'Will', noPublish: true },
      ],
      classNames: ['Oak Class', 'Year 3'],
      officialAccounts: [{ platform: 'x', handle: '@OakfieldPrimary' }],
      disclaimerPhrases: ['views are my own'],
    };
    const { settings, errors } = validateSettings(input);
    expect(errors).toEqual([]);
    expect(settings).toMatchObject(input);
  });

  it('does not change the object it was given, and the defaults stay unchanged', () => {
    const input = { schoolAliases: ['A'] };
    const { settings } = validateSettings(input);
    settings.schoolAliases.push('B');
    settings.disclaimerPhrases.push('mine');
    expect(input.schoolAliases).toEqual(['A']);
    expect(DEFAULT_SETTINGS.disclaimerPhrases).not.toContain('mine');
  });

  it('reports a value of the wrong type by its path and falls back to the default', () => {
    const { settings, errors } = validateSettings({ schoolName: 42, classNames: 'Year 3' });
    expect(errors).toEqual([
      { path: 'schoolName', message: 'must be a non-empty string, not a number' },
      { path: 'classNames', message: 'must be a list, not a string' },
    ]);
    expect(settings.schoolName).toBe(DEFAULT_SETTINGS.schoolName);
    expect(settings.classNames).toEqual(DEFAULT_SETTINGS.classNames);
  });

  it('names the field of a bad list item and keeps the good items', () => {
    const { settings, errors } = validateSettings({
      pupils: [
        { firstName: 'Amelia', lastName: 'Hart' },
        { firstName: '', lastName: 'Turner' },
        { lastName: 'Okafor' },
        { firstName: 'Noah', lastName: 'Patel', noPublish: 'yes' },
        'Freya Walsh',
      ],
    });
    expect(errors.map((error) => error.path)).toEqual([
      'pupils[1].firstName',
      'pupils[2].firstName',
      'pupils[3].noPublish',
      'pupils[4]',
    ]);
    expect(errors[0]?.message).toBe('must be a non-empty string, not an empty string');
    expect(errors[1]?.message).toBe('is missing');
    expect(errors[2]?.message).toBe('must be true or false, not a string');
    expect(settings.pupils).toEqual([{ firstName: 'Amelia', lastName: 'Hart' }]);
  });

  it('checks official accounts: platform from the list, handle not empty', () => {
    const { settings, errors } = validateSettings({
      officialAccounts: [
        { platform: 'x', handle: '@WelbeckPrimary' },
        { platform: 'tiktok', handle: '@Welbeck' },
        { platform: 'facebook', handle: ' ' },
      ],
    });
    expect(errors).toEqual([
      { path: 'officialAccounts[1].platform', message: 'must be one of "x", "facebook", "youtube"' },
      { path: 'officialAccounts[2].handle', message: 'must be a non-empty string, not an empty string' },
    ]);
    expect(settings.officialAccounts).toEqual([{ platform: 'x', handle: '@WelbeckPrimary' }]);
  });

  it('reports unknown keys, at the top level and inside items, and keeps the items without them', () => {
    const { settings, errors } = validateSettings({
      schoolname: 'x',
      pupils: [{ firstName: 'A', lastName: 'B', age: 7 }],
    });
    expect(errors).toEqual([
      { path: 'schoolname', message: 'is not a setting Post Guard knows' },
      { path: 'pupils[0].age', message: 'is not a field Post Guard knows; it was left out' },
    ]);
    expect(settings.pupils).toEqual([{ firstName: 'A', lastName: 'B' }]);
  });

  it('rejects something that is not an object', () => {
    for (const input of [null, 3, 'settings', [], undefined]) {
      const { settings, errors } = validateSettings(input);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.path).toBe('');
      expect(settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('formats errors one per line', () => {
    expect(
      formatSettingsErrors([
        { path: 'pupils[2].firstName', message: 'is missing' },
        { path: '', message: 'settings must be a JSON object, not null' },
      ]),
    ).toBe('pupils[2].firstName: is missing\nsettings must be a JSON object, not null');
  });
});

describe('validateSettings: the school settings of the options page and managed storage', () => {
  it('has defaults for every new key', () => {
    const { settings } = validateSettings({});
    expect(settings.criticalAction).toBe('reason');
    expect(settings.lessonTimes).toEqual([]);
    expect(settings.severityOverrides).toEqual({});
    expect(settings.sites).toEqual({ x: true, facebook: true, youtube: true });
    expect(settings.policy).toEqual({});
  });

  it('keeps valid lesson times, critical action, severity overrides, sites and policy', () => {
    const input = {
      lessonTimes: [{ weekday: 'monday', start: '09:00', end: '10:15' }],
      criticalAction: 'block',
      severityOverrides: { pupil: 'critical', style: 'off' },
      sites: { youtube: false },
      policy: { url: 'https://school.example/policy', note: 'Ask Ruth.' },
    };
    const { settings, errors } = validateSettings(input);
    expect(errors).toEqual([]);
    expect(settings).toMatchObject(input);
  });

  it('checks lesson times: a day from the list, HH:MM, and an end after the start', () => {
    const { settings, errors } = validateSettings({
      lessonTimes: [
        { weekday: 'monday', start: '09:00', end: '10:00' },
        { weekday: 'funday', start: '09:00', end: '10:00' },
        { weekday: 'tuesday', start: '9am', end: '10:00' },
        { weekday: 'friday', start: '14:00', end: '13:00' },
      ],
    });
    expect(errors).toEqual([
      { path: 'lessonTimes[1].weekday', message: expect.stringContaining('must be one of "monday"') },
      { path: 'lessonTimes[2].start', message: 'must be a time written as HH:MM, e.g. "09:05"' },
      { path: 'lessonTimes[3]', message: 'must end after it starts' },
    ]);
    expect(settings.lessonTimes).toHaveLength(1);
  });

  it('checks the critical action, the severities, the sites and the policy link', () => {
    const { errors } = validateSettings({
      criticalAction: 'warn',
      severityOverrides: { pupil: 'severe', weather: 'off' },
      sites: { x: 'yes' },
      policy: { url: 'http://school.example/policy' },
    });
    expect(errors.map((error) => error.path)).toEqual([
      'criticalAction',
      'severityOverrides.pupil',
      'severityOverrides.weather',
      'sites.x',
      'policy.url',
    ]);
  });

  it('limits lengths and list sizes: at most 5,000 pupils', () => {
    const pupils = Array.from({ length: 5001 }, (_, i) => ({ firstName: `P${i}`, lastName: 'S' }));
    const { settings, errors } = validateSettings({
      schoolName: 'S'.repeat(201),
      pupils,
      classNames: ['C'.repeat(101)],
      contacts: [{ role: 'dsl', name: 'Ruth', email: 'not an email' }],
    });
    expect(errors).toEqual([
      { path: 'schoolName', message: 'must be at most 200 characters long' },
      { path: 'pupils', message: 'must have at most 5,000 entries, not 5,001' },
      { path: 'classNames[0]', message: 'must be at most 100 characters long' },
      { path: 'contacts[0].email', message: 'must be an email address' },
    ]);
    expect(settings.schoolName).toBe(DEFAULT_SETTINGS.schoolName);
    expect(settings.pupils).toEqual([]);
    expect(validateSettings({ pupils: pupils.slice(0, 5000) }).errors).toEqual([]);
  });
});
