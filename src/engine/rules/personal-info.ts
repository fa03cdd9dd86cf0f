import type { RuleDefinition, RuleHit } from '../rule';
import {
  AFTER_TURNS_AGE,
  AGE_WORDS,
  DWELLING_PREFIXES,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  NOT_PERSON_AGE_SUBJECTS,
  NUMBER_WORD_VALUES,
  NOT_PHONE_LABELS,
  ORDINAL_WORDS,
  PHONE_LABELS,
  STREET_TYPES,
  UK_POSTCODE_AREAS,
} from '../data/personal-info';
import { allMatches, escapeRegExp, keepLongest, wordsBefore } from '../school/patterns';
import type { Span } from '../school/patterns';

/**
 * Personal information in a post: ages and birthdays, dates of birth, phone numbers, email addresses, street
 * addresses and postcodes. The policy: "Users must ensure that their use of social media does not infringe upon
 * relevant data protection laws". Phone numbers are validated (UK numbering plan, or an explicit +country code),
 * so order numbers, dates and other runs of digits are left alone.
 */

export type PersonalInfoKind =
  'age' | 'birthday' | 'date-of-birth' | 'phone' | 'email' | 'address' | 'postcode';

export interface PersonalInfoSpan extends Span {
  kind: PersonalInfoKind;
  /** An age or birthday of 19 or more: an adult's, not a pupil's. */
  adult?: boolean;
  /** A UK landline (01, 02, 03): a school's office number is often published on purpose. */
  landline?: boolean;
}

const S = '[\\s\\u00a0]';
const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

// ---- Ages and birthdays --------------------------------------------------------------------------------------

