import { nextInPhrase, SENTENCE_END, type ReadingCue } from './cue';
import {
  COPULA,
  DEGREE_ADVERBS,
  IDEA_PREDICATES,
  PERSON_RELATIVES,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  TIME_PREDICATES,
  isPersonNoun,
} from '../../data/name-grammar';

/** Articles that open a noun phrase after the copula ("is a…", "is the…"); "our", "my" may open a person's role. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that end the noun phrase after the article ("a gift we can all give"): its head noun is the word before. */
const PHRASE_END = new Set([
  ...PREPOSITIONS,
  ...PERSON_RELATIVES,
  ...SUBJECT_PRONOUNS,
  'to',
  'that',
  'which',
]);
/** The longest noun phrase read after the article; a longer one leaves the reading alone. */
const MOST_WORDS = 6;

/**
 * "Autumn is a beautiful time for…", "Hope is a powerful word", "Summer is nearly here", "Joy is catching": a
 * season or idea as the subject of "is", and what is said of it is a thing or a time, not a person. The head noun
 * after "a", "an" or "the" is not a noun for a person ("star", "member", "reader": isPersonNoun), or the
 * predicate is one said only of a time ("here", "over") or of an idea ("catching", "everywhere"). "Hope is our
 * new rep", "Ruby is a superstar" and "Summer is so kind" are left unsure, as the name may be meant.
 */
export const copulaComplement: ReadingCue = {
  id: 'copula-complement',
  note: 'a season or idea as the subject of "is", with a thing or a time said of it',
  weigh(view, index, sense) {
    const { tokens } = view;
    if (!sense.classes.includes('mass')) return 0;
    const copula = nextInPhrase(tokens, index);
    if (!copula || !COPULA.has(copula.key)) return 0;
    let k = index + 2;
    const inSentence = (at: number): boolean => at < tokens.length && !SENTENCE_END.test(tokens[at]!.gap);
    while (inSentence(k) && DEGREE_ADVERBS.has(tokens[k]!.key)) k++;
    if (!inSentence(k)) return 0;
    const said = tokens[k]!;
    if (sense.classes.includes('time') && TIME_PREDICATES.has(said.key)) return -2;
    if (sense.classes.includes('idea') && IDEA_PREDICATES.has(said.key)) return -2;
    if (!ARTICLES.has(said.key)) return 0;
    // the head noun: the last word before a preposition, "to", a relative, a comma or the sentence's end
    let head: string | undefined;
    for (let at = k + 1; at <= k + MOST_WORDS && inSentence(at); at++) {
      const token = tokens[at]!;
      if (at > k + 1 && /,/.test(token.gap)) break;
      if (PHRASE_END.has(token.key)) break;
      head = token.key;
      if (at === k + MOST_WORDS) return 0;
    }
    return head !== undefined && !isPersonNoun(head) ? -2 : 0;
  },
};
