import { nextInPhrase, previousInPhrase, type ReadingCue } from './cue';
import { AFTER_A_VERB_USE, SUBJECT_PRONOUNS } from '../../data/name-grammar';

/**
 * "Hope you all had…", "Will we see you…", "Hope to see…", "I hope", "we will": a word that is also a verb or a
 * modal, used as one — a pronoun, "to" or a determiner right after it, or a subject pronoun right before it.
 */
export const verbUse: ReadingCue = {
  id: 'verb-use',
  note: 'a name that is also a verb or modal, used as the verb',
  weigh(view, index, sense) {
    if (!sense.classes.includes('verb') && !sense.classes.includes('modal')) return 0;
    const token = view.tokens[index]!;
    // "Ruby and Rose all passed": the last of a list of capitalised names is one more name, not a verb
    const joiner = view.tokens[index - 1];
    const listedAfter = view.tokens[index - 2];
    if (
      token.capital &&
      !token.sentenceStart &&
      joiner &&
      (joiner.key === 'and' || joiner.key === 'or') &&
      listedAfter?.capital &&
      !joiner.sentenceStart &&
      view.isKnownName(listedAfter.key)
    )
      return 0;
    const next = nextInPhrase(view.tokens, index);
    if (next && AFTER_A_VERB_USE.has(next.key) && !next.capital) return -3;
    // "I hope", "we will" (but not "Thank you Hope": a capital inside a sentence is the name)
    const previous = previousInPhrase(view.tokens, index);
    if (previous && SUBJECT_PRONOUNS.has(previous.key) && !token.sentenceStart && !token.capital) return -3;
    return 0;
  },
};
