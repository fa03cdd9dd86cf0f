import type { ReadingCue } from './cue';
import { firstNameAmbiguity } from '../../data/uk-first-names';
import type { WordToken } from '../../text/tokens';

const COORDINATION = new Set(['and', 'or']);
const LIST_GAP = /^\s*[&,+]\s*$/;

/** "Hope, Daisy, Will and Sam", "daisy and jack": listed beside another first name. */
export const listedWithName: ReadingCue = {
  id: 'listed-with-name',
  note: 'listed with another first name (comma, "and", "&")',
  weigh(view, index) {
    const { tokens } = view;
    const token = tokens[index]!;
    // a capitalised name beside it, or a lower-case one that is not also a word ("daisy and jack")
    const isName = (other: WordToken | undefined): boolean =>
      other !== undefined &&
      other.kind === 'word' &&
      view.isKnownName(other.key) &&
      (other.capital || (!token.capital && firstNameAmbiguity(other.key) === 'none'));
    const next = tokens[index + 1];
    const afterNext = tokens[index + 2];
    if (next && LIST_GAP.test(next.gap) && isName(next)) return 2;
    if (
      next &&
      COORDINATION.has(next.key) &&
      !next.sentenceStart &&
      !afterNext?.sentenceStart &&
      isName(afterNext)
    )
      return 2;
    const previous = tokens[index - 1];
    const before = tokens[index - 2];
    if (previous && LIST_GAP.test(token.gap) && isName(previous)) return 2;
    if (
      previous &&
      COORDINATION.has(previous.key) &&
      !token.sentenceStart &&
      !previous.sentenceStart &&
      isName(before)
    )
      return 2;
    return 0;
  },
};
