import type { ReadingCue } from './cue';

/** "R u b y", "H0pe": nobody disguises an ordinary word. */
export const disguised: ReadingCue = {
  id: 'disguised',
  note: 'the word is disguised (spaced letters, digits, look-alike letters)',
  weigh(view, index) {
    return view.tokens[index]!.disguised ? 3 : 0;
  },
};
