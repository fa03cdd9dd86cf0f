/**
 * Small facts about the words around a name, shared by the name cues, the roster matcher and the unlisted-child
 * rule: a praise phrase before it, a possessive after it, and whether it is an adult's name. Whether a name that
 * is also a word is used as a name is read-word-name.ts's question.
 */
import type { WordToken } from '../text/tokens';
import { ADULT_ROLES, ADULT_TITLES, NAME_CUES_BEFORE } from '../data/pupil-context';
import { YEAR_NUMBER_WORDS } from '../data/class-identifier';

const POSSESSIVE_GAP = /^['’`]$/;

/** Phrases as word-key arrays, longest first. */
const CUES: readonly string[][] = NAME_CUES_BEFORE.map((cue) => cue.split(' ')).sort(
  (a, b) => b.length - a.length,
);

/** True when the words just before token `index` (skipping "to") are a praise cue: "Well done (to) Hope". */
export function hasNameCueBefore(tokens: readonly WordToken[], index: number): boolean {
  let end = index;
  if (tokens[end - 1]?.key === 'to' && !tokens[end]?.sentenceStart) end--;
  for (const cue of CUES) {
    if (phraseEndsAt(tokens, end, cue) && !tokens[end]?.sentenceStart) return true;
  }
  return false;
}

function phraseEndsAt(tokens: readonly WordToken[], end: number, phrase: readonly string[]): boolean {
  const start = end - phrase.length;
  if (start < 0) return false;
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[start + k]!;
    if (token.key !== phrase[k]) return false;
    if (k > 0 && token.sentenceStart) return false;
  }
  return true;
}

/** The name at `index` ends in a possessive: "Hope's", "Hope’s". */
export function isPossessive(tokens: readonly WordToken[], index: number, last = index): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.key === 's' && POSSESSIVE_GAP.test(next.gap);
}

/** A title or staff role stands right before the name ("Mr James", "our head Sarah") or right after ("Sarah, our TA"). */
export function isAdultName(tokens: readonly WordToken[], index: number, last = index): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  if (previous && !token.sentenceStart) {
    if (ADULT_TITLES.has(previous.key) && /^\.?\s+$/.test(token.gap)) return true;
    if (ADULT_ROLES.has(previous.key)) return true;
    const before = tokens[index - 2];
    if (before && !previous.sentenceStart && ADULT_ROLES.has(`${before.key} ${previous.key}`)) return true;
  }
  // "Sarah, our head" / "Sarah (our TA)"
  let next = last + 1;
  const after = tokens[next];
  if (after && /^\s*[,(–-]\s*$/.test(after.gap)) {
    if (after.key === 'our' || after.key === 'my' || after.key === 'the') next++;
    const role = tokens[next];
    if (role && ADULT_ROLES.has(role.key)) return true;
  }
  return false;
}

/** Number words that stand for a year group or class number ("year two", "year R"). */
const CUE_NUMBER_WORDS = new Set([...YEAR_NUMBER_WORDS, 'r']);
const YEAR_CODE = /^(?:y|yr|year)\d{1,2}$/;
/** A class by its code: a year number and the teacher's or form's letters ("4M", "3B", "6JR"); not "2nd", "10am". */
const CLASS_CODE = /^(?:[1-9]|1[0-3])[a-z]{1,3}$/;
const NOT_A_CLASS_CODE = /^\d+(?:st|nd|rd|th|am|pm|km|kg|cm|mm|ml)$/;

/**
 * Whether a token fits one word of a pupil cue's phrase (data/pupil-context.ts): `#` a number or number word,
 * `year#` a year-group code ("Y2"), `class#` a class code ("4M"), any other word itself.
 */
export function matchesCueWord(pattern: string, token: WordToken): boolean {
  if (pattern === '#') return token.kind === 'number' || CUE_NUMBER_WORDS.has(token.key);
  if (pattern === 'year#') return YEAR_CODE.test(token.plain);
  if (pattern === 'class#') return CLASS_CODE.test(token.plain) && !NOT_A_CLASS_CODE.test(token.plain);
  return token.key === pattern;
}