const AGE_NUMBER = `(?:1[01]\\d|120|[1-9]\\d?|(?:${alternation(AGE_WORDS)})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const ORDINAL = `(?:\\d{1,3}(?:st|nd|rd|th)|${alternation(ORDINAL_WORDS)})`;
const MONTH = `(?:${alternation(MONTH_NAMES)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const TEXT_DATE = `(?:${DAY}(?:${S}+of)?${S}+${MONTH}(?:,?${S}+\\d{4})?|${MONTH}${S}+${DAY}(?:,?${S}+\\d{4})?)`;
const NUMERIC_DATE = '(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2})';
const DATE = `(?:${NUMERIC_DATE}|${TEXT_DATE})`;

/** An age range or limit ("aged 4 to 11", "aged 7+", "7-11 year old"): about a group, not a person. */
const RANGE_AFTER = `(?!${S}*(?:[-–—+]|to${E}|or${S}+(?:over|under|above|below|older|younger)|and${S}+(?:over|under|above|below|up)))`;
const RANGE_BEFORE = `(?<!\\d${S}*(?:[-–—]|to)${S}*)`;

const AGE_PATTERNS: RegExp[] = [
  // "aged 7", "age 7", "at the age of 7"
  new RegExp(`${B}(?:aged?|at${S}+the${S}+age${S}+of)${S}+${AGE_NUMBER}${E}${RANGE_AFTER}`, 'giu'),
  // "turns 9 today", "turned 60 in May", "I'll turn 23."
  new RegExp(
    `${B}(?:turns?|turned|turning)${S}+${AGE_NUMBER}(?=${S}*(?:[.!?,;:)]|$)|${S}+(?:${alternation(AFTER_TURNS_AGE)})${E})`,
    'giu',
  ),
  // "is 6 today", "she's 10 tomorrow"
  new RegExp(`${B}(?:is|are|was|['’]s)${S}+${AGE_NUMBER}${S}+(?:today|tomorrow|yesterday)${E}`, 'giu'),
  // "7 years old", "7-year-old", "18 months old", "7yo", "31 y/o"; not "for 7-11 year olds" (a group)
  new RegExp(
    `${B}${RANGE_BEFORE}${AGE_NUMBER}(?:${S}*-?${S}*(?:years?|yrs?|months?|mths?|weeks?)${S}*-?${S}*old|${S}?(?:yo|y/o|y\\.o\\.?))${E}`,
    'giu',
  ),
];
const BIRTHDAY_PATTERNS: RegExp[] = [
  // "7th birthday", "her seventh birthday"
  new RegExp(`${B}${ORDINAL}${S}+birthday${E}`, 'giu'),
  // "birthday is on 3 March", "birthday on the 12th of May"
  new RegExp(`${B}birthday${S}+(?:is${S}+)?(?:on${S}+)?(?:the${S}+)?${TEXT_DATE}${E}`, 'giu'),
];
const DATE_OF_BIRTH_PATTERNS: RegExp[] = [
  // "DOB 12/03/2017", "D.O.B: 3 March 2018", "date of birth is 6/24/1991"
  new RegExp(
    `${B}(?:DOB|D\\.O\\.B\\.?|date${S}+of${S}+birth|birth${S}*date)${S}*(?:is|was|[:=–-])?${S}*(?:the${S}+)?${DATE}${E}`,
    'giu',
  ),
  // "born on 3 March 2018", "born 2/8/1935", "born in March 2018", "born in 2017"
  new RegExp(
    `${B}born${S}+(?:on${S}+)?(?:the${S}+)?${DATE}${E}|${B}born${S}+in${S}+(?:${MONTH}${S}+)?(?:19|20)\\d\\d${E}`,
    'giu',
  ),
];

// ---- Phone numbers --------------------------------------------------------------------------------------------

/** A run of digit groups with single separators, optionally starting with + and with (0) or (area code). */
const PHONE_CANDIDATE = /\+?\(?\d+(?:\)\d*)?(?:[ .\u00a0-]\(?\d+(?:\)\d*)?)*/g;
const NORTH_AMERICAN = /^(?:\([2-9]\d{2}\)[ .-]?|[2-9]\d{2}[ .-])\d{3}[ .-]\d{4}$/;
const PHONE_LABEL_SET = new Set(PHONE_LABELS);
const NOT_PHONE_LABEL_SET = new Set(NOT_PHONE_LABELS);

/** A UK number written nationally: 07 mobiles (11 digits), 01 (10 or 11), 02 and 03 (11), 080 freephone, 084/087/09. */
function isUkNationalNumber(digits: string): boolean {
  return (
    /^07\d{9}$/.test(digits) ||
    /^01\d{8,9}$/.test(digits) ||
    /^0[23]\d{9}$/.test(digits) ||
    /^0800\d{6,7}$/.test(digits) ||
    /^080[18]\d{7}$/.test(digits) ||
    /^08[47]\d{8}$/.test(digits) ||
    /^09\d{9}$/.test(digits) ||
    /^05[56]\d{8}$/.test(digits)
  );
}

/** The national form of a number ('0…') if it is a UK number, else undefined. */
function ukNational(candidate: string): string | undefined {
  const digits = candidate.replace(/\D/g, '');
  let national: string | undefined;
  if (candidate.startsWith('+44') || digits.startsWith('0044')) {
    let rest = digits.slice(candidate.startsWith('+') ? 2 : 4);
    if (rest.startsWith('0')) rest = rest.slice(1);
    national = '0' + rest;
  } else if (digits.startsWith('0') && !candidate.startsWith('+')) national = digits;
  return national !== undefined && isUkNationalNumber(national) ? national : undefined;
}

function isPhoneNumber(candidate: string, labelled: boolean): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (ukNational(candidate)) return true;
  // Any other country, written with its + code: E.164 allows up to 15 digits.
  if (candidate.startsWith('+') && !candidate.startsWith('+44') && /^[1-9]/.test(digits)) {
    return digits.length >= 8 && digits.length <= 15;
  }
  if (NORTH_AMERICAN.test(candidate)) return true;
  // "Phone: 467 3395": a labelled number needs only a plausible length.
  return labelled && digits.length >= 7 && digits.length <= 15 && /[ .\u00a0-]/.test(candidate.trim());
}

/** The end of the longest run of the first groups that is a phone number, if any. */
function longestPhone(text: string, start: number, groups: string[], labelled: boolean): number | undefined {
  for (let count = groups.length; count >= 1; count--) {
    const candidate = groups.slice(0, count).join('');
    const end = start + candidate.length;
    const after = text[end] ?? '';
    if (/[\p{L}\p{N}_/%:]/u.test(after) || (/[.,-]/.test(after) && /\d/.test(text[end + 1] ?? ''))) continue;
    if (isPhoneNumber(candidate, labelled)) return end;
  }
  return undefined;
}

function findPhoneNumbers(text: string): PersonalInfoSpan[] {
  const found: PersonalInfoSpan[] = [];
  PHONE_CANDIDATE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PHONE_CANDIDATE.exec(text)) !== null) {
    const start = match.index;
    const before = text[start - 1] ?? '';
    // Part of something else: a word, an amount, a reference, a decimal; a comma counts only after a digit ("1,000").
    if (/[\p{L}\p{N}_£$€#/.:+'’-]/u.test(before) || (before === ',' && /\d/.test(text[start - 2] ?? '')))
      continue;
    const recent = wordsBefore(text, start, 3);
    if (recent.some((word) => NOT_PHONE_LABEL_SET.has(word))) continue;
    const labelled = recent.some((word) => PHONE_LABEL_SET.has(word));
    // Try the whole run, then shorter ones: "01632 960123 4 times" is a phone number and a count.
    // A strictly valid number first (trying shorter runs too), then, if labelled, any plausible one.
    const groups = match[0].split(/(?<=[\d)])(?=[ .\u00a0-])/);
    const end =
      longestPhone(text, start, groups, false) ??
      (labelled ? longestPhone(text, start, groups, true) : undefined);
    if (end === undefined) continue;
    const national = ukNational(text.slice(start, end));
    found.push({ start, end, kind: 'phone', landline: national !== undefined && /^0[123]/.test(national) });
    PHONE_CANDIDATE.lastIndex = end;
  }
  return found;
}

