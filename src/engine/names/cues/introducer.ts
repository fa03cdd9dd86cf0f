import type { FinderCue } from './cue';
import { COMMON_WORDS } from '../../data/name-common-words';
import { NAME_INTRODUCERS } from '../../data/name-finder-words';
import type { WordToken } from '../../text/tokens';
import { extendSurname } from '../name-shapes';

function introducerEndsAt(tokens: readonly WordToken[], end: number): boolean {
  for (const phrase of NAME_INTRODUCERS) {
    const start = end - phrase.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const token = tokens[start + k]!;
      ok = token.key === phrase[k] && (k === 0 || !token.sentenceStart);
    }
    if (ok) return true;
  }
  return false;
}

/** "My name is Rubija", "Dear Olamide", "RIP Alan": a capitalised word after an introducing phrase. */
export const introducer: FinderCue = {
  id: 'introducer',
  form: 'capital',
  score: 0.8,
  note: 'a capitalised word after "my name is", "dear", "hi", "thanks", "RIP"…',
  find(view, index) {
    const { tokens } = view;
    const token = tokens[index]!;
    if (COMMON_WORDS.has(token.key) || token.sentenceStart || !introducerEndsAt(tokens, index))
      return undefined;
    return { first: index, last: extendSurname(tokens, index, view.text) };
  },
};
