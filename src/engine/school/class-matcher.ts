import type { Settings } from '../../settings/settings';
import { findUndisguised } from '../text/disguise';
import {
  CLASS_CONTEXT_AFTER,
  CLASS_CONTEXT_BEFORE,
  CLASS_THEME_WORDS,
  NOT_CLASS_CODE_BEFORE,
  NOT_CLASS_NAMES_AFTER,
  NOT_CLASS_NAMES_BEFORE,
  NOT_RECEPTION_CLASS_BEFORE,
  UNIT_LETTERS,
  YEAR_NUMBER_WORDS,
} from '../data/class-identifier';
import {
  WORD_END,
  WORD_START,
  allMatches,
  flexiblePhrase,
  keepLongest,
  wordsAfter,
  wordsBefore,
} from './patterns';
import type { Span } from './patterns';

/**
 * How the class was named:
 * - configured: one of settings.classNames
 * - year: a year group ("Year 4", "Y4", "Yr 4", "year four")
 * - code: a year-and-letter class code ("4B")
 * - early-years: Reception or Nursery used as a class
 * - named: a named class ("Oak Class", "Class Oak", "Class 3")
 */
export type ClassMentionKind = 'configured' | 'year' | 'code' | 'early-years' | 'named';

export interface ClassMention extends Span {
  kind: ClassMentionKind;
}

export type ClassMatcher = (text: string) => ClassMention[];

const SPACE = '[\\s\\u00a0]';
const YEAR_NUMBER = `(?:1[0-3]|[1-9]|R|${YEAR_NUMBER_WORDS.join('|')})`;

const YEAR_PATTERN = new RegExp(
  `${WORD_START}#?(years?)${SPACE}*(${YEAR_NUMBER}|[1-6][A-Z])(?:${SPACE}*(?:and|&|/|-|to|or)${SPACE}*(${YEAR_NUMBER}))?(?=['’]?s${WORD_END}|${WORD_END})`,
  'giu',
);
const SHORT_YEAR_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}_@'’])#?(?:Y|Yr|YR|Yrs|YRS)\\.?${SPACE}?(?:1[0-3]|[1-9])(?=['’]?s${WORD_END}|${WORD_END})`,
  'gu',
);
const CLASS_CODE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}_@#£$€¥.,:/'’+-])([1-6])([A-Za-z])(?=['’]s${WORD_END}|(?![\\p{L}\\p{N}_%°]))`,
  'gu',
);
const EARLY_YEARS_PATTERN = new RegExp(
  `${WORD_START}(?:Reception|Nursery|reception|nursery)${WORD_END}`,
  'gu',
);
const CLASS_THEN_NUMBER_PATTERN = new RegExp(
  `${WORD_START}([Cc]lass)${SPACE}+(?:1[0-3]|[1-9]|[1-6][A-Z])${WORD_END}`,
  'gu',
);
const CLASS_THEN_NAME_PATTERN = new RegExp(
  `${WORD_START}Class${SPACE}+(\\p{Lu}[\\p{Ll}'’]+)${WORD_END}`,
  'gu',
);
const NAME_THEN_CLASS_PATTERN = new RegExp(
  `${WORD_START}(\\p{Lu}[\\p{Ll}'’]+)${SPACE}+([Cc]lass)${WORD_END}`,
  'gu',
);

const lowerSet = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.map((word) => word.toLowerCase()));
const THEMES = new Set(CLASS_THEME_WORDS);
const NOT_NAMES_BEFORE = new Set(NOT_CLASS_NAMES_BEFORE);
const NOT_NAMES_AFTER = new Set(NOT_CLASS_NAMES_AFTER);
const UNITS = new Set(UNIT_LETTERS);
const NOT_CODE_BEFORE = lowerSet(NOT_CLASS_CODE_BEFORE);
const CONTEXT_BEFORE = lowerSet(CLASS_CONTEXT_BEFORE);
const CONTEXT_AFTER = lowerSet(CLASS_CONTEXT_AFTER);
const NOT_RECEPTION_BEFORE = lowerSet(NOT_RECEPTION_CLASS_BEFORE);

