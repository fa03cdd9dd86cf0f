/**
 * Small helpers for building the school and class matchers: turning a name a school typed into its settings
 * into a regular expression that tolerates the ways people actually write it (extra spaces, curly or missing
 * apostrophes, "St" / "St." / "Saint", "&" / "and").
 */

/** A span of the text a matcher found. */
export interface Span {
  start: number;
  end: number;
}

/** Characters that make up a word: letters, digits, underscore (as in handles and hashtags). */
export const WORD_CHAR = '[\\p{L}\\p{N}_]';
/** Not preceded by a word character. Use with the `u` flag. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
/** Not followed by a word character. Use with the `u` flag. */
export const WORD_END = '(?![\\p{L}\\p{N}_])';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern source for a phrase, tolerant of spacing, apostrophes, full stops after abbreviations, "St"/"Saint"
 * and "&"/"and". Returns '' for a phrase with no words.
 */
export function flexiblePhrase(phrase: string): string {
  const words = phrase
    .trim()
    .split(/[\s\u00a0]+/)
    .filter((word) => word.length > 0);
  return words.map(flexibleWord).join('[\\s\\u00a0]+');
}

function flexibleWord(word: string): string {
  const bare = word.replace(/\.$/, '');
  const lower = bare.toLowerCase();
  if (lower === 'st' || lower === 'saint') return '(?:St\\.?|Saint)';
  if (lower === '&' || lower === 'and') return '(?:&|and)';
  let source = '';
  for (const char of bare) {
    if (char === "'" || char === '\u2019' || char === '\u2018') source += "['\u2018\u2019]?";
    else source += escapeRegExp(char);
  }
  // Abbreviations may be written with or without a full stop.
  if (bare !== word) source += '\\.?';
  return source;
}

/** The phrase with everything but letters and digits removed, as it would appear in a hashtag or handle. */
export function compactForm(phrase: string): string {
  return phrase.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Keeps the longest of overlapping spans (the earliest on a tie) and returns them sorted by position.
 * Spans are expected to carry their own extra fields, which are kept.
 */
export function keepLongest<T extends Span>(spans: readonly T[]): T[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const span of byLength) {
    if (span.end <= span.start) continue;
    if (kept.some((other) => span.start < other.end && other.start < span.end)) continue;
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** All matches of a global regular expression, as spans of the whole match. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    matches.push(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return matches;
}

/** The few words before an offset, lower-cased, for checking what a match follows ("hotel reception"). */
export function wordsBefore(text: string, offset: number, count: number): string[] {
  const before = text.slice(Math.max(0, offset - 60), offset);
  const words = before.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return words.slice(-count);
}

/** The few words after an offset, lower-cased. */
export function wordsAfter(text: string, offset: number, count: number): string[] {
  const after = text.slice(offset, offset + 60);
  const words = after.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return words.slice(0, count);
}
