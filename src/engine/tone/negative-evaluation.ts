/**
 * The broad class of words that judge or complain (src/engine/data/negative-evaluation.ts, from the VADER
 * lexicon), as matches in a sentence. The conduct rules read it as a verdict when it is said of one of their
 * targets ("the trust's handling was deceitful", "this government is pathetic"), so that a verdict in words their
 * own lists do not name is still read. Negated ("not bad") and quoted words are left out.
 */
import { NEGATIVE_EVALUATION } from '../data/negative-evaluation';
import { compileLexicon, type LexiconEntry, type LexiconMatch } from './lexicon';
import { isNegated, isQuoted } from './context';
import type { ToneToken } from './tokens';

export interface JudgingWord extends LexiconEntry {
  /** VADER's mean rating, −4 (worst) to −1.5. */
  rating: number;
}

/** At or below this rating a word is a verdict by itself ("atrocious"); above it ("annoying") only beside a target. */
export const STRONGLY_NEGATIVE = -2;

const LEXICON = compileLexicon<JudgingWord>(
  NEGATIVE_EVALUATION.map(([term, rating]) => ({ term, rating, note: `VADER mean rating ${rating}` })),
);

/** The judging words in the tokens, not negated and not quoted. */
export function judgingWords(tokens: readonly ToneToken[]): LexiconMatch<JudgingWord>[] {
  return LEXICON.find(tokens).filter(
    (match) => !isQuoted(tokens, match.first, match.last) && !isNegated(tokens, match.first, 3),
  );
}
