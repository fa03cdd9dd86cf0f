/**
 * A very small schema language for the school's settings. One description of each setting gives:
 * - its TypeScript type (`Infer`),
 * - its checks (`checkValue`: types, lengths, list sizes, allowed values),
 * - its part of Chrome's managed-storage schema (`toManagedSchema`).
 * Pure: no DOM, no browser APIs, so the command line, the extension and the build share it.
 */

export interface SettingsError {
  /** Where the problem is: "schoolName", "pupils[3].firstName", "" for the whole object. */
  path: string;
  message: string;
}

/**
 * An entry of a list (or a whole setting) that failed its checks. It is kept aside as it was stored, so that
 * nothing is lost: the options page shows it with what is wrong, and saving writes it back until it is fixed.
 */
export interface DamagedEntry {
  /** "pupils[3]" for an entry of a list; "pupils" for a whole setting. */
  path: string;
  /** The setting it belongs to, e.g. "pupils". */
  setting: string;
  /** Its place in the stored list; undefined for a whole setting. */
  index?: number;
  /** The entry as stored, without the fields Post Guard does not know. */
  value: unknown;
  /** What is wrong with it, by path. */
  errors: SettingsError[];
}

interface Described {
  /** Shown to the IT admin in chrome://policy's schema and to staff on the options page. */
  title?: string;
  description?: string;
}

export interface TextSpec<T extends string = string> extends Described {
  kind: 'text';
  /** An empty (or all-space) string is refused. */
  required: boolean;
  maxLength: number;
  /** Only these values are allowed. */
  values?: readonly T[];
  /** A further check of the text: returns what is wrong, or undefined. */
  refine?: (value: string) => string | undefined;
  /** The value a person most likely meant by a text the checks refuse ("9:05" for "09:05"), if there is one. */
  repair?: (value: string) => string | undefined;
}

export interface FlagSpec extends Described {
  kind: 'flag';
  /**
   * What a stored value that reads as neither yes nor no is taken to mean: the safe reading (a child whose
   * never-publish mark is damaged stays never-publish). Without it such a value is left out.
   */
  whenUnreadable?: boolean;
}

export interface ListSpec<I extends Spec = Spec> extends Described {
  kind: 'list';
  item: I;
  maxItems: number;
}

export interface RecordSpec<F extends Fields = Fields> extends Described {
  kind: 'record';
  fields: F;
  /** A check across fields (e.g. a lesson must end after it starts): returns what is wrong, or undefined. */
  refine?: (value: Record<string, unknown>) => string | undefined;
}

export type Spec = TextSpec<string> | FlagSpec | ListSpec<Spec> | RecordSpec<Fields>;
export type Optional<S extends Spec> = S & { optional: true };
export type Fields = Record<string, Spec>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type InferRecord<F extends Fields> = Simplify<
  { -readonly [K in keyof F as F[K] extends { optional: true } ? never : K]: Infer<F[K]> } & {
    -readonly [K in keyof F as F[K] extends { optional: true } ? K : never]?: Infer<F[K]>;
  }
>;

/** The TypeScript type of the values a spec accepts. */
export type Infer<S> =
  S extends TextSpec<infer T>
    ? T
    : S extends FlagSpec
      ? boolean
      : S extends ListSpec<infer I>
        ? Infer<I>[]
        : S extends RecordSpec<infer F>
          ? InferRecord<F>
          : never;

// --- Builders -------------------------------------------------------------------------------------------

export function text(
  options: Described & {
    required?: boolean;
    maxLength: number;
    refine?: (value: string) => string | undefined;
    repair?: (value: string) => string | undefined;
  },
): TextSpec<string> {
  return { kind: 'text', required: false, ...options };
}

export function oneOf<const T extends string>(values: readonly T[], options: Described = {}): TextSpec<T> {
  const longest = Math.max(...values.map((value) => value.length));
  return { kind: 'text', required: true, maxLength: longest, values, ...options };
}

export function flag(options: Described & { whenUnreadable?: boolean } = {}): FlagSpec {
  return { kind: 'flag', ...options };
}

export function list<I extends Spec>(item: I, options: Described & { maxItems: number }): ListSpec<I> {
  return { kind: 'list', item, ...options };
}

export function record<const F extends Fields>(
  fields: F,
  options: Described & { refine?: (value: Record<string, unknown>) => string | undefined } = {},
): RecordSpec<F> {
  return { kind: 'record', fields, ...options };
}

/** A record with one optional field per key, all of the same spec, e.g. a severity per category. */
export function recordOf<const K extends string, S extends Spec>(
  keys: readonly K[],
  spec: S,
  options: Described = {},
): RecordSpec<{ [P in K]: Optional<S> }> {
  const fields = Object.fromEntries(keys.map((key) => [key, optional(spec)])) as { [P in K]: Optional<S> };
  return { kind: 'record', fields, ...options };
}

/** A field of a record that may be left out. */
export function optional<S extends Spec>(spec: S): Optional<S> {
  return { ...spec, optional: true };
}

function isOptional(spec: Spec): boolean {
  return (spec as { optional?: boolean }).optional === true;
}

// --- Checking -------------------------------------------------------------------------------------------

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : 'a string';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const count = (n: number): string => n.toLocaleString('en-GB');

/** The message for a field a record does not have: it is left out, and the rest of the record kept. */
export const UNKNOWN_FIELD = 'is not a field Post Guard knows; it was left out';

