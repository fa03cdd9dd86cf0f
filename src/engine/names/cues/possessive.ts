import type { ReadingCue } from './cue';
import { isPossessive } from '../name-use';

/** "Ruby's poem", "grace's cake": a person's possessive (a determiner before it still makes it a thing). */
export const possessive: ReadingCue = {
  id: 'possessive',
  note: "the word takes a possessive 's",
  weigh(view, index) {
    return isPossessive(view.tokens, index) ? 2 : 0;
  },
};
