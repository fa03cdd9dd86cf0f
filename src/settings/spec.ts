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
}

export interface FlagSpec extends Described {
  kind: 'flag';
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
  },
): TextSpec<string> {
  return { kind: 'text', required: false, ...options };
}

export function oneOf<const T extends string>(values: readonly T[], options: Described = {}): TextSpec<T> {
  const longest = Math.max(...values.map((value) => value.length));
  return { kind: 'text', required: true, maxLength: longest, values, ...options };
}

export function flag(options: Described = {}): FlagSpec {
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

/**
 * Checks `value` against `spec`. Returns the value to keep (a copy), or undefined when it must be dropped;
 * every problem is added to `errors` with its path. A list keeps its valid items and drops the others; a record
 * with any invalid field is dropped whole.
 */
export function checkValue(spec: Spec, value: unknown, path: string, errors: SettingsError[]): unknown {
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
        const checked = checkValue(spec.item, element, `${path}[${index}]`, errors);
        if (checked !== undefined) kept.push(checked);
      });
      return kept;
    }
    case 'record': {
      if (!isRecord(value)) {
        errors.push({ path, message: `must be an object, not ${describe(value)}` });
        return undefined;
      }
      const before = errors.length;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(spec.fields)) {
        if (!(key in value) || value[key] === undefined) {
          if (!isOptional(field)) errors.push({ path: `${path}.${key}`, message: 'is missing' });
          continue;
        }
        const checked = checkValue(field, value[key], `${path}.${key}`, errors);
        if (checked !== undefined) out[key] = checked;
      }
      for (const key of Object.keys(value)) {
        if (!(key in spec.fields))
          errors.push({ path: `${path}.${key}`, message: 'is not a field Post Guard knows' });
      }
      if (errors.length !== before) return undefined;
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
