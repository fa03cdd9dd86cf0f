import { nextInPhrase, type ReadingCue } from './cue';
import {
  ADVERBS,
  AFTER_A_VERB_USE,
  CONJUNCTIONS,
  DETERMINERS,
  PREPOSITIONS,
  isFiniteVerb,
} from '../../data/name-grammar';

/**
 * "Poppy seed muffins", "Summer term starts", "Rose petals": the word stands before a noun it describes. Without
 * tags the next word's class is a guess ("Ruby sings" or "Ruby necklaces"?), so the weight only leaves the
 * reading unsure; with tags, a next word tagged as a noun or adjective and not as a verb makes it the ordinary
 * word.
 */
export const modifiesNoun: ReadingCue = {
  id: 'modifies-noun',
  note: 'the word stands right before a noun (a modifier, "poppy fields")',
  weigh(view, index) {
    const next = nextInPhrase(view.tokens, index);
    if (!next || next.capital || next.key.length < 2) return 0;
    const key = next.key;
    if (isFiniteVerb(key) || /ly$/.test(key)) return 0;
    if (PREPOSITIONS.has(key) || DETERMINERS.has(key) || ADVERBS.has(key) || CONJUNCTIONS.has(key)) return 0;
    if (AFTER_A_VERB_USE.has(key)) return 0;
    const tags = view.tagsAt(index + 1);
    if (tags === undefined) return -0.5;
    if (tags.includes('Verb')) return 0;
    return tags.includes('Noun') || tags.includes('Adjective') ? -2 : -0.5;
  },
};
