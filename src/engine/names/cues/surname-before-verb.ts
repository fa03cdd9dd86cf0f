import type { FinderCue } from './cue';
import { capitalisedBeforeWord } from './plain-word';
import { UK_FIRST_NAMES } from '../../data/uk-first-names';
import { UK_SURNAMES } from '../../data/uk-surnames';
import { PERSON_VERBS } from '../../data/name-finder-words';
import { isCapitalWord } from '../name-shapes';

/** "especially Dunn rolling back the years", "Pienaar going back": a known surname alone, before a verb. */
export const surnameBeforeVerb: FinderCue = {
  id: 'surname-before-verb',
  form: 'capital',
  score: 0.6,
  note: 'a known surname alone inside a sentence, before a verb',
  find(view, index) {
    const pair = capitalisedBeforeWord(view, index);
    if (
      pair &&
      !pair.token.sentenceStart &&
      UK_SURNAMES.has(pair.token.key) &&
      !UK_FIRST_NAMES.has(pair.token.key) &&
      !isCapitalWord(view.tokens[index - 1]) &&
      (PERSON_VERBS.has(pair.next.key) || /^\p{L}{3,}(?:ing|ed)$/u.test(pair.next.key))
    )
      return { first: index, last: index };
    return undefined;
  },
};
