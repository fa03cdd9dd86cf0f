/**
 * Sentence patterns for the tone rules: a phrase list says which words, a pattern says how they stand in a
 * sentence ("whoever is addressed" + "will" + "regret"; "send" + "back" + a group of people). Written as plain
 * text, one step per space:
 *   regret|rue      one word, any of these (keys as the tokenizer makes them: "you'll" is "you ll")
 *   ?really         an optional word
 *   ~3              up to three words of anything (never across a sentence)
 *   *               exactly one word of anything
 *   @reader         any word of a named set (given when compiling: `sets.reader`)
 *   <group>         a span found beforehand, such as a group of people (given when matching: `spans.group`)
 * A pattern never crosses a sentence. Matching is linear in the text for all but the `~N` steps, which are short.
 */
import type { ToneToken } from './tokens';

export interface PatternEntry {
  /** The pattern, as written. */
  pattern: string;
  /** Where it comes from, or why it is here. */
  note: string;
}

export interface PatternMatch<T extends PatternEntry> {
  entry: T;
  first: number;
  last: number;
  start: number;
  end: number;
}

type Step =
  | { kind: 'word'; keys: ReadonlySet<string> | null; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'span'; name: string };

interface CompiledPattern<T> {
  entry: T;
  steps: Step[];
}

export interface PatternSet<T extends PatternEntry> {
  /** Every match, left to right; at most one per pattern and starting word. */
  find(
    tokens: readonly ToneToken[],
    spans?: Readonly<Record<string, ReadonlyMap<number, number>>>,
  ): PatternMatch<T>[];
  readonly size: number;
}

function compileStep(text: string, sets: Readonly<Record<string, readonly string[]>>, pattern: string): Step {
  if (/^~\d+$/.test(text)) return { kind: 'gap', max: Number(text.slice(1)) };
  if (text === '*') return { kind: 'word', keys: null, optional: false };
  const span = /^<([a-z-]+)>$/.exec(text);
  if (span) return { kind: 'span', name: span[1]! };
  const optional = text.startsWith('?');
  const body = optional ? text.slice(1) : text;
  const keys = new Set<string>();
  for (const part of body.split('|')) {
    if (part.startsWith('@')) {
      const set = sets[part.slice(1)];
      if (!set) throw new Error(`Unknown word set ${part} in pattern: ${pattern}`);
      for (const word of set) keys.add(word);
    } else if (/^[a-z0-9]+$/.test(part)) keys.add(part);
    else throw new Error(`Bad step "${part}" in pattern: ${pattern}`);
  }
  return { kind: 'word', keys, optional };
}

function tokenHas(token: ToneToken, keys: ReadonlySet<string>): boolean {
  if (keys.has(token.key)) return true;
  for (const variant of token.variants) if (keys.has(variant)) return true;
  return false;
}

/** Compiles patterns; throws on an unknown set or a malformed step, so a typo in the data fails the tests. */
export function compilePatterns<T extends PatternEntry>(
  entries: readonly T[],
  sets: Readonly<Record<string, readonly string[]>> = {},
): PatternSet<T> {
  const compiled: CompiledPattern<T>[] = entries.map((entry) => {
    const steps = entry.pattern
      .trim()
      .split(/\s+/)
      .map((step) => compileStep(step, sets, entry.pattern));
    const first = steps[0];
    if (!first || first.kind === 'gap' || (first.kind === 'word' && (first.optional || first.keys === null)))
      throw new Error(`A pattern must start with a word or a span: ${entry.pattern}`);
    return { entry, steps };
  });
  // Index by first word, so that only the patterns that can start at a word are tried there.
  const byFirst = new Map<string, CompiledPattern<T>[]>();
  const bySpan = new Map<string, CompiledPattern<T>[]>();
  for (const pattern of compiled) {
    const first = pattern.steps[0]!;
    if (first.kind === 'span') {
      const list = bySpan.get(first.name) ?? [];
      list.push(pattern);
      bySpan.set(first.name, list);
    } else if (first.kind === 'word')
      for (const key of first.keys!) {
        const list = byFirst.get(key) ?? [];
        list.push(pattern);
        byFirst.set(key, list);
      }
  }

  return {
    size: compiled.length,
    find(tokens, spans = {}) {
      /** The last token of a match of steps[s…] starting at token i, or -1. */
      const match = (steps: readonly Step[], s: number, i: number, sentence: number): number => {
        if (s === steps.length) return i - 1;
        const step = steps[s]!;
        const token = tokens[i];
        const inSentence = token !== undefined && token.sentence === sentence;
        if (step.kind === 'gap') {
          for (let skip = 0; skip <= step.max; skip++) {
            if (skip > 0 && tokens[i + skip - 1]?.sentence !== sentence) break;
            const last = match(steps, s + 1, i + skip, sentence);
            if (last >= 0) return last;
          }
          return -1;
        }
        if (step.kind === 'span') {
          const end = inSentence ? spans[step.name]?.get(i) : undefined;
          return end === undefined ? -1 : match(steps, s + 1, end + 1, sentence);
        }
        if (inSentence && (step.keys === null || tokenHas(token, step.keys))) {
          const last = match(steps, s + 1, i + 1, sentence);
          if (last >= 0) return last;
        }
        return step.optional ? match(steps, s + 1, i, sentence) : -1;
      };

      const found: PatternMatch<T>[] = [];
      const tried = new Set<CompiledPattern<T>>();
      const attempt = (pattern: CompiledPattern<T>, i: number): void => {
        if (tried.has(pattern)) return;
        tried.add(pattern);
        const token = tokens[i]!;
        const last = match(pattern.steps, 0, i, token.sentence);
        if (last >= i)
          found.push({ entry: pattern.entry, first: i, last, start: token.start, end: tokens[last]!.end });
      };
      const spanNames = [...bySpan.keys()].filter((name) => spans[name] !== undefined);
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        const byKey = byFirst.get(token.key);
        const variants = token.variants;
        // Most words start no pattern: skip them without allocating anything.
        if (byKey === undefined && variants.length === 0 && spanNames.length === 0) continue;
        tried.clear();
        if (byKey) for (const pattern of byKey) attempt(pattern, i);
        for (const variant of variants) for (const pattern of byFirst.get(variant) ?? []) attempt(pattern, i);
        for (const name of spanNames)
          if (spans[name]!.has(i)) for (const pattern of bySpan.get(name)!) attempt(pattern, i);
      }
      return found.sort((a, b) => a.first - b.first || b.last - a.last);
    },
  };
}
