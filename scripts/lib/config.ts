import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import type { Settings } from '../../src/settings/settings';
import { formatSettingsErrors, validateSettings } from '../../src/settings/validate';
import { parseJsonFile } from '../../src/settings/json-file';

/** The repository's root folder (scripts/lib/../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A problem the user can fix (a bad argument or config file): printed without a stack trace. */
export class UsageError extends Error {}

/** Reads and validates a school's settings file; any error is fatal and names the field. */
export function loadSettings(path: string | undefined): Settings {
  if (path === undefined) return structuredClone(DEFAULT_SETTINGS) as Settings;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read config file ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = parseJsonFile(raw);
  } catch (error) {
    throw new UsageError(`Config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const { settings, errors } = validateSettings(parsed);
  if (errors.length > 0) {
    throw new UsageError(
      `Config file ${path} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}:\n${indent(formatSettingsErrors(errors))}`,
    );
  }
  return settings;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** The evaluation data carried in the repository (data/eval/README.md names each file's source and licence). */
export const CARRIED_DATA_DIRECTORY = resolve(REPO_ROOT, 'data', 'eval');

/**
 * The folders evaluation data is read from, first match wins: $POST_GUARD_DATA (a folder with sets the repository
 * may not carry, such as OLID, or newer copies), then the sets carried in data/eval/.
 */
export function dataDirectories(): string[] {
  const given = process.env.POST_GUARD_DATA;
  return given ? [resolve(given), CARRIED_DATA_DIRECTORY] : [CARRIED_DATA_DIRECTORY];
}
