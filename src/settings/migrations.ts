import { describe, isRecord, type SettingsError } from './spec';

/**
 * This device's settings are stored with the version of their shape (chrome.storage.local: "settings" and
 * "settingsVersion", written together). On every read, the migrations from the stored version up to
 * SETTINGS_VERSION run in order, before the checks, so a change of shape never makes stored entries fail
 * their checks. Nothing is written back on reading: the next save stores the migrated shape with its version.
 * Pure.
 *
 * To change the shape: add a migration at the end of MIGRATIONS (it takes the previous version's settings and
 * returns the next version's), and a test of it beside the others in test/unit/settings/migrations.test.ts.
 */

/** One step: the settings of version n-1 (a copy the step may change) → version n. */
export type Migration = (settings: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: settings stored before Post Guard kept a version have the shape of version 1; only the version
  // number is new.
  (settings) => settings,
  // 1 → 2: the parents and carers list is new; a store from before it has none.
  (settings) => ('parents' in settings ? settings : { ...settings, parents: [] }),
  // 2 → 3: the roster keeps the day it was imported (rosterImportedOn). A roster stored before then was imported
  // on a day nobody recorded: "" (not known), so Post Guard asks for a fresh export rather than guess.
  (settings) => ('rosterImportedOn' in settings ? settings : { ...settings, rosterImportedOn: '' }),
];

/** The version of the settings this Post Guard writes. */
export const SETTINGS_VERSION = MIGRATIONS.length;

export interface Migrated {
  settings: unknown;
  /** What the migrations could not do, reported like any other problem with the stored settings. */
  errors: SettingsError[];
}

/**
 * Brings stored settings up to `migrations.length` (the current version). A store without a version is version
 * 0. A store from a newer Post Guard is read as it is (its unknown fields are left out by the checks), and said
 * so. A step that fails stops the migration there; the checks then keep what they can.
 */
export function migrateSettings(
  stored: unknown,
  storedVersion: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
): Migrated {
  const errors: SettingsError[] = [];
  if (!isRecord(stored)) return { settings: stored, errors };
  let version = 0;
  if (storedVersion !== undefined) {
    if (typeof storedVersion === 'number' && Number.isInteger(storedVersion) && storedVersion >= 0) {
      version = storedVersion;
    } else {
      errors.push({
        path: '',
        message: `the settings' version is ${describe(storedVersion)}, not a number; they were read as unversioned`,
      });
    }
  }
  if (version > migrations.length) {
    errors.push({
      path: '',
      message: `the settings were saved by a newer Post Guard (version ${version}; this one reads version ${migrations.length}); fields it does not know are left out`,
    });
    return { settings: stored, errors };
  }
  let settings: Record<string, unknown> = structuredClone(stored);
  for (let step = version; step < migrations.length; step++) {
    try {
      settings = migrations[step]!(settings);
    } catch (error) {
      errors.push({
        path: '',
        message: `the settings could not be brought from version ${step} to ${step + 1} (${String(error)}); they were checked as version ${step}`,
      });
      break;
    }
  }
  return { settings, errors };
}
