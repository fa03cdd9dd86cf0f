import { type FinderCue } from './cue';
import { UK_FIRST_NAMES, firstNameAmbiguity } from '../../data/uk-first-names';
import { NAME_GAP, isKnownSurname, isPlainName } from '../name-shapes';

/** Shouted posts: "GET NICOLA OUT", "BRENDA LEE": a known first name (not also a word) in capitals. */
export const capitals: FinderCue = {
  id: 'capitals',
  form: 'upper',
  score: 0.9,
  note: 'a known first name written in capitals, perhaps with a known surname',
  find(view, index) {
    const token = view.tokens[index]!;
    if (!isPlainName(token, 4) || !UK_FIRST_NAMES.has(token.key) || firstNameAmbiguity(token.key) !== 'none')
      return undefined;
    const next = view.tokens[index + 1];
    const surname = next !== undefined && next.upper && NAME_GAP.test(next.gap) && isKnownSurname(next.key);
    return { first: index, last: surname ? index + 1 : index };
  },
};
