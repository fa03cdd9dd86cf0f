/**
 * Phrase lexicons for the tone rules: a list of entries (single words or phrases, each with a note saying why it
 * is there) compiled once into a map keyed by first word, then matched against a token stream. A phrase is
 * written as plain text ("can't stand", "i know where * live"); `*` stands for any one word. Matching tries each
 * token's spellings (disguises undone, stretched letters squeezed), keeps the longest match at each place, and
 * never lets two matches overlap.
 */
import type { ToneToken } from './tokens';
import { misspellings, termKeys } from './word-forms';

export interface LexiconEntry {
  /** The word or phrase, as written. */
  term: string;
  /** Where it comes from, or why it is here. */
  note: string;
}

export interface LexiconMatch<T extends LexiconEntry> {
  entry: T;
  /** Token indices of the first and last word matched. */
  first: number;
  last: number;
  /** Character offsets in the text. */
  start: number;
  end: number;
  /** Matched through a misspelling (a letter dropped or two swapped), not the written form. */
  fuzzy: boolean;
}

interface CompiledPhrase<T> {
  entry: T;
  /** Keys of the words after the first; '' is a wildcard. */
  rest: string[];
}

export interface Lexicon<T extends LexiconEntry> {
  /** Every match in the tokens, left to right, longest first where two start at the same word. */
  find(tokens: readonly ToneToken[]): LexiconMatch<T>[];
  /** Entries whose whole term is this one word key. */
  lookup(key: string): T | undefined;
  readonly size: number;
}

export { inflections, misspellings, termKeys } from './word-forms';

export interface LexiconOptions {
  /**
   * Also match single-word terms misspelt by one dropped or swapped letter ("murdr", "fukc"), except where the
   * misspelling is itself a word in `realWords` or another term.
   */
  fuzzy?: boolean;
  realWords?: ReadonlySet<string>;
}

/** Compiles entries into a Lexicon. Throws on an empty term. */
export function compileLexicon<T extends LexiconEntry>(
  entries: readonly T[],
  options: LexiconOptions = {},
): Lexicon<T> {
  const byFirst = new Map<string, CompiledPhrase<T>[]>();
  const single = new Map<string, T>();
  const add = (first: string, phrase: CompiledPhrase<T>): void => {
    const list = byFirst.get(first);
    if (list) list.push(phrase);
    else byFirst.set(first, [phrase]);
  };
  for (const entry of entries) {
    const keys = termKeys(entry.term);
    const first = keys[0];
    if (first === undefined || first === '')
      throw new Error(`Lexicon term must start with a word: ${entry.term}`);
    add(first, { entry, rest: keys.slice(1) });
    if (keys.length === 1 && !single.has(first)) single.set(first, entry);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);

  const fuzzy = new Map<string, T>();
  if (options.fuzzy) {
    for (const [key, entry] of single) {
      if (!/^[a-z]+$/.test(key)) continue;
      for (const variant of misspellings(key)) {
        if (single.has(variant) || byFirst.has(variant) || options.realWords?.has(variant)) continue;
        if (!fuzzy.has(variant)) fuzzy.set(variant, entry);
      }
    }
  }

  const keyMatches = (token: ToneToken | undefined, key: string): boolean => {
    if (token === undefined) return false;
    if (key === '') return true;
    if (token.key === key) return true;
    for (const variant of token.variants) if (variant === key) return true;
    return false;
  };

  return {
    size: entries.length,
    lookup: (key) => single.get(key),
    find(tokens) {
      const found: LexiconMatch<T>[] = [];
      let i = 0;
      while (i < tokens.length) {
        const token = tokens[i]!;
        let best: LexiconMatch<T> | undefined;
        // The token's key, then its variants, without building an array per token (this loop is the hot path).
        for (let v = -1; v < token.variants.length; v++) {
          const spelling = v < 0 ? token.key : token.variants[v]!;
          const candidates = byFirst.get(spelling);
          if (!candidates) continue;
          for (const phrase of candidates) {
            if (best && phrase.rest.length + i <= best.last) break;
            let ok = true;
            for (let k = 0; k < phrase.rest.length; k++) {
              if (!keyMatches(tokens[i + 1 + k], phrase.rest[k]!)) {
                ok = false;
                break;
              }
            }
            if (!ok) continue;
            const last = i + phrase.rest.length;
            best = {
              entry: phrase.entry,
              first: i,
              last,
              start: token.start,
              end: tokens[last]!.end,
              fuzzy: false,
            };
            break;
          }
        }
        if (!best && fuzzy.size > 0 && token.key.length >= 3) {
          const entry = fuzzy.get(token.key);
          if (entry) best = { entry, first: i, last: i, start: token.start, end: token.end, fuzzy: true };
        }
        if (best) {
          found.push(best);
          i = best.last + 1;
        } else i++;
      }
      return found;
    },
  };
}
