import type { FinderCue } from './cue';
import { UK_FIRST_NAMES, firstNameAmbiguity } from '../../data/uk-first-names';
import { UK_SURNAMES } from '../../data/uk-surnames';
import { COMMON_WORDS } from '../../data/name-common-words';
import { foldText } from '../../text/fold';
import type { WordToken } from '../../text/tokens';

/**
 * "#RayWilkins", "#SachaBaronCohen", "#colindoyle": a hashtag made of a known first name and a surname (or a
 * known first name that is not also a word).
 */
function isHashtagName(token: WordToken, text: string): boolean {
  const key = token.key;
  if (token.disguised || !/^[a-z]+$/.test(key)) return false;
  const ambiguity = firstNameAmbiguity(key);
  if (UK_FIRST_NAMES.has(key) && ambiguity !== 'none') return false;
  // camel case: first name, then capitalised parts ending in a surname ("#SharonDClarke")
  const written = text.slice(token.start, token.end);
  const parts = written.split(/(?=\p{Lu})/u);
  if (parts.length >= 2 && parts.length <= 4) {
    const first = foldText(parts[0]!);
    const surname = foldText(parts[parts.length - 1]!);
    if (
      UK_FIRST_NAMES.has(first) &&
      firstNameAmbiguity(first) !== 'proper' &&
      surname.length >= 3 &&
      UK_SURNAMES.has(surname) &&
      !COMMON_WORDS.has(surname)
    )
      return true;
  }
  // all one case: a known first name, then a known surname
  for (let cut = 3; cut <= key.length - 3; cut++) {
    const first = key.slice(0, cut);
    if (!UK_FIRST_NAMES.has(first) || firstNameAmbiguity(first) !== 'none') continue;
    const rest = key.slice(cut);
    if (UK_SURNAMES.has(rest) && !COMMON_WORDS.has(rest)) return true;
  }
  return false;
}

export const hashtag: FinderCue = {
  id: 'hashtag',
  form: 'hashtag',
  score: 0.9,
  note: 'a hashtag made of a first name and a surname ("#RayWilkins")',
  find(view, index) {
    return isHashtagName(view.tokens[index]!, view.text) ? { first: index, last: index } : undefined;
  },
};
