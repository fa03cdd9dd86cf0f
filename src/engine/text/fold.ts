/**
 * Character folding for name matching: lower case, accents removed, compatibility forms (NFKC) and look-alike
 * letters from other scripts mapped to the Latin letter they imitate. Pure and cached per character.
 */
import { LATIN_LOOKALIKES } from '../data/latin-lookalikes';

/** Latin letters that neither decompose nor look like another letter: folded to their usual spelling. */
const LATIN_SPELLINGS: Record<string, string> = {
  ß: 'ss',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ŀ: 'l',
  ħ: 'h',
};

/** Look-alike character → the Latin letters it imitates (generated from Unicode's confusables.txt). */
const LOOKALIKES = new Map<string, string>();
for (const [latin, sources] of Object.entries(LATIN_LOOKALIKES)) {
  for (const source of sources) LOOKALIKES.set(source, latin);
}
/** Enclosed letters and digits ("Ⓙ", "⒜", "🄹"), symbols that NFKC spells as letters. */
const ENCLOSED = /[\u2460-\u24FF\u{1F100}-\u{1F1FF}]/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}\p{M}]/gu;
const LETTERS_ONLY = /^[\p{L}\p{N}\p{M}]+$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]/u;
const latinCache = new Map<string, string>();

/**
 * The letters a character is drawn as, in its case: a look-alike from another script ("а" Cyrillic → "a"), or its
 * compatibility form (NFKC: fullwidth "Ｊ", mathematical "𝐉", circled "Ⓙ", superscript "ʲ" → "J"/"j").
 * Other characters come back unchanged.
 */
export function latinLookalike(char: string): string {
  let latin = latinCache.get(char);
  if (latin !== undefined) return latin;
  latin = LOOKALIKES.get(char);
  if (latin === undefined) {
    latin = char;
    const nfkc = char.normalize('NFKC');
    if (nfkc !== char && (LETTER_OR_NUMBER.test(char) || ENCLOSED.test(char))) {
      const letters = ENCLOSED.test(char) ? nfkc.replace(NOT_LETTER_OR_DIGIT, '') : nfkc;
      if (letters !== '' && LETTERS_ONLY.test(letters)) {
        latin = '';
        for (const part of letters) latin += LOOKALIKES.get(part) ?? part;
      }
    }
  }
  latinCache.set(char, latin);
  return latin;
}

/** Digits and symbols used in place of letters ("J4ck", "Gr@ce"). `1` reads as l here; see LEET_ONE_ALTERNATIVE. */
export const LEET_LETTERS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
};

/** `1` stands for either l or i ("L1ly", "Em1ly"): matchers try both. */
export const LEET_ONE_ALTERNATIVE = 'i';

/**
 * Code point ranges that render as nothing: soft hyphen, joiners, zero-width spaces, direction marks and
 * overrides, bidi isolates, Hangul fillers, Mongolian and other variation selectors, tag characters.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];
const COMBINING_MARK = /\p{M}/u;
const LETTER = /\p{L}/u;

const foldCache = new Map<string, string>();

/** True for characters that render as nothing (zero-width spaces and joiners, soft hyphens, direction marks). */
export function isInvisible(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** True for a letter in any script. */
export function isLetter(char: string): boolean {
  return LETTER.test(char);
}

/** True for a combining accent (which folding drops). */
export function isCombiningMark(char: string): boolean {
  return COMBINING_MARK.test(char);
}

/**
 * Folds one character (a code point) to lower-case unaccented Latin: "É" → "e", Cyrillic "а" → "a", "ß" → "ss",
 * fullwidth "Ｊ" → "j".
 */
export function foldChar(char: string): string {
  let folded = foldCache.get(char);
  if (folded !== undefined) return folded;
  if (isInvisible(char) || isCombiningMark(char)) folded = '';
  else {
    folded = '';
    for (const part of latinLookalike(char).normalize('NFD')) {
      if (isCombiningMark(part)) continue;
      const lower = part.toLowerCase();
      folded += LATIN_SPELLINGS[lower] ?? LOOKALIKES.get(lower)?.toLowerCase() ?? lower;
    }
  }
  foldCache.set(char, folded);
  return folded;
}

/** Folds a whole string for use as a dictionary key: "Zoë" → "zoe", "Fernández" → "fernandez". */
export function foldText(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

/** Splits a name into folded word keys: "Mary-Jane O'Brien" → ["mary", "jane", "o", "brien"]. */
export function foldNameWords(name: string): string[] {
  return foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
