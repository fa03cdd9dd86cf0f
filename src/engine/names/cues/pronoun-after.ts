import { SENTENCE_END, nextInPhrase, type ReadingCue } from './cue';
import { THIRD_PERSON, isFiniteVerb } from '../../data/name-grammar';

/** "Ruby was a superstar – her poem…", "Summer was nervous but she sang": the sentence goes on about a person. */
export const pronounAfter: ReadingCue = {
  id: 'pronoun-after',
  note: 'the word is a subject and "she", "he", "her" or "his" follows in the sentence',
  weigh(view, index) {
    const { tokens } = view;
    const next = nextInPhrase(tokens, index);
    if (!next || !(isFiniteVerb(next.key) || /^\p{L}{3,}ing$/u.test(next.key))) return 0;
    for (let k = index + 2; k < tokens.length && k <= index + 12; k++) {
      const token = tokens[k]!;
      if (SENTENCE_END.test(token.gap)) return 0;
      if (THIRD_PERSON.has(token.key)) return 1;
    }
    return 0;
  },
};
