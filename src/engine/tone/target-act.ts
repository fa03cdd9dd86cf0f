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

/** Negated modals that say a target will not or cannot act ("won't", "couldn't", "can't"), as token keys. */
const NEGATED_MODALS = new Set([
  'won',
  'wouldn',
  'couldn',
  'can',
  'cannot',
  'shouldn',
  'refuses',
  'refused',
  'refuse',
]);
/** Verbs after a negated modal that make it praise or plain news: "couldn't be prouder", "can't wait", "won't be in". */
const INNOCENT_AFTER_REFUSAL = new Set([
  'be', 'have', 'wait', 'stop', 'thank', 'help', 'praise', 'believe', 'recommend', 'ask', 'imagine', 'make', 'miss',
]); // prettier-ignore

/** True if a denial's verb makes it praise or plain news ("couldn't be prouder", "can't wait", "won't be in"). */
export function isInnocentDenial(tokens: readonly ToneToken[], verb: number): boolean {
  const key = tokens[verb]?.key ?? '';
  // A passive is a verdict again: "should never be trusted", "can't be bothered".
  if (key === 'be' && /(?:ed|en)$/.test(tokens[verb + 1]?.key ?? '')) return false;
  return INNOCENT_AFTER_REFUSAL.has(key);
}

/**
 * A refusal or inability said of a target anywhere in its sentence, not only as the first clause's subject: the
 * target, then (at most one word later) a negated modal and a verb ("because the head won't hire supply", "SLT
 * refuse to listen", "Ministers can't count"). Returns the modal-and-verb range for each target that has one.
 * Praise and news in the same shape ("couldn't be prouder", "can't wait", "won't be in tomorrow") are left out.
 */
export function refusalsAfter<T extends Located>(
  tokens: readonly ToneToken[],
  targets: readonly T[],
): { target: T; first: number; last: number; start: number; end: number }[] {
  const found: { target: T; first: number; last: number; start: number; end: number }[] = [];
  for (const target of targets) {
    const sentence = tokens[target.last]!.sentence;
    for (let i = target.last + 1; i <= target.last + 2 && i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.sentence !== sentence || !NEGATED_MODALS.has(token.key)) continue;
      // "won t", "can t": the contraction's second half; "cannot", "refuses (to)": none.
      let verb = i + 1;
      if (tokens[verb]?.key === 't' || tokens[verb]?.key === 'to') verb++;
      if (token.key === 'can' && tokens[i + 1]?.key !== 't') break;
      const after = tokens[verb];
      if (!after || after.sentence !== sentence || isInnocentDenial(tokens, verb)) break;
      found.push({ target, first: i, last: verb, start: token.start, end: after.end });
      break;
    }
  }
  return found;
}
