import { previousInPhrase, type ReadingCue } from './cue';
import { DETERMINERS, NOUN_ADJECTIVES } from '../../data/name-grammar';
import { hasNameCueBefore } from '../name-use';

/** "a ruby necklace", "by the grace of", "our summer fair", "red rose": a determiner makes it a common noun. */
export const determinerBefore: ReadingCue = {
  id: 'determiner-before',
  note: 'a determiner, possessive or adjective right before the word',
  weigh(view, index) {
    const previous = previousInPhrase(view.tokens, index);
    if (!previous || view.tokens[index]!.sentenceStart) return 0;
    // "Thanks so much Poppy": the word ends a praise phrase, not a determiner
    if (hasNameCueBefore(view.tokens, index)) return 0;
    return DETERMINERS.has(previous.key) || NOUN_ADJECTIVES.has(previous.key) ? -5 : 0;
  },
};
