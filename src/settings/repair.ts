import { checkValue, isRecord, type DamagedEntry, type SettingsError, type Spec } from './spec';

/**
 * Mending a damaged entry of the settings: what it most likely meant, in the one shape the checks accept. Pure.
 * Used twice: the checks use the mended entry straight away (a never-publish child whose mark reads "true"
 * stays never-publish), and the options page offers the same mending as a one-click fix. Nothing here writes:
 * the entry stays as stored until a person saves the fix.
 */

/** What a fix changes in one field, in words: "Never publish" → "yes". */
export interface FieldChange {
  /** The field's title ("Never publish"), or "" for the entry itself. */
  field: string;
  /** The new value in words ("yes", "“monday”"), or undefined when the field is left out. */
  to: string | undefined;
}

export interface Repair {
  /** The entry after the fix: it passes the checks. */
  value: unknown;
  changes: FieldChange[];
  /** A value that read as neither yes nor no was taken the safe way: a person should confirm it. */
  guessed: boolean;
}

/** How a yes/no field that cannot be read is taken: its safe meaning, or the other one (for the second fix). */
type Unreadable = 'safe' | 'other';

/** Words (and numbers) that plainly mean yes or no, as people and spreadsheets write them. */
const YES_WORDS = new Set(['true', 'yes', 'y', '1', 'on', 'x', '✓', '✔']);
const NO_WORDS = new Set(['false', 'no', 'n', '0', 'off', '']);

/** What a stored yes/no value means, or undefined when it reads as neither. */
export function readYesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (value === null) return false;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return YES_WORDS.has(word) ? true : NO_WORDS.has(word) ? false : undefined;
}

const shown = (value: unknown): string =>
  typeof value === 'boolean' ? (value ? 'yes' : 'no') : `“${String(value)}”`;

const isValid = (spec: Spec, value: unknown): boolean => checkValue(spec, value, '', []) !== undefined;

interface Mended {
  value: unknown;
  changes: FieldChange[];
  guessed: boolean;
}

function mend(spec: Spec, value: unknown, title: string, unreadable: Unreadable): Mended | undefined {
  if (isValid(spec, value)) return { value: structuredClone(value), changes: [], guessed: false };
  switch (spec.kind) {
    case 'flag': {
      const read = readYesNo(value);
      if (read !== undefined)
        return { value: read, changes: [{ field: title, to: shown(read) }], guessed: false };
      if (spec.whenUnreadable === undefined) return undefined;
      const safe = unreadable === 'safe' ? spec.whenUnreadable : !spec.whenUnreadable;
      return { value: safe, changes: [{ field: title, to: shown(safe) }], guessed: true };
    }
    case 'text': {
      if (typeof value !== 'string' && typeof value !== 'number') return undefined;
      const tidy = String(value).replace(/\s+/g, ' ').trim();
      const candidates = [
        tidy,
        spec.values?.find((allowed) => allowed.toLowerCase() === tidy.toLowerCase()),
        spec.repair?.(tidy),
      ];
      const found = candidates.find(
        (candidate): candidate is string => candidate !== undefined && isValid(spec, candidate),
      );
      return found === undefined
        ? undefined
        : { value: found, changes: [{ field: title, to: shown(found) }], guessed: false };
    }
    case 'list': {
      if (!Array.isArray(value)) return undefined;
      const items = value.map((item) => mend(spec.item, item, '', unreadable));
      if (items.some((item) => item === undefined)) return undefined;
      const mended = items as Mended[];
      const out = {
        value: mended.map((item) => item.value),
        changes: mended.flatMap((item) => item.changes),
        guessed: mended.some((item) => item.guessed),
      };
      return isValid(spec, out.value) ? out : undefined;
    }
    case 'record': {
      if (!isRecord(value)) return undefined;
      const out: Record<string, unknown> = {};
      const changes: FieldChange[] = [];
      let guessed = false;
      for (const [key, field] of Object.entries(spec.fields)) {
        const optional = (field as { optional?: boolean }).optional === true;
        if (!Object.hasOwn(value, key) || value[key] === undefined) {
          if (!optional) return undefined;
          continue;
        }
        const fieldMended = mend(field, value[key], field.title ?? key, unreadable);
        if (fieldMended) {
          out[key] = fieldMended.value;
          changes.push(...fieldMended.changes);
          guessed ||= fieldMended.guessed;
        } else if (optional) {
          changes.push({ field: field.title ?? key, to: undefined });
        } else return undefined;
      }
      return isValid(spec, out) ? { value: out, changes, guessed } : undefined;
    }
  }
}

/**
 * The fixes for a damaged entry, best first; none when Post Guard cannot tell what it meant. The first is the
 * one the checks use meanwhile. When it had to take a yes/no it could not read the safe way, a second fix takes
 * it the other way, for the person who knows.
 */
export function repairsFor(spec: Spec, value: unknown): Repair[] {
  const first = mend(spec, value, spec.title ?? '', 'safe');
  if (!first) return [];
  if (!first.guessed) return [first];
  const other = mend(spec, value, spec.title ?? '', 'other');
  return other ? [first, other] : [first];
}

/** How a stored value reads, for a person: "the text “true”", "the number 1". */
export function readsAs(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `the text “${value}”`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'object' ? 'a group of values' : 'something Post Guard cannot read';
}

/** The spec and stored value at `path` below an entry ("pupils[3]" + ".noPublish"). */
function fieldAt(spec: Spec, value: unknown, rest: string): { spec: Spec; value: unknown } | undefined {
  let currentSpec: Spec = spec;
  let current = value;
  for (const [, key, index] of rest.matchAll(/\.([^.[]+)|\[(\d+)\]/g)) {
    if (key !== undefined && currentSpec.kind === 'record') {
      const next = currentSpec.fields[key];
      if (!next) return undefined;
      currentSpec = next;
      current = isRecord(current) ? current[key] : undefined;
    } else if (index !== undefined && currentSpec.kind === 'list') {
      currentSpec = currentSpec.item;
      current = Array.isArray(current) ? current[Number(index)] : undefined;
    } else return undefined;
  }
  return { spec: currentSpec, value: current };
}

/** What is wrong with one field of a damaged entry, in words a member of staff can act on. */
export function explainProblem(
  spec: Spec,
  entry: Pick<DamagedEntry, 'path' | 'value'>,
  error: SettingsError,
): string {
  const rest = error.path.startsWith(entry.path) ? error.path.slice(entry.path.length) : '';
  const field = fieldAt(spec, entry.value, rest);
  if (!field || rest === '') {
    const message = error.message.replace(/^must /, 'It must ');
    return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
  }
  const title = field.spec.title ?? rest.replace(/^\./, '');
  if (error.message === 'is missing') return `${title} is missing.`;
  const reads = readsAs(field.value);
  if (field.spec.kind === 'flag') return `${title} should be yes or no; it reads as ${reads}.`;
  if (field.spec.kind === 'text' && field.spec.values)
    return `${title} should be one of ${field.spec.values.map((v) => `“${v}”`).join(', ')}; it reads as ${reads}.`;
  if (field.spec.kind === 'text' && typeof field.value !== 'string')
    return `${title} should be text; it reads as ${reads}.`;
  return `${title} ${error.message.replace(/^must /, 'must ')}; it reads as ${reads}.`;
}