/** A record without the fields its spec does not name. */
export function withoutUnknownFields(spec: Spec, value: unknown): unknown {
  if (spec.kind !== 'record' || !isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => Object.hasOwn(spec.fields, key)));
}

/**
 * Checks `value` against `spec`. Returns the value to keep (a copy), or undefined when it must be set aside;
 * every problem is added to `errors` with its path. A list keeps its valid items; each invalid one is added to
 * `damaged` as it was given, so the caller can keep it. A record with an invalid field is invalid; fields it does
 * not know are left out and reported, never a reason to refuse it.
 */
export function checkValue(
  spec: Spec,
  value: unknown,
  path: string,
  errors: SettingsError[],
  damaged?: DamagedEntry[],
): unknown {
  switch (spec.kind) {
    case 'text': {
      if (spec.values) {
        if (typeof value !== 'string' || !spec.values.includes(value)) {
          errors.push({ path, message: `must be one of ${spec.values.map((v) => `"${v}"`).join(', ')}` });
          return undefined;
        }
        return value;
      }
      if (typeof value !== 'string' || (spec.required && value.trim() === '')) {
        errors.push({
          path,
          message: `must be ${spec.required ? 'a non-empty string' : 'a string'}, not ${describe(value)}`,
        });
        return undefined;
      }
      if (value.length > spec.maxLength) {
        errors.push({ path, message: `must be at most ${count(spec.maxLength)} characters long` });
        return undefined;
      }
      const problem = spec.refine?.(value);
      if (problem) {
        errors.push({ path, message: problem });
        return undefined;
      }
      return value;
    }
    case 'flag':
      if (typeof value !== 'boolean') {
        errors.push({ path, message: `must be true or false, not ${describe(value)}` });
        return undefined;
      }
      return value;
    case 'list': {
      if (!Array.isArray(value)) {
        errors.push({ path, message: `must be a list, not ${describe(value)}` });
        return undefined;
      }
      if (value.length > spec.maxItems) {
        errors.push({
          path,
          message: `must have at most ${count(spec.maxItems)} entries, not ${count(value.length)}`,
        });
        return undefined;
      }
      const kept: unknown[] = [];
      value.forEach((element, index) => {
        const itemPath = `${path}[${index}]`;
        const before = errors.length;
        const checked = checkValue(spec.item, element, itemPath, errors);
        if (checked !== undefined) kept.push(checked);
        else
          damaged?.push({
            path: itemPath,
            setting: /^[^.[]*/.exec(path)?.[0] ?? path,
            index,
            value: structuredClone(withoutUnknownFields(spec.item, element)),
            errors: errors.slice(before).filter((error) => error.message !== UNKNOWN_FIELD),
          });
      });
      return kept;
    }
    case 'record': {
      if (!isRecord(value)) {
        errors.push({ path, message: `must be an object, not ${describe(value)}` });
        return undefined;
      }
      let valid = true;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(spec.fields)) {
        if (!Object.hasOwn(value, key) || value[key] === undefined) {
          if (!isOptional(field)) {
            errors.push({ path: `${path}.${key}`, message: 'is missing' });
            valid = false;
          }
          continue;
        }
        const checked = checkValue(field, value[key], `${path}.${key}`, errors);
        if (checked !== undefined) out[key] = checked;
        else valid = false;
      }
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(spec.fields, key)) errors.push({ path: `${path}.${key}`, message: UNKNOWN_FIELD });
      }
      if (!valid) return undefined;
      const problem = spec.refine?.(out);
      if (problem) {
        errors.push({ path, message: problem });
        return undefined;
      }
      return out;
    }
  }
}

// --- Chrome's managed-storage schema --------------------------------------------------------------------

/** The JSON-schema subset Chrome accepts for `storage.managed_schema`. */
export interface ManagedSchema {
  type: 'object' | 'array' | 'string' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ManagedSchema>;
  items?: ManagedSchema;
}

/**
 * Chrome's schema for a setting. Deliberately only types and structure (Chrome refuses an extension whose
 * schema uses attributes it does not know, and has no lengths or list sizes): a value Chrome rejects never
 * reaches the extension and nobody sees why, so the finer checks — allowed values, lengths, list sizes — are
 * Post Guard's own, which shows what it ignored on the options page and in the popup.
 */
export function toManagedSchema(spec: Spec): ManagedSchema {
  const described: Pick<ManagedSchema, 'title' | 'description'> = {};
  if (spec.title) described.title = spec.title;
  const notes = [spec.description];
  if (spec.kind === 'text' && spec.values) notes.push(`One of: ${spec.values.join(', ')}.`);
  if (spec.kind === 'text' && !spec.values) notes.push(`At most ${count(spec.maxLength)} characters.`);
  if (spec.kind === 'list') notes.push(`At most ${count(spec.maxItems)} entries.`);
  const description = notes.filter(Boolean).join(' ');
  if (description) described.description = description;
  switch (spec.kind) {
    case 'text':
      return { type: 'string', ...described };
    case 'flag':
      return { type: 'boolean', ...described };
    case 'list':
      return { type: 'array', ...described, items: toManagedSchema(spec.item) };
    case 'record':
      return {
        type: 'object',
        ...described,
        properties: Object.fromEntries(
          Object.entries(spec.fields).map(([key, field]) => [key, toManagedSchema(field)]),
        ),
      };
  }
}
