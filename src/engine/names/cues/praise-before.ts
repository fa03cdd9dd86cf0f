import type { ReadingCue } from './cue';
import { hasNameCueBefore } from '../name-use';

/** "Well done Ruby", "Thank you to Hope", "so proud of will": praise said to a child names the child. */
export const praiseBefore: ReadingCue = {
  id: 'praise-before',
  note: 'a praise or greeting phrase right before the word',
  weigh(view, index) {
    const { tokens } = view;
    const token = tokens[index]!;
    if (!hasNameCueBefore(tokens, index)) return 0;
    // "Thanks Hope" but not "Thanks hope springs…": a lower-case word must end its phrase
    return token.capital || /^\s*[!.,]?\s*$/.test(tokens[index + 1]?.gap ?? '') ? 2 : 0;
  },
};
