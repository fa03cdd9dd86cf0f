import { checkSettings, type SettingsError } from './check';
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings, type SettingKey } from './settings';

/** The settings Post Guard runs with, and where each came from. */
export interface SettingsState {
  /** What Post Guard uses: the school admin's values, over this device's, over the defaults. */
  settings: Settings;
  /** This device's own settings (chrome.storage.local) over the defaults: what the options page edits. */
  local: Settings;
  /** Settings the school's IT admin set through Chrome policy: locked on the options page. */
  managedKeys: SettingKey[];
  /** Admin values Post Guard could not use and ignored (it uses the device's value or the default). */
  managedErrors: SettingsError[];
}

/**
 * Lays the admin's settings (Chrome managed storage) over this device's (chrome.storage.local) over the
 * defaults. Pure. Values that fail the checks are ignored: a damaged store or a mistyped policy never breaks
 * Post Guard. A list with some bad entries keeps the good ones.
 */
export function resolveSettings(storedLocal: unknown, managed: unknown): SettingsState {
  const defaults = structuredClone(DEFAULT_SETTINGS) as Settings;
  const local: Settings = { ...defaults, ...checkSettings(storedLocal ?? {}).values };
  const admin = checkSettings(managed ?? {});
  return {
    settings: { ...structuredClone(local), ...admin.values },
    local,
    managedKeys: SETTING_KEYS.filter((key) => key in admin.values),
    managedErrors: admin.errors,
  };
}
