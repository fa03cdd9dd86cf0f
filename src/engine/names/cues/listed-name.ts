import type { FollowUpCue, FoundName } from './cue';
import { COMMON_WORDS } from '../../data/name-common-words';
import { PLACE_OR_ORGANISATION, TITLES } from '../../data/name-finder-words';
import { LIST_GAP, NAME_GAP, isCapitalWord, isLetters } from '../name-shapes';

/** "Kónya, Becker and Vasquez", "Tom, Hope and Gaetane": capitalised words listed with a one-word name are names too. */
export const listedName: FollowUpCue = {
  id: 'listed-name',
  note: 'capitalised words listed (comma, "and") with a name already found',
  add(view, found) {
    const { tokens } = view;
    if (found.length === 0) return [];
    const taken = new Set<number>();
    for (const name of found) for (let k = name.first; k <= name.last; k++) taken.add(k);
    const added: FoundName[] = [];
    const tryAt = (index: number): boolean => {
      const token = tokens[index];
      if (!token || taken.has(index) || !isCapitalWord(token) || token.upper || COMMON_WORDS.has(token.key))
        return false;
      if (TITLES.has(token.key) || PLACE_OR_ORGANISATION.has(token.key) || !isLetters(token)) return false;
      taken.add(index);
      added.push({ first: index, last: index, via: this.id });
      return true;
    };
    for (const name of found) {
      if (name.first !== name.last) continue;
      // forwards: "Hope, Becker and Vasquez"
      let k = name.last;
      while (k + 1 < tokens.length) {
        const next = tokens[k + 1]!;
        if (LIST_GAP.test(next.gap) && !next.sentenceStart) {
          if (!tryAt(k + 1) && !taken.has(k + 1)) break;
          k++;
        } else if (
          next.key === 'and' &&
          !next.sentenceStart &&
          NAME_GAP.test(next.gap) &&
          NAME_GAP.test(tokens[k + 2]?.gap ?? '')
        ) {
          tryAt(k + 2);
          break;
        } else break;
      }
      // backwards: "Kónya, Becker and Hope"
      k = name.first;
      while (k - 1 >= 0) {
        const token = tokens[k]!;
        if (LIST_GAP.test(token.gap) && !token.sentenceStart) {
          if (!tryAt(k - 1) && !taken.has(k - 1)) break;
          k--;
        } else if (
          tokens[k - 1]?.key === 'and' &&
          NAME_GAP.test(token.gap) &&
          !token.sentenceStart &&
          NAME_GAP.test(tokens[k - 1]!.gap)
        ) {
          if (!tryAt(k - 2) && !taken.has(k - 2)) break;
          k -= 2;
        } else break;
      }
    }
    return added;
  },
};
