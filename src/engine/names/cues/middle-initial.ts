import type { FinderCue } from './cue';
import { COMMON_WORDS } from '../../data/name-common-words';
import { extendSurname, isLetters } from '../name-shapes';

/** "Ravil G Yefimov", "Sari J. Paa": a capitalised word, a middle initial and another capitalised word. */
export const middleInitial: FinderCue = {
  id: 'middle-initial',
  form: 'capital',
  score: 0.85,
  note: 'a capitalised word, a middle initial and a surname-like word',
  find(view, index) {
    const { tokens } = view;
    const token = tokens[index]!;
    if (COMMON_WORDS.has(token.key) || !isLetters(token)) return undefined;
    const last = extendSurname(tokens, index, view.text);
    return last >= index + 2 && tokens[index + 1]!.end - tokens[index + 1]!.start === 1
      ? { first: index, last }
      : undefined;
  },
};
