import type { ReadingCue } from './cue';
import { CONJUNCTIONS, DETERMINERS, PERSON_NOUNS, SUBJECT_PRONOUNS } from '../../data/name-grammar';
import type { WordToken } from '../../text/tokens';

const COORDINATION = new Set(['and', 'or', 'nor']);
/** Words after "and" that do not name the thing it is joined with: "Hope and her…", "Grace and all…". */
const NOT_A_PARTNER = new Set([
  ...DETERMINERS,
  ...SUBJECT_PRONOUNS,
  ...CONJUNCTIONS,
  'her',
  'me',
  'us',
  'them',
  'him',
]);

/**
 * "Joy and laughter filled…", "Grace and courtesy are…", "Frank and honest talks": the word is joined by "and"
 * to a word in lower case in a text that writes names with capitals, so the pair is two ordinary words — the
 * mirror of listed-with-name. Not when the partner is a first name ("daisy and jack"), a person ("Hope and
 * friends", "Ruby and mum": PERSON_NOUNS), a pronoun or a determiner ("Hope and her sister").
 */
export const listedWithWord: ReadingCue = {
  id: 'listed-with-word',
  note: 'joined by "and" to an ordinary lower-case word',
  weigh(view, index) {
    const { tokens } = view;
    const token = tokens[index]!;
    if (!token.capital || token.upper || view.mostlyCapitalised) return 0;
    const partner = (joiner: WordToken | undefined, other: WordToken | undefined): boolean =>
      joiner !== undefined &&
      other !== undefined &&
      COORDINATION.has(joiner.key) &&
      !joiner.sentenceStart &&
      !other.sentenceStart &&
      other.kind === 'word' &&
      !other.capital &&
      /\p{L}/u.test(other.key) &&
      !view.isKnownName(other.key) &&
      !NOT_A_PARTNER.has(other.key) &&
      !PERSON_NOUNS.has(other.key);
    if (partner(tokens[index + 1], tokens[index + 2])) return -2;
    if (!token.sentenceStart && partner(tokens[index - 1], tokens[index - 2])) return -2;
    return 0;
  },
};
