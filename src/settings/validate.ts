import { DEFAULT_SETTINGS } from './settings';
import type { Settings } from './settings';

/**
 * Checks a settings object that came from outside (a JSON file, the options page, Chrome managed storage).
 * Pure. Keeps every valid key, reports every invalid one with its path ("pupils[3].firstName"), and fills what
 * is missing or invalid from DEFAULT_SETTINGS. The caller decides whether an error is fatal (the command line
 * refuses to run; the extension can show the errors and carry on with the rest).
 */

export interface SettingsError {
  /** Where the problem is: "schoolName", "pupils[3].firstName", "" for the whole object. */
  path: string;
  message: string;
}

export interface ValidationResult {
  settings: Settings;
  errors: SettingsError[];
}

type Check = (value: unknown, path: string, errors: SettingsError[]) => unknown;

const PLATFORMS = ['x', 'facebook', 'youtube'] as const;
const CONTACT_ROLES = ['e-safety', 'dsl', 'headteacher', 'network-manager'] as const;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : 'a string';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text =
  (options: { required?: boolean } = {}): Check =>
  (value, path, errors) => {
    if (typeof value !== 'string' || (options.required && value.trim() === '')) {
      errors.push({
        path,
        message: `must be ${options.required ? 'a non-empty string' : 'a string'}, not ${describe(value)}`,
      });
      return undefined;
    }
    return value;
  };

const bool: Check = (value, path, errors) => {
  if (typeof value !== 'boolean') {
    errors.push({ path, message: `must be true or false, not ${describe(value)}` });
    return undefined;
  }
  return value;
};

const oneOf =
  (allowed: readonly string[]): Check =>
  (value, path, errors) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      errors.push({ path, message: `must be one of ${allowed.map((item) => `"${item}"`).join(', ')}` });
      return undefined;
    }
    return value;
  };

/** A list whose invalid items are reported and dropped; valid items are kept. */
const list =
  (item: Check): Check =>
  (value, path, errors) => {
    if (!Array.isArray(value)) {
      errors.push({ path, message: `must be a list, not ${describe(value)}` });
      return undefined;
    }
    const kept: unknown[] = [];
    value.forEach((element, index) => {
      const checked = item(element, `${path}[${index}]`, errors);
      if (checked !== undefined) kept.push(checked);
    });
    return kept;
  };

/** An object with required and optional fields; unknown fields are reported. Any invalid field drops the object. */
const record =
  (fields: Record<string, { check: Check; optional?: boolean }>): Check =>
  (value, path, errors) => {
    if (!isRecord(value)) {
      errors.push({ path, message: `must be an object, not ${describe(value)}` });
      return undefined;
    }
    const before = errors.length;
    const out: Record<string, unknown> = {};
    for (const [key, { check, optional }] of Object.entries(fields)) {
      if (!(key in value) || value[key] === undefined) {
        if (!optional) errors.push({ path: `${path}.${key}`, message: 'is missing' });
        continue;
      }
      const checked = check(value[key], `${path}.${key}`, errors);
      if (checked !== undefined) out[key] = checked;
    }
    for (const key of Object.keys(value)) {
      if (!(key in fields))
        errors.push({ path: `${path}.${key}`, message: 'is not a field Post Guard knows' });
    }
    return errors.length === before ? out : undefined;
  };

const CHECKS: Record<string, Check> = {
  schoolName: text({ required: true }),
  schoolAliases: list(text({ required: true })),
  pupils: list(
    record({
      firstName: { check: text({ required: true }) },
      lastName: { check: text() },
      preferredName: { check: text(), optional: true },
      noPublish: { check: bool, optional: true },
    }),
  ),
  classNames: list(text({ required: true })),
  officialAccounts: list(
    record({
      platform: { check: oneOf(PLATFORMS) },
      handle: { check: text({ required: true }) },
    }),
  ),
  disclaimerPhrases: list(text({ required: true })),
  contacts: list(
    record({
      role: { check: oneOf(CONTACT_ROLES) },
      name: { check: text({ required: true }) },
      email: { check: text(), optional: true },
    }),
  ),
};

/** For a key added to Settings without a check here yet: the value must have the default's type. */
function checkLikeDefault(defaultValue: unknown): Check {
  return (value, path, errors) => {
    const sameKind =
      Array.isArray(defaultValue) === Array.isArray(value) &&
      typeof defaultValue === typeof value &&
      (defaultValue === null) === (value === null);
    if (!sameKind) {
      errors.push({ path, message: `must be ${describe(defaultValue)}, not ${describe(value)}` });
      return undefined;
    }
    return value;
  };
}

function copyDefaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

export function validateSettings(input: unknown): ValidationResult {
  const settings = copyDefaults();
  const errors: SettingsError[] = [];
  if (!isRecord(input)) {
    errors.push({ path: '', message: `settings must be a JSON object, not ${describe(input)}` });
    return { settings, errors };
  }
  const target = settings as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(input)) {
    if (!(key in DEFAULT_SETTINGS)) {
      errors.push({ path: key, message: 'is not a setting Post Guard knows' });
      continue;
    }
    if (value === undefined) continue;
    const check =
      CHECKS[key] ?? checkLikeDefault((DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key]);
    const checked = check(value, key, errors);
    if (checked !== undefined) target[key] = checked;
  }
  return { settings, errors };
}

/** The errors as lines a person can read: "pupils[3].firstName: is missing". */
export function formatSettingsErrors(errors: readonly SettingsError[]): string {
  return errors.map((error) => (error.path ? `${error.path}: ${error.message}` : error.message)).join('\n');
}
