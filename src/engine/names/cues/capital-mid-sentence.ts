import { previousInPhrase, type ReadingCue } from './cue';
import { DETERMINERS, NOUN_ADJECTIVES, PREPOSITIONS } from '../../data/name-grammar';

/**
 * "Yesterday Hope won", "Our star is Grace!": a capital letter inside a sentence marks a name, unless the word
 * names a month or a place as well ('proper' names) or the text capitalises most words. After a preposition it
 * is weaker ("in Summer", "at Ruby's"); after a determiner it is not a name cue at all (determiner-before).
 */
export const capitalMidSentence: ReadingCue = {
  id: 'capital-mid-sentence',
  note: 'a capital letter inside a sentence',
  weigh(view, index, sense) {
    const token = view.tokens[index]!;
    if (!token.capital || token.upper || token.sentenceStart || token.prefix !== '') return 0;
    if (view.mostlyCapitalised || sense.ambiguity === 'proper') return 0;
    const previous = view.tokens[index - 1];
    if (!previous) return 2;
    if (
      previousInPhrase(view.tokens, index) &&
      (DETERMINERS.has(previous.key) || NOUN_ADJECTIVES.has(previous.key))
    )
      return 0;
    return PREPOSITIONS.has(previous.key) ? 1 : 2;
  },
};
