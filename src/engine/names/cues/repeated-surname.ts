import type { FollowUpCue, FoundName } from './cue';
import { COMMON_WORDS } from '../../data/name-common-words';
import { isCapitalWord } from '../name-shapes';

/** "Sir Alex Ferguson … Ferguson clearly": the surname of a name found earlier, used again alone. */
export const repeatedSurname: FollowUpCue = {
  id: 'repeated-surname',
  note: 'the surname of a full name found earlier, used again alone',
  add(view, found) {
    const { tokens } = view;
    let surnames: Set<string> | undefined;
    for (const name of found) {
      if (name.last === name.first) continue;
      const last = tokens[name.last]!;
      if (last.end - last.start < 3 || COMMON_WORDS.has(last.key)) continue;
      (surnames ??= new Set()).add(last.key);
    }
    if (!surnames) return [];
    const added: FoundName[] = [];
    let next = 0;
    for (let i = 0; i < tokens.length; i++) {
      while (next < found.length && found[next]!.last < i) next++;
      const name = found[next];
      if (name && name.first <= i) continue;
      const token = tokens[i]!;
      if (isCapitalWord(token) && surnames.has(token.key) && !isCapitalWord(tokens[i + 1])) {
        added.push({ first: i, last: i, via: this.id });
      }
    }
    return added;
  },
};
