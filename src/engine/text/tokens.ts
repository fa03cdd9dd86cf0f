/**
 * Splits text into word tokens for matching, undoing disguises while keeping every token's offsets in the
 * original text. Character-level disguises (look-alike and compatibility letters, invisible characters, odd
 * spaces, HTML tags and entities) are undone first by undisguise() (disguise.ts); on top of that text the
 * tokenizer reads digits or symbols for letters ("J4ck", "Gr@ce") and joins what needs to know the words:
 *   - letters split by spaces, dots, hyphens, underscores, line breaks or emoji ("J a c k", "J.a.c.k", "J-a-c-k"),
 *     leaving out a one-letter word before them when the rest is a known word ("what a j e r k");
 *   - a word broken by a line break or by emoji ("Ja\nck", "Ja🙂ck"), when the whole is a known word and the
 *     pieces are not both words;
 *   - stretched letters ("Graaace", "Jaaaack"), squeezed to a known word, keeping real double letters ("Harrrry").
 * "Known word" is the caller's lexicon (the roster's names, the tone word lists); by default the UK first names.
 */
import { COMMON_WORDS } from '../data/name-common-words';
import { UK_FIRST_NAMES } from '../data/uk-first-names';
import { originalSpan, undisguise } from './disguise';
import { LEET_LETTERS, LEET_ONE_ALTERNATIVE, foldChar, isCombiningMark, isLetter } from './fold';

/** Whether a folded word is one the caller looks for (a name, a swear word): decides how disguises are joined. */
export type Lexicon = (key: string) => boolean;

const FIRST_NAMES: Lexicon = (key) => UK_FIRST_NAMES.has(key);

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
  /** Made by joining single letters split by spaces, dots, hyphens, line breaks or emoji ("J a c k"). */
  spaced: boolean;
  /** '#' for a hashtag, '@' for a handle. */
  prefix: '' | '#' | '@';
  /** First token of a sentence (or of a line, or after a colon). */
  sentenceStart: boolean;
  /** The text between the previous token and this one, with character disguises undone (odd spaces read " "). */
  gap: string;
}

const DIGIT = /[0-9]/;
/** Numbers with a unit or ordinal ("5am", "3rd", "10k") and codes ("Y2", "KS2"): never read as disguised words. */
const NOT_LEET =
  /^(?:\d+(?:st|nd|rd|th|am|pm|s|k|m|g|kg|km|cm|mm|ml|p|x|d|yr|yrs|min|mins|hr|hrs)|[a-z]{1,3}\d{1,2})$/;
const SENTENCE_BREAK = /[.!?\n:;•|]/;
/** Emoji and other pictures (with their skin-tone modifiers), as they stand between letters in "Ja🙂ck". */
const PICTURES = /^[\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}]{1,6}$/u;
/** What may stand between the single letters of a spaced-out word: spaces, one separator, a line break, emoji. */
const SPACING = /^(?: {1,3}| {0,2}[.\-_*·•~+|/\\:] {0,2}|\r?\n)$/;
/** What may break a word in two: a line break, or emoji with no space. */
const WORD_BREAK = /^\r?\n$/;
/** One-letter words that may come before a spaced-out word ("what a j e r k", "I h a t e"). */
const ONE_LETTER_WORDS = new Set(['a', 'i']);
/** Characters that continue a word when they stand between two word characters ("J@ck", "Ja$on"). */
const INNER_SYMBOL = new Set(['@', '$']);

/** What a character is, computed once per code point. */
interface CharInfo {
  /** 0 other, 1 letter, 2 digit, 3 combining mark, 5 symbol inside words ("@", "$"). */
  type: 0 | 1 | 2 | 3 | 5;
  folded: string;
  upper: boolean;
}

const OTHER: CharInfo = { type: 0, folded: '', upper: false };
const charInfoCache: (CharInfo | undefined)[] = [];

