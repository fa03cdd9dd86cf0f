import { checkValue, describe, isRecord, type SettingsError } from './spec';
import { SETTINGS_FIELDS, type SettingKey, type Settings } from './settings';

export type { SettingsError } from './spec';

export interface CheckedSettings {
  /** Every key that was given with a usable value, checked (lists keep their valid entries). */
  values: Partial<Settings>;
  /** Every problem, by path ("pupils[3].firstName"; "" for the whole object). */
  errors: SettingsError[];
}

/**
 * Checks settings that came from outside (a JSON file, the options page, Chrome managed storage) against the
 * one settings definition. Pure; never changes `input`. Keys that are missing stay missing: the caller lays
 * the values over the defaults, or over settings with lower precedence.
 */
export function checkSettings(input: unknown): CheckedSettings {
  const values: Record<string, unknown> = {};
  const errors: SettingsError[] = [];
  if (!isRecord(input)) {
    errors.push({ path: '', message: `settings must be a JSON object, not ${describe(input)}` });
    return { values: {}, errors };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!Object.hasOwn(SETTINGS_FIELDS, key)) {
      errors.push({ path: key, message: 'is not a setting Post Guard knows' });
      continue;
    }
    if (value === undefined) continue;
    const checked = checkValue(SETTINGS_FIELDS[key as SettingKey], value, key, errors);
    if (checked !== undefined) values[key] = checked;
  }
  return { values: values as Partial<Settings>, errors };
}

/** The setting a path is about: "pupils[3].firstName" → "pupils". */
export function settingOfPath(path: string): string {
  return /^[^.[]*/.exec(path)?.[0] ?? '';
}
