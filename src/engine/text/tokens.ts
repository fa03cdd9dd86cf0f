/**
 * Splits text into word tokens for matching, undoing common disguises while keeping every token's offsets in
 * the original text: letters split by spaces or dots ("J a c k"), invisible characters ("Ja\u200Bck"),
 * look-alike letters from other scripts, and digits or symbols for letters ("J4ck", "Gr@ce").
 */
import {
  LEET_LETTERS,
  LEET_ONE_ALTERNATIVE,
  foldChar,
  isCombiningMark,
  isInvisible,
  isLetter,
  isLookalike,
} from './fold';

export interface WordToken {
  /** Offsets of the token in the original text (including any disguise inside it). */
  start: number;
  end: number;
  /** Folded key: lower case, accents and look-alikes undone, digits read as letters ("J4ck" → "jack"). */
  key: string;
  /** The key with `1` read as i instead of l ("Em1ly" → "emily"), when different from `key`. */
  alt?: string;
  /** Folded, with digits kept as digits ("Year2" → "year2"): for matching phrases rather than names. */
  plain: string;
  /** 'number' for a token made only of digits. */
  kind: 'word' | 'number';
  /** The first letter is upper case. */
  capital: boolean;
  /** Every letter is upper case (and there are at least two). */
  upper: boolean;
  /** The token was disguised: digits or symbols for letters, look-alike letters, invisible characters or spacing. */
  disguised: boolean;
  /** Made by joining single letters split by spaces or dots ("J a c k"). */
  spaced: boolean;
  /** '#' for a hashtag, '@' for a handle. */
  prefix: '' | '#' | '@';
  /** First token of a sentence (or of a line, or after a colon). */
  sentenceStart: boolean;
  /** The original text between the previous token and this one. */
  gap: string;
}

const DIGIT = /[0-9]/;
/** Numbers with a unit or ordinal ("5am", "3rd", "10k") and codes ("Y2", "KS2"): never read as disguised words. */
const NOT_LEET =
  /^(?:\d+(?:st|nd|rd|th|am|pm|s|k|m|g|kg|km|cm|mm|ml|p|x|d|yr|yrs|min|mins|hr|hrs)|[a-z]{1,3}\d{1,2})$/;
const SENTENCE_BREAK = /[.!?\n:;•|]/;
/** Separators allowed between the single letters of a spaced-out word. */
const SPACING = new Set([' ', '.', '-', '_', '*', '·', '\u00A0']);
/** Characters that continue a word when they stand between two word characters ("J@ck", "Ja$on"). */
const INNER_SYMBOL = new Set(['@', '$']);

/** What a character is, computed once per code point. */
interface CharInfo {
  /** 0 other, 1 letter, 2 digit, 3 combining mark, 4 invisible, 5 symbol inside words ("@", "$"). */
  type: 0 | 1 | 2 | 3 | 4 | 5;
  folded: string;
  upper: boolean;
  lookalike: boolean;
}

const OTHER: CharInfo = { type: 0, folded: '', upper: false, lookalike: false };
const charInfoCache: (CharInfo | undefined)[] = [];

function charInfo(code: number): CharInfo {
  const cached = code < 0x10000 ? charInfoCache[code] : undefined;
  if (cached) return cached;
  const char = String.fromCodePoint(code);
  let info: CharInfo = OTHER;
  if (DIGIT.test(char)) info = { type: 2, folded: char, upper: false, lookalike: false };
  else if (isLetter(char)) {
    info = {
      type: 1,
      folded: foldChar(char),
      upper: char !== char.toLowerCase(),
      lookalike: isLookalike(char),
    };
  } else if (isCombiningMark(char)) info = { type: 3, folded: '', upper: false, lookalike: false };
  else if (isInvisible(char)) info = { type: 4, folded: '', upper: false, lookalike: false };
  else if (INNER_SYMBOL.has(char)) info = { type: 5, folded: char, upper: false, lookalike: false };
  if (code < 0x10000) charInfoCache[code] = info;
  return info;
}

/** The code point at index (a surrogate pair counts as one). */
function codeAt(text: string, index: number): number {
  return text.codePointAt(index) ?? 0;
}

function isWordType(type: number): boolean {
  return type === 1 || type === 2 || type === 3;
}