/** Words that make a lower-case "year 4" a span of time or a count ("this year 4 of us went"). */
const NOT_YEAR_GROUP_BEFORE = new Set([
  'this',
  'last',
  'next',
  'each',
  'every',
  'per',
  'a',
  'one',
  'that',
  'same',
  'whole',
  'academic',
  'financial',
  'fiscal',
  'leap',
  'calendar',
  'tax',
  'school',
  'new',
  'happy',
]);
const NOT_YEAR_GROUP_AFTER = new Set([
  'of',
  'times',
  'x',
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'mins',
  'later',
  'ago',
  'running',
  'old',
  'olds',
  'percent',
]);
/** Words that settle a class code with a unit letter ("teaching 4G"). */
const STRONG_CODE_BEFORE = new Set(['class', 'teach', 'teaching', 'taught', 'into', 'in']);
/** After Reception/Nursery, these mean a class only when capitalised: "Reception team", not "the reception team". */
const CAPITALISED_ONLY_AFTER = new Set(['team', 'staff', 'unit', 'play', 'reading']);
/** Before a capitalised Reception/Nursery, these mean the class: "our Reception", "in Nursery". */
const EARLY_YEARS_BEFORE = new Set([
  'our',
  'my',
  'in',
  'into',
  'to',
  'from',
  'with',
  'joined',
  'joining',
  'join',
  'joins',
  'start',
  'starts',
  'started',
  'starting',
  'teach',
  'teaching',
  'taught',
  'all',
]);
const NOT_CLASS_NUMBER_AFTER = new Set([
  'times',
  'of',
  'drugs',
  'hours',
  'minutes',
  'mins',
  'days',
  'weeks',
  'x',
]);

const NUMBER_WORD_VALUE = new Map(YEAR_NUMBER_WORDS.map((word, index) => [word, index + 1]));

/** A year number above the school's highest year group ("Year 11" at a primary school). */
function tooHigh(number: string, maxYear: number): boolean {
  const value = /^\d+/.test(number) ? parseInt(number, 10) : NUMBER_WORD_VALUE.get(number.toLowerCase());
  return value !== undefined && value > maxYear;
}

