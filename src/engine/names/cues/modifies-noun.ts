import { nextInPhrase, type NameView, type ReadingCue } from './cue';
import {
  ADVERBS,
  AFTER_A_VERB_USE,
  CONJUNCTIONS,
  DETERMINERS,
  PREPOSITIONS,
  PERSON_RELATIVES,
  isFiniteVerb,
  isPersonNoun,
} from '../../data/name-grammar';

/**
 * "Poppy seed muffins", "Summer term starts", "Rose petals": the word stands before a noun it describes. Without
 * tags the next word's class is a guess ("Ruby sings" or "Ruby necklaces"?), so the weight only leaves the
 * reading unsure; with tags, a next word tagged as a noun or adjective and not as a verb makes it the ordinary
 * word.
 */
/**
 * "Willow weaving workshop", "Poppy picking season": a gerund and a bare noun after the word make a compound the
 * word modifies. A child doing something can read the same ("Daisy painting pictures"), so this leaves the reading
 * unsure rather than settling it.
 */
function isCompoundHead(view: NameView, at: number): boolean {
  const head = nextInPhrase(view.tokens, at - 1);
  if (!head || head.capital || DETERMINERS.has(head.key) || PREPOSITIONS.has(head.key)) return false;
  if (isPersonNoun(head.key) || AFTER_A_VERB_USE.has(head.key)) return false;
  const tags = view.tagsAt(at);
  return tags !== undefined && tags.includes('Noun') && !tags.includes('Pronoun') && !tags.includes('Verb');
}

export const modifiesNoun: ReadingCue = {
  id: 'modifies-noun',
  note: 'the word stands right before a noun (a modifier, "poppy fields")',
  weigh(view, index) {
    const next = nextInPhrase(view.tokens, index);
    if (!next || next.capital || next.key.length < 2) return 0;
    const key = next.key;
    if (isFiniteVerb(key) || /ly$/.test(key)) return 0;
    if (PREPOSITIONS.has(key) || DETERMINERS.has(key) || ADVERBS.has(key) || CONJUNCTIONS.has(key)) return 0;
    if (AFTER_A_VERB_USE.has(key) || PERSON_RELATIVES.has(key)) return 0;
    const tags = view.tagsAt(index + 1);
    if (tags === undefined) return -0.5;
    // an -ing word is a gerund whatever its tag ("Daisy painting pictures" may be the child at work)
    if (tags.includes('Gerund') || /^\p{L}{3,}ing$/u.test(key))
      return isCompoundHead(view, index + 2) ? -1.5 : 0;
    if (tags.includes('Verb')) return 0;
    return tags.includes('Noun') || tags.includes('Adjective') ? -2 : -0.5;
  },
};