/** Splits text into word and number tokens; see WordToken. Linear in the length of the text. */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let index = 0;
  let previousEnd = 0;
  while (index < text.length) {
    const code = codeAt(text, index);
    const size = code > 0xffff ? 2 : 1;
    if (!isWordType(charInfo(code).type)) {
      index += size;
      continue;
    }
    const start = index;
    let key = '';
    let plain = '';
    let letters = 0;
    let upperLetters = 0;
    let firstLetterUpper: boolean | undefined;
    let hasDigit = false;
    let disguised = false;
    while (index < text.length) {
      const current = codeAt(text, index);
      const length = current > 0xffff ? 2 : 1;
      const info = charInfo(current);
      if (info.type === 1) {
        letters++;
        if (info.upper) upperLetters++;
        if (firstLetterUpper === undefined) firstLetterUpper = info.upper;
        if (info.lookalike) disguised = true;
        key += info.folded;
        plain += info.folded;
        index += length;
        continue;
      }
      if (info.type === 2) {
        hasDigit = true;
        key += LEET_LETTERS[info.folded] ?? info.folded;
        plain += info.folded;
        index += length;
        continue;
      }
      if (info.type === 3) {
        index += length;
        continue;
      }
      if (info.type === 4 || info.type === 5) {
        const next = index + length < text.length ? charInfo(codeAt(text, index + length)) : OTHER;
        if (isWordType(next.type)) {
          if (info.type === 5) {
            key += LEET_LETTERS[info.folded] ?? '';
            plain += info.folded;
          }
          disguised = true;
          index += length;
          continue;
        }
      }
      break;
    }
    const end = index;
    let kind: WordToken['kind'] = 'word';
    if (letters === 0) {
      kind = 'number';
      key = plain;
    } else if (hasDigit) {
      if (NOT_LEET.test(plain)) key = plain;
      else disguised = true;
    }
    const gap = text.slice(previousEnd, start);
    const before = text[start - 1];
    const prefix: WordToken['prefix'] = before === '#' ? '#' : before === '@' ? '@' : '';
    const token: WordToken = {
      start,
      end,
      key,
      plain,
      kind,
      capital: firstLetterUpper === true,
      upper: letters >= 2 && upperLetters === letters,
      disguised,
      spaced: false,
      prefix,
      sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(gap),
      gap,
    };
    if (kind === 'word' && key.includes('l') && plain.includes('1')) {
      token.alt = readOneAsI(plain);
    }
    tokens.push(token);
    previousEnd = end;
  }
  return joinSpacedLetters(tokens, text);
}

function readOneAsI(plain: string): string {
  let out = '';
  for (const char of plain) out += char === '1' ? LEET_ONE_ALTERNATIVE : (LEET_LETTERS[char] ?? char);
  return out;
}

/** Joins runs of three or more single letters split by one space or dot ("J a c k", "J.A.C.K") into one token. */
function joinSpacedLetters(tokens: WordToken[], text: string): WordToken[] {
  let hasSingle = false;
  for (const token of tokens) {
    if (token.end - token.start === 1 && token.kind === 'word') {
      hasSingle = true;
      break;
    }
  }
  if (!hasSingle) return tokens;
  const out: WordToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (
      j < tokens.length &&
      isSingleLetter(tokens[j]) &&
      (j === i || (tokens[j]!.gap.length === 1 && SPACING.has(tokens[j]!.gap)))
    ) {
      j++;
    }
    let hasLetter = false;
    for (let k = i; k < j; k++) if (tokens[k]!.kind === 'word') hasLetter = true;
    if (j - i >= 3 && hasLetter) {
      const first = tokens[i]!;
      const last = tokens[j - 1]!;
      let key = '';
      for (let k = i; k < j; k++) {
        const part = tokens[k]!;
        key += part.kind === 'word' ? part.key : (LEET_LETTERS[part.plain] ?? part.plain);
      }
      out.push({
        ...first,
        end: last.end,
        key,
        plain: key,
        alt: undefined,
        kind: 'word',
        upper: false,
        disguised: true,
        spaced: true,
      });
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  // gaps were measured between the original tokens; recompute them for the joined ones
  for (let k = 1; k < out.length; k++) {
    const token = out[k]!;
    token.gap = text.slice(out[k - 1]!.end, token.start);
  }
  return out;
}

/** One letter, or one digit that stands for a letter ("J 4 c k"). */
function isSingleLetter(token: WordToken | undefined): boolean {
  if (token === undefined || token.prefix !== '' || token.end - token.start !== 1) return false;
  return token.kind === 'word' ? token.key.length === 1 : LEET_LETTERS[token.plain] !== undefined;
}

/**
 * True when most words are capitalised (a title or a shouted post): a capital letter then says nothing about
 * whether a word is a name.
 */
export function isMostlyCapitalised(tokens: readonly WordToken[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.sentenceStart || token.end - token.start < 3) continue;
    words++;
    if (token.capital) capitals++;
  }
  return words >= 3 && capitals / words >= 0.6;
}
