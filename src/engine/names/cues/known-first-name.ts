import type { FinderCue } from './cue';
import { UK_FIRST_NAMES, firstNameAmbiguity } from '../../data/uk-first-names';
import { UK_SURNAMES } from '../../data/uk-surnames';
import { extendSurname } from '../name-shapes';
import { wordClassesOf } from '../../data/name-word-classes';
import { readWordName } from '../read-word-name';

/**
 * "Jack", "Faina D. Yefremova", "Mark Wright": a capitalised known first name used as a name, with any middle
 * initial and surname after it. A name that is also a word or a place ("Mark", "Crystal") needs name evidence,
 * a known surname or a middle initial: "Mark Wright", not "Crystal Palace".
 */
export const knownFirstName: FinderCue = {
  id: 'known-first-name',
  form: 'capital',
  score: 0.9,
  note: 'a capitalised known first name used as a name, with its surname',
  find(view, index) {
    const { tokens } = view;
    const token = tokens[index]!;
    const key = UK_FIRST_NAMES.has(token.key)
      ? token.key
      : token.alt && UK_FIRST_NAMES.has(token.alt)
        ? token.alt
        : '';
    if (!key) return undefined;
    const ambiguity = firstNameAmbiguity(key);
    const last = extendSurname(tokens, index, view.text);
    const surnameKnown = last > index && (UK_SURNAMES.has(tokens[last]!.key) || last > index + 1);
    const usedAsName =
      ambiguity === 'none'
        ? true
        : readWordName(view, index, { ambiguity, classes: wordClassesOf(key) }).reading === 'name';
    if (usedAsName) return { first: index, last };
    if (last > index && (ambiguity === 'none' || surnameKnown)) return { first: index, last };
    return undefined;
  },
};
