import {
  checkValue,
  describe,
  isRecord,
  withoutUnknownFields,
  type DamagedEntry,
  type SettingsError,
} from './spec';
import { repairsFor } from './repair';
import { SETTINGS_FIELDS, type SettingKey, type Settings } from './settings';

export type { DamagedEntry, SettingsError } from './spec';

export interface CheckedSettings {
  /** Every key that was given with a usable value, checked (lists keep their valid entries). */
  values: Partial<Settings>;
  /** Every problem, by path ("pupils[3].firstName"; "" for the whole object). */
  errors: SettingsError[];
  /** Entries of lists, and whole settings, that failed their checks: as given, so they can be kept. */
  damaged: DamagedEntry[];
}

/**
 * Checks settings that came from outside (a JSON file, the options page, Chrome managed storage) against the
 * one settings definition. Pure; never changes `input`. Keys that are missing stay missing: the caller lays
 * the values over the defaults, or over settings with lower precedence. Each entry of a list is checked on its
 * own: a bad one is set aside in `damaged`, never a reason to refuse the list.
 */
export function checkSettings(input: unknown): CheckedSettings {
  const values: Record<string, unknown> = {};
  const errors: SettingsError[] = [];
  const damaged: DamagedEntry[] = [];
  if (!isRecord(input)) {
    errors.push({ path: '', message: `settings must be a JSON object, not ${describe(input)}` });
    return { values: {}, errors, damaged };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!Object.hasOwn(SETTINGS_FIELDS, key)) {
      errors.push({ path: key, message: 'is not a setting Post Guard knows' });
      continue;
    }
    if (value === undefined) continue;
    const spec = SETTINGS_FIELDS[key as SettingKey];
    const before = errors.length;
    const checked = checkValue(spec, value, key, errors, damaged);
    if (checked !== undefined) values[key] = checked;
    else
      damaged.push({
        path: key,
        setting: key,
        value: structuredClone(withoutUnknownFields(spec, value)),
        errors: errors.slice(before),
      });
  }
  return { values: values as Partial<Settings>, errors, damaged };
}

/**
 * The values with every damaged entry mended where Post Guard can tell what it meant (see ./repair.ts): what the
 * checks use, so a never-publish child whose record is damaged stays never-publish. A mended list entry joins
 * the end of its list; a mended whole setting replaces it.
 */
export function usableSettings(checked: CheckedSettings): Partial<Settings> {
  const usable: Record<string, unknown> = structuredClone(checked.values);
  for (const entry of checked.damaged) {
    const spec = SETTINGS_FIELDS[entry.setting as SettingKey];
    if (!spec) continue;
    if (entry.index === undefined) {
      const [repair] = repairsFor(spec, entry.value);
      if (repair) usable[entry.setting] = repair.value;
      continue;
    }
    if (spec.kind !== 'list' || !Array.isArray(usable[entry.setting])) continue;
    const [repair] = repairsFor(spec.item, entry.value);
    if (repair) (usable[entry.setting] as unknown[]).push(repair.value);
  }
  return usable as Partial<Settings>;
}

/** The setting a path is about: "pupils[3].firstName" → "pupils". */
export function settingOfPath(path: string): string {
  return /^[^.[]*/.exec(path)?.[0] ?? '';
}