// ---- Email addresses ------------------------------------------------------------------------------------------

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,24}(?![\p{L}\p{N}_@-])/gu;
/** Shared mailboxes of an organisation (office@, admin@): not a person's details. */
const ROLE_MAILBOX =
  /^(?:office|admin|info|enquiries|enquiry|contact|reception|head|headteacher|school|hello|bursar|admissions|finance|sendco|senco)@/i;

function findEmails(text: string): PersonalInfoSpan[] {
  const found: PersonalInfoSpan[] = [];
  for (const match of allMatches(EMAIL, text)) {
    const address = match[0];
    if (address.includes('..') || ROLE_MAILBOX.test(address)) continue;
    found.push({ start: match.index, end: match.index + address.length, kind: 'email' });
  }
  return found;
}

// ---- Street addresses and postcodes ---------------------------------------------------------------------------

const STREET = new RegExp(
  `(?<![\\p{L}\\p{N}_£$€.,/-])(?:(?:${alternation(DWELLING_PREFIXES)})\\.?${S}+\\d{1,4}[A-Za-z]?,?${S}+)?` +
    `\\d{1,4}[A-Za-z]?,?${S}+(?:The${S}+)?(?:\\p{Lu}[\\p{L}'’-]*${S}+){1,3}(${alternation(STREET_TYPES)})\\.?${E}`,
  'gu',
);
const POSTCODE = new RegExp(`${B}([A-Za-z]{1,2})(\\d[A-Za-z\\d]?)(${S}?)(\\d[A-Za-z]{2})${E}`, 'gu');
const POSTCODE_AREAS = new Set(UK_POSTCODE_AREAS);
/** Letters allowed in each part of a postcode (Royal Mail's published format rules). */
const OUTWARD_TAIL = /^\d[A-HJKPSTUW\d]?$/;
const INWARD = /^\d[ABD-HJLNP-UW-Z]{2}$/;

