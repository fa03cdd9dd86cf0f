import { nextInPhrase, type ReadingCue } from './cue';
import { PERSON_RELATIVES } from '../../data/name-grammar';

/** "It was Will who spotted…", "Grace, who is only six, …": "who" refers to a person, never to a thing. */
export const whoAfter: ReadingCue = {
  id: 'who-after',
  note: '"who" or "whose" right after the word (a relative clause about a person)',
  weigh(view, index) {
    const { tokens } = view;
    const next = nextInPhrase(tokens, index) ?? tokens[index + 1];
    if (!next || next.sentenceStart || !/^[\s,]*$/.test(next.gap)) return 0;
    return PERSON_RELATIVES.has(next.key) ? 2 : 0;
  },
};
