import { checkSettings, type SettingsError } from './check';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/**
 * Checks a settings object that came from outside (a JSON file, the options page, Chrome managed storage).
 * Pure. Keeps every valid key, reports every invalid one with its path ("pupils[3].firstName"), and fills what
 * is missing or invalid from DEFAULT_SETTINGS. The caller decides whether an error is fatal (the command line
 * refuses to run; the extension can show the errors and carry on with the rest).
 *
 * The checks themselves come from the one settings definition (./settings.ts through ./check.ts): types,
 * allowed values, lengths and list sizes (at most 5,000 pupils).
 */

export type { SettingsError } from './check';

export interface ValidationResult {
  settings: Settings;
  errors: SettingsError[];
}

export function validateSettings(input: unknown): ValidationResult {
  const { values, errors } = checkSettings(input);
  const settings = { ...(structuredClone(DEFAULT_SETTINGS) as Settings), ...values };
  return { settings, errors };
}

/** The errors as lines a person can read: "pupils[3].firstName: is missing". */
export function formatSettingsErrors(errors: readonly SettingsError[]): string {
  return errors.map((error) => (error.path ? `${error.path}: ${error.message}` : error.message)).join('\n');
}
