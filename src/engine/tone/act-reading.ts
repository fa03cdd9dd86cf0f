/**
 * Reading an act through broad word classes (data/tone-act-classes.ts) and a negative-evaluation lexicon
 * (data/vader-negative.ts, from VADER) instead of phrase lists: a token belongs to a class when any of its
 * base forms does ("drunks", "drunken" → drunk; "regretted" → regret), so a new wording of the same act is read
 * the same way. Shared by the harassment, argument and discriminatory readers (threat-acts.ts,
 * argument-acts.ts, group-generalisation.ts). Pure and linear in the number of tokens.
 */
import { ACT_CLASSES, type ActClassName } from '../data/tone-act-classes';
import { VADER_NEGATIVE } from '../data/vader-negative';
import type { ToneToken } from './tokens';

/** Candidate base forms of a word key: itself, and its regular stem if it looks inflected. */
export function baseForms(key: string): string[] {
  const forms = [key];
  if (key.length < 4) return forms;
  const add = (stem: string): void => {
    if (stem.length >= 3) forms.push(stem);
  };
  const undouble = (stem: string): void => {
    add(stem);
    if (/([bdgklmnprt])\1$/.test(stem)) add(stem.slice(0, -1));
    else add(`${stem}e`);
  };
  if (key.endsWith('ies')) add(`${key.slice(0, -3)}y`);
  if (key.endsWith('es')) add(key.slice(0, -2));
  if (key.endsWith('s') && !key.endsWith('ss')) add(key.slice(0, -1));
  if (key.endsWith('ed')) undouble(key.slice(0, -2));
  if (key.endsWith('ing')) undouble(key.slice(0, -3));
  if (key.endsWith('en') && key.length >= 6) add(key.slice(0, -2));
  if (key.endsWith('ers')) add(key.slice(0, -3));
  if (key.endsWith('er') && key.length >= 6) add(key.slice(0, -2));
  if (key.endsWith('ly') && key.length >= 6) add(key.slice(0, -2));
  // Superlatives: "rudest" → rude, "dirtiest" → dirty.
  if (key.endsWith('iest')) add(`${key.slice(0, -4)}y`);
  else if (key.endsWith('est') && key.length >= 6) undouble(key.slice(0, -3));
  return forms;
}

const CLASS_SETS = new Map<ActClassName, ReadonlySet<string>>(
  (Object.keys(ACT_CLASSES) as ActClassName[]).map((name) => [name, new Set(ACT_CLASSES[name].words)]),
);
/** Every word of every class, with the classes it is in: one look-up per form instead of one per class. */
const CLASSES_OF_WORD = new Map<string, ActClassName[]>();
for (const [name, words] of CLASS_SETS)
  for (const word of words) {
    const list = CLASSES_OF_WORD.get(word) ?? [];
    list.push(name);
    CLASSES_OF_WORD.set(word, list);
  }
const NEGATIVE = new Set(VADER_NEGATIVE.map(([word]) => word));

interface TokenReading {
  classes: ReadonlySet<ActClassName>;
  negative: boolean;
}
/**
 * Readings by word key: words repeat across posts and keystrokes, so each is read once. Bounded: cleared when it
 * holds READING_CACHE_LIMIT words, so a long session does not grow it without end.
 */
const readingsByKey = new Map<string, TokenReading>();
const READING_CACHE_LIMIT = 20_000;

function readForms(forms: readonly string[]): TokenReading {
  let classes: Set<ActClassName> | undefined;
  let negative = false;
  for (const form of forms) {
    const names = CLASSES_OF_WORD.get(form);
    if (names) for (const name of names) (classes ??= new Set()).add(name);
    if (NEGATIVE.has(form)) negative = true;
  }
  return { classes: classes ?? NO_CLASSES, negative };
}
const NO_CLASSES: ReadonlySet<ActClassName> = new Set();

function reading(token: ToneToken): TokenReading {
  if (token.variants.length > 0) return readForms([...baseForms(token.key), ...token.variants]);
  const known = readingsByKey.get(token.key);
  if (known) return known;
  const read = readForms(baseForms(token.key));
  if (readingsByKey.size >= READING_CACHE_LIMIT) readingsByKey.clear();
  readingsByKey.set(token.key, read);
  return read;
}

/** True if the token (or a base form of it) is in the named class. */
export function inClass(token: ToneToken | undefined, name: ActClassName): boolean {
  return token !== undefined && reading(token).classes.has(name);
}

/**
 * True if the word passes a negative verdict: rated clearly negative in VADER, or in a hand class given, and not a
 * word of feeling or of harm suffered ("sad", "attacked", "flooded": ACT_CLASSES.notVerdict).
 */
export function isNegativeWord(token: ToneToken | undefined, extra?: ActClassName): boolean {
  if (!token || token.quoted) return false;
  const { classes, negative } = reading(token);
  if (classes.has('notVerdict') && !(extra && CLASS_SETS.get(extra)!.has(token.key))) return false;
  return negative || (extra !== undefined && classes.has(extra));
}

/** The token range [first, last] of sentence `sentence`, or undefined. */
export function sentenceRange(
  tokens: readonly ToneToken[],
  sentence: number,
): { first: number; last: number } | undefined {
  const first = tokens.findIndex((token) => token.sentence === sentence);
  if (first < 0) return undefined;
  let last = first;
  while (tokens[last + 1]?.sentence === sentence) last++;
  return { first, last };
}

/** Every sentence as a token range, in order. */
export function sentences(tokens: readonly ToneToken[]): { first: number; last: number }[] {
  const ranges: { first: number; last: number }[] = [];
  tokens.forEach((token, i) => {
    const open = ranges[ranges.length - 1];
    if (open && tokens[open.first]!.sentence === token.sentence) open.last = i;
    else ranges.push({ first: i, last: i });
  });
  return ranges;
}

/**
 * The tokens of [first, last] by class, read once: `of(name)` lists the indexes of tokens in the class, not in
 * quotation marks, in order.
 */
export function classIndex(
  tokens: readonly ToneToken[],
  first: number,
  last: number,
): (name: ActClassName) => readonly number[] {
  const byClass = new Map<ActClassName, number[]>();
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    if (token.quoted) continue;
    for (const name of reading(token).classes) {
      const list = byClass.get(name);
      if (list) list.push(i);
      else byClass.set(name, [i]);
    }
  }
  const none: readonly number[] = [];
  return (name) => byClass.get(name) ?? none;
}

/** Indexes in [first, last] of tokens in the class, not in quotation marks. */
export function findInClass(
  tokens: readonly ToneToken[],
  first: number,
  last: number,
  name: ActClassName,
): number[] {
  const found: number[] = [];
  for (let i = first; i <= last; i++) if (!tokens[i]!.quoted && inClass(tokens[i], name)) found.push(i);
  return found;
}
