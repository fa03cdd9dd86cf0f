import type { FinderCue } from './cue';
import { isPlainCapitalisedWord } from './plain-word';
import { ENGLISH_ENDING, isCapitalWord } from '../name-shapes';
import { isPossessive } from '../name-use';

/** "Trump's economic policy", "Napoleon's horse": an unknown capitalised word with a possessive. */
export const unknownPossessive: FinderCue = {
  id: 'unknown-possessive',
  form: 'capital',
  score: 0.5,
  note: "a capitalised word with a possessive 's",
  find(view, index) {
    const { tokens } = view;
    if (
      isPlainCapitalisedWord(view, index) &&
      isPossessive(tokens, index) &&
      !isCapitalWord(tokens[index - 1]) &&
      !ENGLISH_ENDING.test(tokens[index]!.key)
    )
      return { first: index, last: index };
    return undefined;
  },
};