function charInfo(code: number): CharInfo {
  const cached = code < 0x10000 ? charInfoCache[code] : undefined;
  if (cached) return cached;
  const char = String.fromCodePoint(code);
  let info: CharInfo = OTHER;
  if (DIGIT.test(char)) info = { type: 2, folded: char, upper: false };
  else if (isLetter(char)) info = { type: 1, folded: foldChar(char), upper: char !== char.toLowerCase() };
  else if (isCombiningMark(char)) info = { type: 3, folded: '', upper: false };
  else if (INNER_SYMBOL.has(char)) info = { type: 5, folded: char, upper: false };
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

/** A token while the text is read: its offsets in the normalised text too. */
interface Draft extends WordToken {
  normalStart: number;
  normalEnd: number;
}

/**
 * Splits text into word and number tokens; see WordToken and the file comment. `isKnown` is the lexicon that
 * decides how disguised words are joined. Linear in the length of the text.
 */
export function tokenize(text: string, isKnown: Lexicon = FIRST_NAMES): WordToken[] {
  const undisguised = undisguise(text);
  const normal = undisguised.text;
  const tokens: Draft[] = [];
  let index = 0;
  let previousEnd = 0;
  while (index < normal.length) {
    const code = codeAt(normal, index);
    const size = code > 0xffff ? 2 : 1;
    if (!isWordType(charInfo(code).type)) {
      index += size;
      continue;
    }
    const normalStart = index;
    let key = '';
    let plain = '';
    let letters = 0;
    let upperLetters = 0;
    let firstLetterUpper: boolean | undefined;
    let hasDigit = false;
    let disguised = false;
    while (index < normal.length) {
      const current = codeAt(normal, index);
      const length = current > 0xffff ? 2 : 1;
      const info = charInfo(current);
      if (info.type === 1) {
        letters++;
        if (info.upper) upperLetters++;
        if (firstLetterUpper === undefined) firstLetterUpper = info.upper;
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
      if (info.type === 5) {
        const next = index + length < normal.length ? charInfo(codeAt(normal, index + length)) : OTHER;
        if (isWordType(next.type)) {
          key += LEET_LETTERS[info.folded] ?? '';
          plain += info.folded;
          disguised = true;
          index += length;
          continue;
        }
      }
      break;
    }
    const normalEnd = index;
    let kind: WordToken['kind'] = 'word';
    if (letters === 0) {
      kind = 'number';
      key = plain;
    } else if (hasDigit) {
      if (NOT_LEET.test(plain)) key = plain;
      else disguised = true;
    }
    const [start, end] = originalSpan(undisguised, normalStart, normalEnd);
    if (undisguised.from && text.slice(start, end) !== normal.slice(normalStart, normalEnd)) disguised = true;
    const gap = normal.slice(previousEnd, normalStart);
    const before = normal[normalStart - 1];
    const prefix: WordToken['prefix'] = before === '#' ? '#' : before === '@' ? '@' : '';
    const token: Draft = {
      start,
      end,
      normalStart,
      normalEnd,
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
    previousEnd = normalEnd;
  }
  let joined = joinSpacedLetters(tokens, isKnown);
  joined = joinBrokenWords(joined, isKnown);
  for (const token of joined) squeezeStretched(token, isKnown);
  return joined;
}

function readOneAsI(plain: string): string {
  let out = '';
  for (const char of plain) out += char === '1' ? LEET_ONE_ALTERNATIVE : (LEET_LETTERS[char] ?? char);
  return out;
}

/** A token made of tokens[from..to) (inclusive of both ends' offsets), with the given key. */
function merge(tokens: readonly Draft[], from: number, to: number, key: string, spaced: boolean): Draft {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  return {
    ...first,
    end: last.end,
    normalEnd: last.normalEnd,
    key,
    plain: key,
    alt: undefined,
    kind: 'word',
    upper: false,
    disguised: true,
    spaced,
  };
}

/**
 * Joins runs of three or more single letters split by spacing ("J a c k", "J.A.C.K", "J-a-c-k", "J🙂a🙂c🙂k") into
 * one token. A one-letter word before the run stays apart when the rest is a known word and the whole is not
 * ("what a j e r k" → "a", "jerk").
 */
function joinSpacedLetters(tokens: Draft[], isKnown: Lexicon): Draft[] {
  let hasSingle = false;
  for (const token of tokens) {
    if (token.normalEnd - token.normalStart === 1 && token.kind === 'word') {
      hasSingle = true;
      break;
    }
  }
  if (!hasSingle) return tokens;
  const out: Draft[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && isSingleLetter(tokens[j]) && (j === i || isSpacing(tokens[j]!.gap))) j++;
    let hasLetter = false;
    for (let k = i; k < j; k++) if (tokens[k]!.kind === 'word') hasLetter = true;
    if (j - i >= 3 && hasLetter) {
      let key = '';
      for (let k = i; k < j; k++) key += singleKey(tokens[k]!);
      let from = i;
      if (ONE_LETTER_WORDS.has(key[0]!) && j - i >= 4 && !isKnown(key) && isKnown(key.slice(1))) {
        out.push(tokens[i]!);
        from = i + 1;
        key = key.slice(1);
      }
      out.push(merge(tokens, from, j, key, true));
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  // Each token keeps its own gap: a joined token the gap before its first piece, the next one the gap after the last.
  return out;
}

function isSpacing(gap: string): boolean {
  return SPACING.test(gap) || (gap.charCodeAt(0) >= 0x80 && PICTURES.test(gap));
}

function singleKey(token: Draft): string {
  return token.kind === 'word' ? token.key : (LEET_LETTERS[token.plain] ?? token.plain);
}

/** One letter, or one digit that stands for a letter ("J 4 c k"). */
function isSingleLetter(token: Draft | undefined): boolean {
  if (token === undefined || token.prefix !== '' || token.normalEnd - token.normalStart !== 1) return false;
  return token.kind === 'word' ? token.key.length === 1 : LEET_LETTERS[token.plain] !== undefined;
}

/**
 * Joins the pieces of a word broken by a line break or emoji ("Ja\nck", "Gr🙂ace") when the whole is a known word
 * and the pieces are not all words themselves ("Rose\nMary" stays two names).
 */
function joinBrokenWords(tokens: Draft[], isKnown: Lexicon): Draft[] {
  let out: Draft[] | undefined;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    let best = -1;
    let bestKey = '';
    if (token.kind === 'word' && mayBreakWord(tokens[i + 1]?.gap)) {
      let key = token.key;
      let allWords = isWord(token.key, isKnown);
      for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
        const next = tokens[k]!;
        if (next.kind !== 'word' || !mayBreakWord(next.gap)) break;
        key += next.key;
        allWords &&= isWord(next.key, isKnown);
        if (!allWords && isKnown(key)) {
          best = k;
          bestKey = key;
        }
      }
    }
    if (best < 0) {
      out?.push(token);
      i++;
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(merge(tokens, i, best + 1, bestKey, false));
    i = best + 1;
  }
  return out ?? tokens;
}

/** A line break, or emoji with no space: cheap checks first, as this runs between every two tokens. */
function mayBreakWord(gap: string | undefined): boolean {
  if (gap === undefined || gap === '' || gap === ' ') return false;
  if (gap.charCodeAt(0) < 0x80) return WORD_BREAK.test(gap);
  return PICTURES.test(gap);
}

function isWord(key: string, isKnown: Lexicon): boolean {
  return key.length >= 2 && (isKnown(key) || COMMON_WORDS.has(key));
}

const STRETCH = /(.)\1\1/;
const RUNS = /(.)\1*/g;

/**
 * A word with a letter written three or more times ("Graaace", "Harrrry") takes the key of the known word it
 * squeezes to, each run read as one letter or two ("grace", "harry"); unknown words are left as written.
 */
function squeezeStretched(token: Draft, isKnown: Lexicon): void {
  if (token.kind !== 'word' || !STRETCH.test(token.key) || isKnown(token.key)) return;
  const runs = token.key.match(RUNS) ?? [];
  const long = runs.map((run, index) => (run.length >= 2 ? index : -1)).filter((index) => index >= 0);
  if (long.length > 8) return;
  // Two letters before one for each run: a real double letter ("Harry") is kept when it makes the word.
  for (let mask = 0; mask < 1 << long.length; mask++) {
    let candidate = '';
    for (let index = 0; index < runs.length; index++) {
      const run = runs[index]!;
      const bit = long.indexOf(index);
      candidate += bit < 0 ? run : run[0]!.repeat(mask & (1 << bit) ? 1 : 2);
    }
    if (isKnown(candidate)) {
      token.key = candidate;
      token.alt = undefined;
      token.disguised = true;
      return;
    }
  }
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
