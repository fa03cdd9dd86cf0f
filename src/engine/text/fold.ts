/**
 * Character folding for name matching: lower case, accents removed, look-alike letters from other scripts
 * mapped to the Latin letter they imitate. Pure and cached per character.
 */

/** Letters from Cyrillic and Greek (and a few symbols) that look like a Latin letter, keyed by the look-alike. */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  ӏ: 'l',
  г: 'r',
  А: 'a',
  В: 'b',
  Е: 'e',
  Ё: 'e',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  У: 'y',
  Х: 'x',
  І: 'i',
  Ї: 'i',
  Ј: 'j',
  Ѕ: 's',
  Ԁ: 'd',
  Ԛ: 'q',
  Ԝ: 'w',
  Ӏ: 'l',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Ζ: 'z',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Υ: 'y',
  Χ: 'x',
  // Latin letters that do not decompose
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'l',
  ħ: 'h',
  Ħ: 'h',
};

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

/** Code point ranges that render as nothing: soft hyphen, joiners, zero-width spaces, direction marks, selectors. */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];
const COMBINING_MARK = /\p{M}/u;
const LETTER = /\p{L}/u;

const foldCache = new Map<string, string>();

/** True for characters that render as nothing (zero-width spaces and joiners, soft hyphens, direction marks). */
export function isInvisible(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** True for a letter from another script that imitates a Latin one (Cyrillic "а", Greek "ο"). */
export function isLookalike(char: string): boolean {
  return char in LOOKALIKES && !/[\u00C0-\u024F]/.test(char);
}

/** True for a letter in any script. */
export function isLetter(char: string): boolean {
  return LETTER.test(char);
}

/** True for a combining accent (which folding drops). */
export function isCombiningMark(char: string): boolean {
  return COMBINING_MARK.test(char);
}

/** Folds one character (a code point) to lower-case unaccented Latin: "É" → "e", Cyrillic "а" → "a", "ß" → "ss". */
export function foldChar(char: string): string {
  let folded = foldCache.get(char);
  if (folded !== undefined) return folded;
  const lookalike = LOOKALIKES[char];
  if (lookalike !== undefined) folded = lookalike;
  else if (isInvisible(char) || isCombiningMark(char)) folded = '';
  else {
    folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const again = folded.length === 1 ? LOOKALIKES[folded] : undefined;
    if (again !== undefined) folded = again;
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
