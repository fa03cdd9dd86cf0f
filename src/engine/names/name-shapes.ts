/**
 * What a word looks like, for the person-name finder and its cues: a capitalised word, a surname-like word, a
 * word shaped like a surname ("Yefremova"), and how far a name runs on (middle initial, surname, particles).
 */
import { UK_SURNAMES } from '../data/uk-surnames';
import { COMMON_WORDS, NOT_PERSON_WORDS } from '../data/name-common-words';
import { NAME_PARTICLES, PLACE_OR_ORGANISATION, TITLES } from '../data/name-finder-words';
import type { WordToken } from '../text/tokens';

export const NAME_GAP = /^[ \t\u00A0]{1,2}$/;
export const LIST_GAP = /^\s?[,/&+]\s{0,2}$/;
export const INITIAL_GAP = /^\.?[ \t\u00A0]{1,2}$/;
const MAX_SURNAME_WORDS = 2;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/** Endings of English nouns, adjectives and verbs that names seldom have: "Entertainment", "Southern", "Trucks". */
export const ENGLISH_ENDING =
  /(?:ment|tion|sion|ness|ity|ing|ers|ed|ive|ous|ful|less|able|ible|ics|ship|ance|ence|ism|ist|ogy|ern|ary|ory|ure|ise|ize|ies|al|ts|ks|ps|ds|gs|ys)$/;

/** A word of letters only ("Hope", not "Hope2" or "B&Q"). */
export function isLetters(token: WordToken): boolean {
  return LETTERS.test(token.plain);
}

/** A capitalised word that does not end like an English noun or adjective and is not a place word. */
export function looksLikeName(token: WordToken): boolean {
  return !ENGLISH_ENDING.test(token.key) && !PLACE_OR_ORGANISATION.has(token.key) && token.key.length >= 2;
}

export function isCapitalWord(token: WordToken | undefined): token is WordToken {
  return token !== undefined && token.kind === 'word' && token.capital && token.prefix === '';
}

/** A capitalised word that could be (part of) a surname: not a common English word, not a title. */
export function isSurnameLike(token: WordToken | undefined, afterInitial = false): token is WordToken {
  return (
    isCapitalWord(token) &&
    (afterInitial || !token.sentenceStart) &&
    token.key.length >= 2 &&
    !COMMON_WORDS.has(token.key) &&
    !TITLES.has(token.key) &&
    isLetters(token)
  );
}

function continuesSurname(token: WordToken): boolean {
  return isSurnameLike(token);
}

/** Extends a name from token `last` over a middle initial and surname-like words; returns the last token index. */
export function extendSurname(tokens: readonly WordToken[], last: number, text: string): number {
  let end = last;
  // middle initial: "Faina D. Yefremova", "Szabina J Gelencsér"
  const initial = tokens[end + 1];
  if (
    initial &&
    initial.kind === 'word' &&
    initial.capital &&
    initial.end - initial.start === 1 &&
    NAME_GAP.test(initial.gap) &&
    INITIAL_GAP.test(tokens[end + 2]?.gap ?? '') &&
    isSurnameLike(tokens[end + 2], true) &&
    (text[initial.end] === '.' || (initial.key !== 'a' && initial.key !== 'i'))
  ) {
    end += 2;
  }
  for (let words = 0; words < MAX_SURNAME_WORDS; words++) {
    const next = tokens[end + 1];
    if (!next || !(NAME_GAP.test(next.gap) || next.gap === '-')) break;
    // (a word that fails isSurnameLike may still be a particle or "O'": no type narrowing here)
    if (continuesSurname(next)) {
      end++;
      continue;
    }
    // particles ("van", "da") and "O'" ("O'Brien")
    const after = tokens[end + 2];
    if (
      next.kind === 'word' &&
      NAME_PARTICLES.has(next.key) &&
      !next.capital &&
      after &&
      NAME_GAP.test(after.gap) &&
      isSurnameLike(after)
    ) {
      end += 2;
      continue;
    }
    if (next.key === 'o' && next.capital && after && /^['’]$/.test(after.gap) && isCapitalWord(after)) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/** "FourFourTwo", "YouView", "VerdadeMz": a capital inside a word marks a brand or a user name, but not "McDonald". */
function hasInnerCapital(written: string): boolean {
  return (
    /^\p{L}\p{Ll}*\p{Lu}/u.test(written) &&
    !/^(?:Mc|Mac|O|Di|De|Da|Du|Le|La|Van|Von|Fitz)\p{Lu}/u.test(written)
  );
}

/** A capitalised or upper-case word of letters only, at least `min` long, that is not a common word. */
export function isPlainName(token: WordToken, min: number, text?: string): boolean {
  return (
    token.prefix === '' &&
    (text === undefined || !hasInnerCapital(text.slice(token.start, token.end))) &&
    token.key.length >= min &&
    !COMMON_WORDS.has(token.key) &&
    !TITLES.has(token.key) &&
    isLetters(token)
  );
}

/**
 * Endings of surnames of Eastern and Northern Europe, Spain, Romania, Greece, Turkey, Armenia and Georgia
 * ("Yefremova", "Kowalski", "Petrović", "Hartvigsson", "Popescu", "Papadopoulos"): distinctive even at the start
 * of a sentence. Minimum lengths keep out short words ("Nova", "Geneva").
 */
const DISTINCT_SURNAME_ENDING =
  /^(?:\p{L}{4,}(?:ova|eva|enko|chuk|czuk|wicz|vich|ovic|evic|owski|ewski|inski|ynski|owska|ewska|inska|ynska|escu|eanu|opoulos|opoulou|ishvili|adze|sson|oglu)|\p{L}{3,}yan)$/u;
/** Weaker endings ("Ivanov", "Olsen", "Lopez", "Goldberg"): only mid-sentence. */
const SURNAME_ENDING = /^\p{L}{3,}(?:ov|ev|ski|ska|sky|ssen|sen|ez|stein|berg|mann)$/u;

/** A capitalised word shaped like a surname; `strict` accepts only the distinctive endings. */
export function hasSurnameForm(token: WordToken, text: string, strict: boolean): boolean {
  if (!token.capital || token.upper || COMMON_WORDS.has(token.key) || NOT_PERSON_WORDS.has(token.key))
    return false;
  if (DISTINCT_SURNAME_ENDING.test(token.key)) return true;
  // "Jeknić", "Babić": the accent tells it from "Music", "Public"
  if (/\p{L}{2,}[ćč]$/u.test(text.slice(token.start, token.end))) return true;
  return !strict && SURNAME_ENDING.test(token.key);
}

/** A known surname that is not also a common word. */
export function isKnownSurname(key: string): boolean {
  return UK_SURNAMES.has(key) && !COMMON_WORDS.has(key);
}
