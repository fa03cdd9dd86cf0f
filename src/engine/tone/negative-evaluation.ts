/**
 * The broad class of words that judge or complain (from the VADER lexicon, src/engine/data/vader-negative.ts), as
 * matches in a sentence. The conduct rules read it as a verdict when it is said of one of their
 * targets ("the trust's handling was deceitful", "this government is pathetic"), so that a verdict in words their
 * own lists do not name is still read. Negated ("not bad") and quoted words are left out.
 */
import { VADER_NEGATIVE } from '../data/vader-negative';
import { NOT_JUDGING_WORDS } from '../data/not-judging-words';
import { SWEAR_WORDS } from '../data/tone-offensive';
import { SLURS } from '../data/tone-identity';
import { compileLexicon, type LexiconEntry, type LexiconMatch } from './lexicon';
import { isNegated, isQuoted } from './context';
import type { ToneToken } from './tokens';

export interface JudgingWord extends LexiconEntry {
  /** VADER's mean rating, −4 (worst) to −1.5. */
  rating: number;
}

/** At or below this rating a word is a verdict by itself ("atrocious"); above it ("annoying") only beside a target. */
export const STRONGLY_NEGATIVE = -2;

/** Mean rating at most this: clearly negative, not merely glum. */
const MOST_NEGATIVE = -1.5;
/** Raters' standard deviation at most this: words they agreed on ("crushing" split them: 1.86). */
const AGREEMENT = 1.5;

/**
 * The words that judge: clearly negative, agreed on by VADER's raters, not an event, illness or loss
 * (NOT_JUDGING_WORDS), and not a swear word or slur (the offensive and discriminatory rules find those, whoever
 * they are aimed at).
 */
export function judgingWordList(): [word: string, rating: number][] {
  const ownedElsewhere = new Set([...SWEAR_WORDS, ...SLURS].map((entry) => entry.term.toLowerCase()));
  return VADER_NEGATIVE.filter(
    ([word, mean, spread]) =>
      mean <= MOST_NEGATIVE &&
      spread <= AGREEMENT &&
      !NOT_JUDGING_WORDS.has(word) &&
      !ownedElsewhere.has(word),
  ).map(([word, mean]) => [word, mean]);
}

const LEXICON = compileLexicon<JudgingWord>(
  judgingWordList().map(([term, rating]) => ({ term, rating, note: `VADER mean rating ${rating}` })),
);

/** The judging words in the tokens, not negated and not quoted. */
export function judgingWords(tokens: readonly ToneToken[]): LexiconMatch<JudgingWord>[] {
  return LEXICON.find(tokens).filter(
    (match) => !isQuoted(tokens, match.first, match.last) && !isNegated(tokens, match.first, 3),
  );
}
