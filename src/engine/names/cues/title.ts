import type { FinderCue } from './cue';
import { COMMON_WORDS } from '../../data/name-common-words';
import { TITLES } from '../../data/name-finder-words';
import { INITIAL_GAP, extendSurname, isCapitalWord } from '../name-shapes';

/** "Mrs Okafor", "Dr. Patel": a title before a capitalised word (the title is not part of the name). */
export const title: FinderCue = {
  id: 'title',
  form: 'title',
  score: 0.95,
  note: 'a title before a capitalised word ("Mrs Okafor")',
  find(view, index) {
    const { tokens } = view;
    const next = tokens[index + 1];
    if (
      isCapitalWord(next) &&
      next.end - next.start > 1 &&
      INITIAL_GAP.test(next.gap) &&
      !COMMON_WORDS.has(next.key) &&
      !TITLES.has(next.key)
    ) {
      return { first: index + 1, last: extendSurname(tokens, index + 1, view.text) };
    }
    return undefined;
  },
};
