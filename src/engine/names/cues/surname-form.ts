import type { FinderCue } from './cue';
import { isCapitalisedPair } from './pair';
import { isPlainCapitalisedWord } from './plain-word';
import { hasSurnameForm, isCapitalWord } from '../name-shapes';

/** "better than early Yefremova", "says Hartvigsson": a word shaped like a surname (distinctive endings only at a sentence start). */
export const surnameForm: FinderCue = {
  id: 'surname-form',
  form: 'capital',
  score: 0.45,
  note: 'a capitalised word with a surname ending ("-ova", "-sson", "-escu")',
  find(view, index) {
    const { tokens } = view;
    const token = tokens[index]!;
    if (
      isPlainCapitalisedWord(view, index) &&
      !isCapitalisedPair(view, index) &&
      !isCapitalWord(tokens[index - 1]) &&
      hasSurnameForm(token, view.text, token.sentenceStart)
    )
      return { first: index, last: index };
    return undefined;
  },
};
