import { SENTENCE_END, type ReadingCue } from './cue';
import { PUPIL_CUES } from '../../data/pupil-context';
import { matchesCueWord } from '../name-use';

/** Pupil cues that may follow a name at once ("in my class", "from Year 2"), as word arrays. */
const CUES_AFTER: readonly string[][] = PUPIL_CUES.filter((cue) => cue.nameBefore >= 0).map((cue) =>
  cue.phrase.split(' '),
);

/** "Grace in Year 3 made a card", "Hope from my class": a pupil cue right after the word. */
export const pupilCueAfter: ReadingCue = {
  id: 'pupil-cue-after',
  note: 'a pupil cue ("in my class", "from Year 2") right after the word',
  weigh(view, index) {
    const { tokens } = view;
    for (const words of CUES_AFTER) {
      let ok = index + words.length < tokens.length;
      for (let k = 0; ok && k < words.length; k++) {
        const token = tokens[index + 1 + k]!;
        ok = matchesCueWord(words[k]!, token) && !SENTENCE_END.test(token.gap);
      }
      if (ok) return 2;
    }
    return 0;
  },
};
