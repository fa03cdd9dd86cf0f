/**
 * A member of staff's own child, not a pupil: "My son Arlo starts school tomorrow", "our little one Ava", "my
 * kids Noah and Isla", "Freddie, my eldest,". The rules leave an unlisted name here alone and make a roster
 * name a gentle check (see no-publish-pupil and roster-pupil).
 */
import { OWN_CHILD_OWNERS, OWN_CHILD_WORDS } from '../data/pupil-context';
import type { WordToken } from '../text/tokens';

const LIST_GAP = /^\s*[,&+]\s*$/;
const SENTENCE_END = /[.!?\n]/;
/** Longest own-child phrase, in words ("my little girl", "my god daughter"). */
const LONGEST = Math.max(...[...OWN_CHILD_WORDS].map((phrase) => phrase.split(' ').length));

/** True when the own-child phrase ends at token `end` (inclusive), preceded by "my"/"our". */
function ownChildPhraseEndsAt(tokens: readonly WordToken[], end: number): boolean {
  for (let length = 1; length <= LONGEST; length++) {
    const start = end - length + 1;
    const owner = tokens[start - 1];
    if (start < 1 || !owner || !OWN_CHILD_OWNERS.has(owner.key)) continue;
    let phrase = '';
    let ok = true;
    for (let k = start; k <= end && ok; k++) {
      const token = tokens[k]!;
      if (SENTENCE_END.test(token.gap)) ok = false;
      phrase = k === start ? token.key : `${phrase} ${token.key}`;
    }
    if (ok && OWN_CHILD_WORDS.has(phrase)) return true;
  }
  return false;
}

/**
 * Whether the name from token `first` to `last` is a member of staff's own child: an own-child phrase right
 * before it ("my son Arlo", "my eldest, Freddie"), perhaps across a list of names ("my kids Noah and Isla"), or
 * right after it ("Freddie, my eldest").
 */
export function isOwnChild(tokens: readonly WordToken[], first: number, last = first): boolean {
  // walk back over a list of capitalised names: "my boys Alfie and Reggie"
  let k = first;
  for (let steps = 0; steps < 6; steps++) {
    const token = tokens[k]!;
    if (SENTENCE_END.test(token.gap)) return false;
    if (ownChildPhraseEndsAt(tokens, k - 1)) return true;
    const previous = tokens[k - 1];
    if (!previous) return false;
    if (previous.key === 'and' && tokens[k - 2]?.capital) k -= 2;
    else if (LIST_GAP.test(token.gap) && previous.capital) k -= 1;
    else return false;
  }
  // "Freddie, my eldest,"
  const after = tokens[last + 1];
  if (after && /^\s*[,(–-]\s*$/.test(after.gap) && OWN_CHILD_OWNERS.has(after.key)) {
    for (let end = last + 2; end <= last + 1 + LONGEST; end++)
      if (ownChildPhraseEndsAt(tokens, end)) return true;
  }
  return false;
}
