import type { FinderCue, NameView } from './cue';
import { COMMON_WORDS, NOT_PERSON_WORDS } from '../../data/name-common-words';
import { UK_SURNAMES } from '../../data/uk-surnames';
import { PERSON_VERBS } from '../../data/name-finder-words';
import {
  NAME_GAP,
  extendSurname,
  hasSurnameForm,
  isLetters,
  isSurnameLike,
  looksLikeName,
} from '../name-shapes';
import { isPossessive } from '../name-use';

/** Two capitalised words, neither a common word nor a title: the form the pair cue reads (and others leave to it). */
export function isCapitalisedPair(view: NameView, index: number): boolean {
  const token = view.tokens[index]!;
  const next = view.tokens[index + 1];
  return (
    !COMMON_WORDS.has(token.key) &&
    isSurnameLike(next) &&
    NAME_GAP.test(next.gap) &&
    isLetters(token) &&
    token.key.length >= 2
  );
}

/**
 * "Krisztián Smith", "Tomi Lahren": two capitalised words that are neither common words nor titles, the second a
 * known surname or shaped like one, or both shaped like names. Two unknown capitalised words opening a sentence
 * are usually a heading ("Clean Sweep") unless a verb of a person or a possessive follows.
 */
export const pair: FinderCue = {
  id: 'pair',
  form: 'capital',
  score: 0.7,
  note: 'two capitalised words, the second a surname or shaped like a name',
  find(view, index) {
    if (!isCapitalisedPair(view, index)) return undefined;
    const { tokens, text } = view;
    const token = tokens[index]!;
    const next = tokens[index + 1]!;
    const last = extendSurname(tokens, index + 1, text);
    if (NOT_PERSON_WORDS.has(token.key)) return undefined;
    if (UK_SURNAMES.has(next.key) || hasSurnameForm(next, text, false)) return { first: index, last };
    if (view.mostlyCapitalised || !looksLikeName(token) || !looksLikeName(next) || last > index + 1)
      return undefined;
    if (NOT_PERSON_WORDS.has(next.key) || next.upper) return undefined;
    if (token.sentenceStart) {
      const after = tokens[last + 1];
      const personal =
        isPossessive(tokens, last) ||
        (after !== undefined && !after.sentenceStart && PERSON_VERBS.has(after.key));
      if (!personal) return undefined;
    }
    return { first: index, last };
  },
};
