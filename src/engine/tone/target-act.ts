/**
 * Pairs what a sentence is about (a target: the school's leaders, a party, a child) with what it does to it (an
 * act: a verdict, a call to act, a disclosure). The conduct rules find both with their word lists and the sentence
 * helpers (src/engine/nlp/sentence-structure.ts); this decides which pairs belong together: the same sentence, or
 * a short sentence right beside the other ("Another U-turn from Number 10. Spineless.").
 */
import type { ToneToken } from './tokens';

export interface Located {
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Pair<T extends Located, A extends Located> {
  target: T;
  act: A;
}

/** Number of words in each sentence, by sentence index. */
export function sentenceLengths(tokens: readonly ToneToken[]): Map<number, number> {
  const lengths = new Map<number, number>();
  for (const token of tokens) lengths.set(token.sentence, (lengths.get(token.sentence) ?? 0) + 1);
  return lengths;
}

/**
 * For each act, the nearest target in its own sentence, else in the sentence just before or after it when one of
 * the two sentences has at most `shortSentence` words. `accepts` filters the combinations a rule allows.
 */
export function pairTargets<T extends Located, A extends Located>(
  tokens: readonly ToneToken[],
  targets: readonly T[],
  acts: readonly A[],
  shortSentence = 3,
  accepts: (target: T, act: A) => boolean = () => true,
): Pair<T, A>[] {
  const lengths = sentenceLengths(tokens);
  const short = (sentence: number): boolean => (lengths.get(sentence) ?? 0) <= shortSentence;
  const pairs: Pair<T, A>[] = [];
  for (const act of acts) {
    const sentence = tokens[act.first]!.sentence;
    let best: T | undefined;
    let bestDistance = Infinity;
    for (const target of targets) {
      if (!accepts(target, act)) continue;
      const other = tokens[target.first]!.sentence;
      const near =
        other === sentence || (Math.abs(other - sentence) === 1 && (short(other) || short(sentence)));
      if (!near) continue;
      // In a sentence beside the act's, the first target: usually the subject of the complaint.
      const distance = other === sentence ? Math.abs(target.first - act.first) : 1000 + target.first;
      if (distance < bestDistance) {
        best = target;
        bestDistance = distance;
      }
    }
    if (best) pairs.push({ target: best, act });
  }
  return pairs;
}

/** The span covering a pair: target and act, and the words between them. */
export function pairSpan(pair: Pair<Located, Located>): { start: number; end: number } {
  const { target, act } = pair;
  return { start: Math.min(target.start, act.start), end: Math.max(target.end, act.end) };
}
