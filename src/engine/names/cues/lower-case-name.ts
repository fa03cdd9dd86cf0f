import type { FinderCue } from './cue';
import { UK_FIRST_NAMES, firstNameAmbiguity } from '../../data/uk-first-names';
import { COMMON_WORDS } from '../../data/name-common-words';
import { NAME_GAP, isKnownSurname } from '../name-shapes';

/**
 * Social media is often written in lower case: "with lydia and her mum", "mark wright": a known first name that
 * is not also a word, or a first name and a known surname.
 */
export const lowerCaseName: FinderCue = {
  id: 'lower-case-name',
  form: 'lower',
  score: 0.6,
  note: 'a known first name in lower case (not also a word), or a first name and a known surname',
  find(view, index) {
    const token = view.tokens[index]!;
    if (token.prefix !== '' || !UK_FIRST_NAMES.has(token.key) || COMMON_WORDS.has(token.key))
      return undefined;
    const next = view.tokens[index + 1];
    if (
      next !== undefined &&
      next.kind === 'word' &&
      !next.capital &&
      NAME_GAP.test(next.gap) &&
      next.key.length >= 3 &&
      isKnownSurname(next.key) &&
      !UK_FIRST_NAMES.has(next.key) &&
      firstNameAmbiguity(token.key) !== 'proper'
    ) {
      return { first: index, last: index + 1 };
    }
    return token.key.length >= 4 && firstNameAmbiguity(token.key) === 'none'
      ? { first: index, last: index }
      : undefined;
  },
};
