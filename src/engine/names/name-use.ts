/**
 * Decides whether a word that could be a first name is used as one here, and whether the name is an adult's.
 * Shared by the roster matcher, the unlisted-child rule and the person-name detector.
 */
import type { WordToken } from '../text/tokens';
import type { NameAmbiguity } from '../data/uk-first-names';
import { ADULT_ROLES, ADULT_TITLES, NAME_CUES_BEFORE, PUPIL_CUES } from '../data/pupil-context';

/** Words after which a capitalised ordinary word is still the ordinary word ("this Summer", "by the Grace"). */
const NOT_BEFORE_A_NAME = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'next',
  'last',
  'every',
  'each',
  'of',
  'by',
  'in',
  'on',
  'at',
  'for',
  'no',
  'some',
  'any',
  'such',
  'what',
  'much',
  'more',
  'all',
  'new',
  'great',
  'real',
  'pure',
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'my',
  'with',
  'into',
  'from',
  'full',
  'high',
  'low',
  'false',
  'big',
  'wild',
  'red',
  'white',
  'deep',
  'dark',
  'early',
  'late',
  'mid',
]);

const POSSESSIVE_GAP = /^['’`]$/;
const COORDINATION = new Set(['and', 'or']);
const AMPERSAND_OR_COMMA = /^\s*[&,+]\s*$/;

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

export interface NameUseOptions {
  ambiguity: NameAmbiguity;
  /** The passage capitalises most words, so a capital letter is no evidence. */
  mostlyCapitalised: boolean;
  /** Is this folded word a known first name (for "Hope and Tom")? */
  isKnownName: (key: string) => boolean;
}

/**
 * Whether an ambiguous name (an ordinary word or a capitalised non-person) is used as a name: a praise cue before
 * it, a possessive, coordination with another name, or (for ordinary words) a capital letter mid-sentence after a
 * word that does not introduce a noun. Unambiguous names always count.
 */
export function isUsedAsName(tokens: readonly WordToken[], index: number, options: NameUseOptions): boolean {
  if (options.ambiguity === 'none') return true;
  const token = tokens[index]!;
  // nobody disguises an ordinary word: "L1ly", "H o p e"
  if (token.disguised) return true;
  if (
    hasNameCueBefore(tokens, index) &&
    (token.capital || /^[\s]*[!.,]?\s*$/.test(tokens[index + 1]?.gap ?? ''))
  ) {
    return true;
  }
  if (!token.capital || token.prefix !== '') return false;
  if (isPossessive(tokens, index)) return true;
  if (isCoordinatedWithName(tokens, index, options.isKnownName)) return true;
  if (
    token.sentenceStart &&
    options.ambiguity === 'word' &&
    !options.mostlyCapitalised &&
    !token.upper &&
    readsAsPersonAfter(tokens, index)
  )
    return true;
  if (options.ambiguity === 'proper' || options.mostlyCapitalised || token.sentenceStart || token.upper)
    return false;
  const previous = tokens[index - 1];
  return previous === undefined || !NOT_BEFORE_A_NAME.has(previous.key);
}

function isCoordinatedWithName(
  tokens: readonly WordToken[],
  index: number,
  isKnownName: (key: string) => boolean,
): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  const other = tokens[index + 2];
  // "Hope and Tom", "Hope & Tom", "Hope, Tom and Amir"
  if (next && AMPERSAND_OR_COMMA.test(next.gap) && next.capital && isKnownName(next.key)) return true;
  if (next && other && COORDINATION.has(next.key) && !next.sentenceStart && !other.sentenceStart) {
    if (other.capital && isKnownName(other.key)) return true;
  }
  const previous = tokens[index - 1];
  const before = tokens[index - 2];
  if (previous && AMPERSAND_OR_COMMA.test(token.gap) && previous.capital && isKnownName(previous.key))
    return true;
  if (
    previous &&
    before &&
    COORDINATION.has(previous.key) &&
    !token.sentenceStart &&
    !previous.sentenceStart
  ) {
    if (before.capital && isKnownName(before.key)) return true;
  }
  return false;
}

/** Pupil cues that may follow a name at once ("in my class", "from Year 2"), as word arrays. */
const CUES_AFTER: readonly string[][] = PUPIL_CUES.filter((cue) => cue.nameBefore >= 0).map((cue) =>
  cue.phrase.split(' '),
);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Verbs of what a child does or says, right after a name at the start of a sentence. */
const CHILD_VERBS = new Set([
  'says',
  'said',
  'told',
  'asked',
  'made',
  'drew',
  'wrote',
  'read',
  'won',
  'lost',
  'finished',
  'brought',
  'gave',
  'showed',
  'wants',
  'loves',
  'looks',
  'looked',
  'turned',
  'started',
]);
const THIRD_PERSON = new Set(['her', 'his', 'she', 'he', 'herself', 'himself']);
const SENTENCE_END = /[.!?\n]/;

function cueWordMatches(pattern: string, token: WordToken): boolean {
  if (pattern === '#') return token.kind === 'number' || NUMBER_WORDS.has(token.key);
  if (pattern === 'year#') return /^(?:y|yr|year)\d{1,2}$/.test(token.plain);
  return token.key === pattern;
}

/**
 * An ordinary word opening a sentence reads as a child's name when a pupil cue follows it at once ("Will in my
 * class made me a card", "Hope from Year 2"), or when a verb of what a child does follows it and the sentence
 * goes on about her or him ("Ruby looking so grown up on her last day").
 */
function readsAsPersonAfter(tokens: readonly WordToken[], index: number): boolean {
  for (const words of CUES_AFTER) {
    let ok = index + words.length < tokens.length;
    for (let k = 0; ok && k < words.length; k++) {
      const token = tokens[index + 1 + k]!;
      ok = cueWordMatches(words[k]!, token) && !SENTENCE_END.test(token.gap);
    }
    if (ok) return true;
  }
  const next = tokens[index + 1];
  if (!next || next.capital || SENTENCE_END.test(next.gap)) return false;
  if (!CHILD_VERBS.has(next.key) && !/^\p{L}{3,}ing$/u.test(next.key)) return false;
  for (let k = index + 3; k < tokens.length && k <= index + 10; k++) {
    const token = tokens[k]!;
    if (SENTENCE_END.test(token.gap)) return false;
    if (THIRD_PERSON.has(token.key)) return true;
  }
  return false;
}
