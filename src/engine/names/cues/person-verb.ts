import type { FinderCue } from './cue';
import { capitalisedBeforeWord } from './plain-word';
import { AUXILIARIES, PERSON_VERBS } from '../../data/name-finder-words';
import { isCapitalWord, looksLikeName } from '../name-shapes';

/** "he likes Trump because", "Looks like Grimaldo is linked": an unknown capitalised word before a verb of a person. */
export const personVerb: FinderCue = {
  id: 'person-verb',
  form: 'capital',
  score: 0.4,
  note: 'an unknown capitalised word before a verb of a person ("says", "scored")',
  find(view, index) {
    const pair = capitalisedBeforeWord(view, index);
    if (
      pair &&
      looksLikeName(pair.token) &&
      !isCapitalWord(view.tokens[index - 1]) &&
      !pair.next.sentenceStart &&
      PERSON_VERBS.has(pair.next.key) &&
      !(pair.token.sentenceStart && AUXILIARIES.has(pair.next.key))
    )
      return { first: index, last: index };
    return undefined;
  },
};
