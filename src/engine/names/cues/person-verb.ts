import type { FinderCue } from './cue';
import { isPlainCapitalisedWord } from './plain-word';
import { AUXILIARIES, PERSON_VERBS } from '../../data/name-finder-words';
import { NAME_GAP, isCapitalWord, looksLikeName } from '../name-shapes';

/** "he likes Trump because", "Looks like Grimaldo is linked": an unknown capitalised word before a verb of a person. */
export const personVerb: FinderCue = {
  id: 'person-verb',
  form: 'capital',
  score: 0.4,
  note: 'an unknown capitalised word before a verb of a person ("says", "scored")',
  find(view, index) {
    const { tokens } = view;
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (
      isPlainCapitalisedWord(view, index) &&
      looksLikeName(token) &&
      !isCapitalWord(tokens[index - 1]) &&
      next &&
      !next.sentenceStart &&
      NAME_GAP.test(next.gap) &&
      PERSON_VERBS.has(next.key) &&
      !(token.sentenceStart && AUXILIARIES.has(next.key))
    )
      return { first: index, last: index };
    return undefined;
  },
};