function singular(word: string): string {
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:x|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function isTheme(word: string): boolean {
  return THEMES.has(word) || THEMES.has(singular(word));
}

/** A word ending that usually marks an adjective or participle in Title Case text ("Amazing Class"). */
function looksDescriptive(word: string): boolean {
  return /(?:ing|ed|ful|ous|ive|al|ic|less|est)$/.test(word.toLowerCase());
}

function nextWordCapitalised(text: string, offset: number): boolean {
  return /^[\s\u00a0]+\p{Lu}/u.test(text.slice(offset, offset + 4));
}

function previousWordCapitalised(text: string, offset: number): boolean {
  return /\p{Lu}[\p{L}'’]*[\s\u00a0]+$/u.test(text.slice(Math.max(0, offset - 30), offset));
}

/** Year groups a school can have: a primary school's run from Reception to Year 6, so "Year 11" is not its class. */
function highestYear(schoolName: string): number {
  return /\b(?:primary|junior|juniors|infant|infants|first)\b/i.test(schoolName) ? 6 : 13;
}

/** Year groups and numbered classes are found by the general patterns, with their checks on case and context. */
const GENERAL_FORM = /^(?:year|yr|y|class)\s*(?:\d{1,2}|r|[a-z]+)$|^(?:reception|nursery)$/i;

export function compileClassMatcher(settings: Pick<Settings, 'classNames' | 'schoolName'>): ClassMatcher {
  const maxYear = highestYear(settings.schoolName);
  const configured: { regex: RegExp; earlyYears: boolean }[] = [];
  const multiWord: string[] = [];
  for (const raw of settings.classNames) {
    const name = raw.trim();
    if (!name || (GENERAL_FORM.test(name) && !/^class\s+\p{L}/iu.test(name))) continue;
    if (/\s/.test(name)) multiWord.push(`${WORD_START}${flexiblePhrase(name)}${WORD_END}`);
    else {
      // A one-word class name ("Robins") is matched as written, so "robins in the garden" is left alone.
      configured.push({
        regex: new RegExp(`${WORD_START}${flexiblePhrase(name)}${WORD_END}`, 'gu'),
        earlyYears: /^(?:reception|nursery)$/i.test(name),
      });
    }
  }
  if (multiWord.length > 0) {
    const sources = [...new Set(multiWord)].sort((a, b) => b.length - a.length);
    configured.unshift({ regex: new RegExp(sources.join('|'), 'giu'), earlyYears: false });
  }

  // On the text with character disguises undone ("Ｙｅａｒ 4", "Yеar 4"), offsets mapped back to the original.
  return (text: string): ClassMention[] => findUndisguised(text, findMentions);

  function findMentions(text: string): ClassMention[] {
    const mentions: ClassMention[] = [];
    const push = (start: number, end: number, kind: ClassMentionKind): void => {
      mentions.push({ start, end, kind });
    };

    for (const { regex, earlyYears } of configured) {
      for (const match of allMatches(regex, text)) {
        if (earlyYears && !isEarlyYearsClass(text, match.index, match[0])) continue;
        push(match.index, match.index + match[0].length, 'configured');
      }
    }

    for (const match of allMatches(YEAR_PATTERN, text)) {
      const word = match[1] ?? '';
      const number = match[2] ?? '';
      if (number.toUpperCase() === 'R' && number !== 'R') continue;
      const end = match.index + match[0].length;
      if (tooHigh(number, maxYear) || tooHigh(match[3] ?? '', maxYear)) continue;
      const after = wordsAfter(text, end, 1)[0] ?? '';
      const suffix = /^['’]?s\b/.test(text.slice(end, end + 3));
      if (NOT_YEAR_GROUP_AFTER.has(after) && !suffix) continue;
      if (word[0] === 'y') {
        // Lower case: "year 4" is a year group only with class words around it ("my year 4s", "in year 2").
        const before = wordsBefore(text, match.index, 1)[0] ?? '';
        if (NOT_YEAR_GROUP_BEFORE.has(before)) continue;
        if (!suffix && !CONTEXT_BEFORE.has(before) && !CONTEXT_AFTER.has(after)) continue;
      }
      push(match.index, end, 'year');
    }

    for (const match of allMatches(SHORT_YEAR_PATTERN, text)) {
      const end = match.index + match[0].length;
      if (tooHigh(/\d+/.exec(match[0])?.[0] ?? '', maxYear)) continue;
      if (/^[\s\u00a0]*(?:months?|mths?)\b/i.test(text.slice(end, end + 10))) continue;
      push(match.index, end, 'year');
    }

    for (const match of allMatches(CLASS_CODE_PATTERN, text)) {
      const letter = match[2] ?? '';
      const end = match.index + match[0].length;
      const before = wordsBefore(text, match.index, 1)[0] ?? '';
      const after = wordsAfter(text, end, 1)[0] ?? '';
      if (NOT_CODE_BEFORE.has(before)) continue;
      if (/^[\s\u00a0]*pencils?\b/i.test(text.slice(end, end + 10))) continue;
      // A possessive says a group is meant: "5C's science books".
      const contextAfter = CONTEXT_AFTER.has(after) || /^['’]s/.test(text.slice(end, end + 2));
      const isUnit = UNITS.has(letter.toUpperCase());
      let accept: boolean;
      if (letter === letter.toUpperCase() && !isUnit) accept = true;
      else if (isUnit) accept = contextAfter || STRONG_CODE_BEFORE.has(before);
      else accept = contextAfter || CONTEXT_BEFORE.has(before);
      if (accept) push(match.index, end, 'code');
    }

    for (const match of allMatches(EARLY_YEARS_PATTERN, text)) {
      if (isEarlyYearsClass(text, match.index, match[0])) {
        push(match.index, match.index + match[0].length, 'early-years');
      }
    }

    for (const match of allMatches(CLASS_THEN_NUMBER_PATTERN, text)) {
      const end = match.index + match[0].length;
      const after = wordsAfter(text, end, 1)[0] ?? '';
      if (match[1] === 'class' && NOT_CLASS_NUMBER_AFTER.has(after)) continue;
      push(match.index, end, 'named');
    }

    for (const match of allMatches(CLASS_THEN_NAME_PATTERN, text)) {
      const name = match[1] ?? '';
      const end = match.index + match[0].length;
      if (!isTheme(name)) {
        if (NOT_NAMES_AFTER.has(name) || looksDescriptive(name)) continue;
        // In Title Case text ("Our Class Assembly Today") capitals say nothing.
        if (nextWordCapitalised(text, end) || previousWordCapitalised(text, match.index)) continue;
      }
      push(match.index, end, 'named');
    }

    for (const match of allMatches(NAME_THEN_CLASS_PATTERN, text)) {
      const name = match[1] ?? '';
      const classWord = match[2] ?? '';
      const end = match.index + match[0].length;
      if (!isTheme(name)) {
        if (classWord !== 'Class') continue;
        if (NOT_NAMES_BEFORE.has(name) || looksDescriptive(name)) continue;
        if (nextWordCapitalised(text, end) || previousWordCapitalised(text, match.index)) continue;
      }
      push(match.index, end, 'named');
    }

    return keepLongest(mentions);
  }
}

/** "our Reception class", "Reception children", "in Nursery" — not "hotel reception" or "nursery rhymes". */
function isEarlyYearsClass(text: string, start: number, word: string): boolean {
  const before = wordsBefore(text, start, 1)[0] ?? '';
  if (NOT_RECEPTION_BEFORE.has(before)) return false;
  const after = wordsAfter(text, start + word.length, 1)[0] ?? '';
  const capitalised = /^\p{Lu}/u.test(word);
  if (CONTEXT_AFTER.has(after)) return capitalised || !CAPITALISED_ONLY_AFTER.has(after);
  if (after === 'year' || after === "year's" || after === 'room') return true;
  return capitalised && EARLY_YEARS_BEFORE.has(before);
}
