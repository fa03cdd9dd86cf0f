import { checkSettings, usableSettings, type DamagedEntry, type SettingsError } from './check';
import { migrateSettings } from './migrations';
import { DEFAULT_SETTINGS, SETTINGS_FIELDS, SETTING_KEYS, type Settings, type SettingKey } from './settings';
import { isRecord } from './spec';

/** The settings Post Guard runs with, and where each came from. */
export interface SettingsState {
  /** What Post Guard uses: the school admin's values, over this device's, over the defaults. */
  settings: Settings;
  /**
   * This device's own valid settings (chrome.storage.local) over the defaults: what the options page edits.
   * Damaged entries are not in it: they are in `localDamaged`.
   */
  local: Settings;
  /** Settings the school's IT admin set through Chrome policy: locked on the options page. */
  managedKeys: SettingKey[];
  /** Admin values Post Guard could not use as they are (it mends what it can, else ignores them). */
  managedErrors: SettingsError[];
  /**
   * Entries of this device's settings that failed their checks, as stored: shown on the options page, kept by
   * every save until a person fixes or removes them. Meanwhile the checks use them mended where Post Guard can
   * tell what they meant (a never-publish mark that reads "true" counts).
   */
  localDamaged: DamagedEntry[];
  /** Every problem with this device's stored settings: damaged entries, fields left out, an unreadable store. */
  localErrors: SettingsError[];
}

/**
 * Lays the admin's settings (Chrome managed storage) over this device's (chrome.storage.local, migrated from
 * `storedVersion` first) over the defaults. Pure. A damaged store or a mistyped policy never breaks Post Guard:
 * each entry is checked on its own, and what fails is mended where its meaning is clear, else left out of the
 * checks, and reported.
 */
export function resolveSettings(
  storedLocal: unknown,
  managed: unknown,
  storedVersion?: unknown,
): SettingsState {
  const defaults = structuredClone(DEFAULT_SETTINGS) as Settings;
  const migrated = migrateSettings(storedLocal ?? {}, storedVersion);
  const localChecked = checkSettings(migrated.settings);
  const admin = checkSettings(managed ?? {});
  const localUsable = usableSettings(localChecked);
  const adminUsable = keepDeviceFieldsTheAdminGotWrong(usableSettings(admin), admin.errors, localUsable);
  return {
    settings: { ...defaults, ...localUsable, ...adminUsable },
    local: { ...structuredClone(defaults), ...localChecked.values },
    managedKeys: SETTING_KEYS.filter((key) => key in adminUsable),
    managedErrors: admin.errors,
    localDamaged: localChecked.damaged,
    localErrors: [...migrated.errors, ...localChecked.errors],
  };
}

/**
 * A field of a grouped setting that the admin's value got wrong (a policy document over the size limit) is left out
 * of the admin's value; without this, the admin's value would also hide this device's good one. The device's field
 * stays in use until the admin's is mended.
 */
function keepDeviceFieldsTheAdminGotWrong(
  adminUsable: Partial<Settings>,
  adminErrors: readonly { path: string }[],
  localUsable: Partial<Settings>,
): Partial<Settings> {
  const merged: Record<string, unknown> = adminUsable;
  for (const { path } of adminErrors) {
    const [setting = '', field] = path.split('.');
    if (!field || !/^\w+$/.test(field) || SETTINGS_FIELDS[setting as SettingKey]?.kind !== 'record') continue;
    const admin = merged[setting];
    const local = (localUsable as Record<string, unknown>)[setting];
    if (!isRecord(admin) || !isRecord(local) || field in admin || local[field] === undefined) continue;
    merged[setting] = { ...admin, [field]: local[field] };
  }
  return merged as Partial<Settings>;
}

/**
 * What is stored when the options page saves: its valid settings, with the damaged entries it was asked to keep
 * written back as they were (an entry at the end of its list; a whole setting in place of the page's value).
 */
export function withDamagedEntries(
  values: Partial<Settings>,
  kept: readonly DamagedEntry[],
): Record<string, unknown> {
  const stored: Record<string, unknown> = structuredClone(values);
  for (const entry of kept) {
    if (entry.index === undefined) stored[entry.setting] = structuredClone(entry.value);
    else if (Array.isArray(stored[entry.setting]))
      (stored[entry.setting] as unknown[]).push(structuredClone(entry.value));
    else stored[entry.setting] = [structuredClone(entry.value)];
  }
  return stored;
}
