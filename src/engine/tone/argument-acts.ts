/**
 * The argument rule's reading of the act (issue 13): what a reply does to the person it answers, whatever its
 * words, read per sentence through the word classes of data/tone-act-classes.ts and the negative words of
 * data/vader-negative.ts:
 *   verdict     a negative word aimed at the other's words or at them ("that's a load of tosh", "Completely
 *               false.", "your logic has more holes…"), not said of oneself ("that's our mistake") or denied
 *   challenge   the reader and their reading or knowledge, doubted ("do you actually read…", "you clearly have
 *               no idea", "you haven't understood a single word")
 *   ridicule    a mock title or sarcastic praise ("another armchair expert", "bless you for trying", "cute theory")
 *   bad faith   twisting, lecturing, mouthing off, or saying the same again ("you can keep repeating it")
 * A sentence that thanks, apologises or hedges ("maybe", "please", "glad") is left alone.
 */
import { isNegated, isSelfDirected } from './context';
import { classIndex, inClass, isNegativeWord, sentences } from './act-reading';
import type { ToneToken } from './tokens';

export interface ArgumentActHit {
  first: number;
  last: number;
  /** The reader is named in the act ("you", "your"): outside replies only these are worth a reminder. */
  addressed: boolean;
}

const CONTRACTED_NOT = new Set(['haven', 'didn', 'don', 'doesn', 'can', 'won', 'hasn', 'couldn']);

export function findArgumentActs(text: string, tokens: readonly ToneToken[]): ArgumentActHit[] {
  const hits: ArgumentActHit[] = [];
  for (const { first, last } of sentences(tokens)) {
    const has = classIndex(tokens, first, last);
    const key = (i: number): string => tokens[i]?.key ?? '';
    if (has('hedge').length > 0) continue;
    // "Sorry, wrong link!", "I think you may have misread": an apology or an opinion offered, not a verdict.
    // "Sorry but that's rubbish" keeps its verdict.
    let softened = false;
    for (let i = first; i <= last; i++)
      if ((key(i) === 'sorry' && key(i + 1) !== 'but') || (key(i) === 'think' && key(i - 1) === 'i'))
        softened = true;
    if (softened) continue;
    const question = /\?/.test(text.slice(tokens[last]!.end, tokens[last + 1]?.start ?? text.length));
    // "Wrong year group, I think?": a correction asked, not a verdict.
    if (question && key(last) === 'think') continue;
    const readers = has('reader');
    const add = (a: number, b: number): void => {
      const from = Math.min(a, b);
      const to = Math.max(a, b);
      hits.push({ first: from, last: to, addressed: readers.some((r) => r >= from - 2 && r <= to + 2) });
    };
    const aimedAt = (i: number): boolean => {
      for (let j = Math.max(first, i - 4); j < i; j++)
        if (inClass(tokens[j], 'deixis') || inClass(tokens[j], 'said') || inClass(tokens[j], 'ridicule'))
          return true;
      for (let j = i + 1; j <= Math.min(last, i + 2); j++) if (inClass(tokens[j], 'said')) return true;
      // "Rubbish.", "Nope. Completely false.", "Wrong on every count": the sentence opens with the verdict.
      return i - first <= 1;
    };
    let found = false;
    // verdict
    for (let i = first; i <= last && !found; i++) {
      if (!isNegativeWord(tokens[i], 'verdict')) continue;
      if (isNegated(tokens, i, 3) || isSelfDirected(tokens, i, 4)) continue;
      if (['our', 'my'].includes(key(i - 1)) || ['our', 'my'].includes(key(i - 2))) continue;
      if (!aimedAt(i)) continue;
      add(Math.max(first, i - 3), i);
      found = true;
    }
    if (found) continue;
    // challenge: the reader's reading or knowledge, doubted.
    for (const r of readers) {
      const understanding = has('understanding').find((u) => u > r && u - r <= 5);
      if (understanding === undefined) continue;
      let doubted = false;
      for (let j = Math.max(first, r - 2); j <= Math.min(last, understanding + 3); j++)
        if (inClass(tokens[j], 'challenge') || (key(j) === 't' && CONTRACTED_NOT.has(key(j - 1))))
          doubted = true;
      if (doubted) {
        add(r, understanding);
        found = true;
        break;
      }
    }
    if (found) continue;
    // ridicule: a mock title or sarcastic praise, aimed at the reader or their words, or opening the sentence.
    for (const m of has('ridicule')) {
      const aimed =
        m - first <= 1 ||
        readers.some((r) => Math.abs(r - m) <= 4) ||
        has('said').some((s) => Math.abs(s - m) <= 2) ||
        has('deixis').some((d) => d < m && m - d <= 2);
      if (aimed && !isNegated(tokens, m, 3)) {
        add(m, Math.min(last, m + 2));
        found = true;
        break;
      }
    }
    if (found) continue;
    // bad faith: twisting, lecturing, mouthing off; or saying the same again.
    const twisting = has('twisting').find(
      (t) => readers.some((r) => Math.abs(r - t) <= 5) || has('writer').length > 0,
    );
    if (twisting !== undefined) {
      add(Math.max(first, twisting - 2), twisting);
      continue;
    }
    const again = has('again');
    const saying = has('saying').find((s) => again.some((a) => Math.abs(a - s) <= 4) && readers.length > 0);
    if (saying !== undefined) add(Math.max(first, saying - 2), saying);
  }
  return hits;
}
