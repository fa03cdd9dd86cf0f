/**
 * Helpers the conduct rules share: compiled phrase lists and a finder that applies the usual exceptions
 * (quotation, negation) and returns rule hits.
 */
import type { RuleHit } from '../rule';
import type { Severity } from '../types';
import type { ConductEntry } from '../data/tone-conduct';
import type { LexiconMatch } from './lexicon';
import { isNegated, isQuoted } from './context';
import type { ToneToken } from './tokens';

export type ConductMatch = LexiconMatch<ConductEntry>;

/** True if any match lies in the given sentence. */
export function inSentence(
  tokens: readonly ToneToken[],
  matches: readonly ConductMatch[],
  sentence: number,
): boolean {
  return matches.some((match) => tokens[match.first]!.sentence === sentence);
}

/** True if any match lies within `distance` words of token range [first, last] in the same sentence. */
export function near(
  tokens: readonly ToneToken[],
  matches: readonly ConductMatch[],
  first: number,
  last: number,
  distance: number,
): boolean {
  const sentence = tokens[first]!.sentence;
  return matches.some(
    (match) =>
      tokens[match.first]!.sentence === sentence &&
      match.last >= first - distance &&
      match.first <= last + distance &&
      !(match.first >= first && match.last <= last),
  );
}

export function hit(
  match: ConductMatch | { start: number; end: number },
  severity: Severity,
  message: string,
): RuleHit {
  return { start: match.start, end: match.end, severity, message };
}

/** Not negated and not quoted. */
export function plain(tokens: readonly ToneToken[], match: ConductMatch, window = 3): boolean {
  return !isQuoted(tokens, match.first, match.last) && !isNegated(tokens, match.first, window);
}

/** Merges hits that overlap or touch, keeping the first's severity and message. */
export function mergeHits(hits: RuleHit[]): RuleHit[] {
  hits.sort((a, b) => a.start - b.start);
  const out: RuleHit[] = [];
  for (const current of hits) {
    const previous = out[out.length - 1];
    if (previous && current.start <= previous.end) previous.end = Math.max(previous.end, current.end);
    else out.push({ ...current });
  }
  return out;
}
