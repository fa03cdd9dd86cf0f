import type { FinderCue } from './cue';
import { isPlainCapitalisedWord } from './plain-word';
import { UK_FIRST_NAMES } from '../../data/uk-first-names';
import { UK_SURNAMES } from '../../data/uk-surnames';
import { PERSON_VERBS } from '../../data/name-finder-words';
import { NAME_GAP, isCapitalWord } from '../name-shapes';

/** "especially Dunn rolling back the years", "Pienaar going back": a known surname alone, before a verb. */
export const surnameBeforeVerb: FinderCue = {
  id: 'surname-before-verb',
  form: 'capital',
  score: 0.6,
  note: 'a known surname alone inside a sentence, before a verb',
  find(view, index) {
    const { tokens } = view;
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (
      isPlainCapitalisedWord(view, index) &&
      !token.sentenceStart &&
      UK_SURNAMES.has(token.key) &&
      !UK_FIRST_NAMES.has(token.key) &&
      !isCapitalWord(tokens[index - 1]) &&
      next !== undefined &&
      NAME_GAP.test(next.gap) &&
      (PERSON_VERBS.has(next.key) || /^\p{L}{3,}(?:ing|ed)$/u.test(next.key))
    )
      return { first: index, last: index };
    return undefined;
  },
};