function findAddresses(text: string): PersonalInfoSpan[] {
  const found: PersonalInfoSpan[] = [];
  for (const match of allMatches(STREET, text)) {
    const type = match[1] ?? '';
    const end = match.index + match[0].length;
    // "St"/"Dr" followed by a name is a saint or a doctor: "12 St Albans", "at 3 Dr Patel".
    if ((type === 'St' || type === 'Dr') && /^[\s\u00a0]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    found.push({ start: match.index, end, kind: 'address' });
  }
  for (const match of allMatches(POSTCODE, text)) {
    const area = match[1] ?? '';
    const tail = match[2] ?? '';
    const space = match[3] ?? '';
    const inward = match[4] ?? '';
    const whole = match[0];
    const upper = whole === whole.toUpperCase();
    // Capitals, or lower case written with its space ("sw1a 1aa"); not "b4 5pm".
    if (!upper && !(space && whole === whole.toLowerCase())) continue;
    if (!POSTCODE_AREAS.has(area.toUpperCase())) continue;
    // A one-letter area followed by a letter is a two-letter outward code only if that pair is an area too.
    if (!OUTWARD_TAIL.test(tail.toUpperCase()) || !INWARD.test(inward.toUpperCase())) continue;
    found.push({ start: match.index, end: match.index + whole.length, kind: 'postcode' });
  }
  return found;
}

// ---- All together ---------------------------------------------------------------------------------------------

function findByPatterns(patterns: RegExp[], text: string, kind: PersonalInfoKind): PersonalInfoSpan[] {
  const found: PersonalInfoSpan[] = [];
  for (const pattern of patterns) {
    for (const match of allMatches(pattern, text)) {
      found.push({ start: match.index, end: match.index + match[0].length, kind });
    }
  }
  return found;
}

const NOT_PERSON_SUBJECTS = new Set(NOT_PERSON_AGE_SUBJECTS);
const ADULT_AGE = 19;

/** The age an age or birthday phrase gives ("turns 9" -> 9, "fortieth birthday" -> 40), if it gives one. */
function ageIn(phrase: string): number | undefined {
  const digits = /\d+/.exec(phrase);
  if (digits) return Number(digits[0]);
  let total: number | undefined;
  for (const word of phrase.toLowerCase().split(/[^a-z]+/)) {
    const value = NUMBER_WORD_VALUES[word];
    if (value !== undefined) total = (total ?? 0) + value;
  }
  return total;
}

/** Ages and birthdays of people: not "our dog is 3 years old" or "my car turned 10 today". */
function findAges(text: string): PersonalInfoSpan[] {
  const found: PersonalInfoSpan[] = [];
  for (const span of [
    ...findByPatterns(BIRTHDAY_PATTERNS, text, 'birthday'),
    ...findByPatterns(AGE_PATTERNS, text, 'age'),
  ]) {
    if (wordsBefore(text, span.start, 3).some((word) => NOT_PERSON_SUBJECTS.has(word.replace(/['’]s$/, ''))))
      continue;
    const age = ageIn(text.slice(span.start, span.end).replace(/^(?:is|are|was|['’]s)\s/i, ''));
    if (age !== undefined && age >= ADULT_AGE) span.adult = true;
    found.push(span);
  }
  return found;
}

/** Every piece of personal information in a text, the longest where two overlap. Pure. */
export function findPersonalInfo(text: string): PersonalInfoSpan[] {
  return keepLongest([
    ...findByPatterns(DATE_OF_BIRTH_PATTERNS, text, 'date-of-birth'),
    ...findAges(text),
    ...findPhoneNumbers(text),
    ...findEmails(text),
    ...findAddresses(text),
  ]);
}

const MESSAGES: Record<PersonalInfoKind, string> = {
  age: "This gives someone's age. A child's age, next to a name, class or photo, helps identify them: leave it out.",
  birthday:
    'This gives away a birthday. Birthdays are personal information: leave them out, especially for pupils.',
  'date-of-birth': 'This is a date of birth. Dates of birth are personal information and must not be posted.',
  phone:
    "This looks like a phone number. Don't post phone numbers, yours or anyone else's: they are personal information.",
  email:
    "This looks like a personal email address. Don't post email addresses: they are personal information.",
  address: 'This looks like a street address. Home addresses are personal information: leave them out.',
  postcode: 'This looks like a postcode. With a name it can locate someone: leave it out.',
};

const INFO_MESSAGES = {
  landline: 'This looks like a phone number. Fine for the school office; never post a personal number.',
  adult:
    "This gives an adult's age or birthday. Share your own if you wish, but not a colleague's or a parent's.",
};

export const personalInfo: RuleDefinition = {
  id: 'personal-info',
  category: 'personal-info',
  policy: 'data-protection',
  scope: 'passage',
  create() {
    return (text, context): RuleHit[] =>
      findPersonalInfo(text).map((span): RuleHit => {
        const place = { start: span.start, end: span.end };
        // A school's office landline on its own account is published on purpose: a reminder, not a warning.
        if (span.landline && context.account === 'official') {
          return { ...place, severity: 'info', message: INFO_MESSAGES.landline };
        }
        // An adult's age ("my dad turned 70") is theirs to share: a reminder only. Pupils' ages are warnings.
        if (span.adult) return { ...place, severity: 'info', message: INFO_MESSAGES.adult };
        return { ...place, severity: 'warning', message: MESSAGES[span.kind] };
      });
  },
};
