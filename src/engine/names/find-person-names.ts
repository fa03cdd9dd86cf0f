/**
 * A light person-name detector for general text, with no model: a capitalised common first name (optionally
 * with a middle initial and a capitalised surname-like word after it), a title before a capitalised word ("Mrs
 * Okafor"), a greeting or "my name is" before one, or a capitalised word followed by a common surname. Beyond
 * those: an unknown capitalised word with a possessive ("Trump's"), a word shaped like a surname ("Yefremova",
 * "Hartvigsson"), a known surname alone before a verb ("Dunn rolling back the years"), a surname already seen in a
 * full name, a known first name in an upper-case post ("GET NICOLA OUT"), "#FirstnameSurname" hashtags, and
 * lower-case "first surname" pairs. Words of web addresses and user names ("sasha_pearce") are skipped, and
 * places, brands and well-known titles ("Noah's Ark") are not names. @mentions are returned only on request.
 * Used by the unlisted-child rule (first names only), and measured on public NER data (see `npm run eval`).
 * Linear in the text: one pass over the tokens with precompiled sets.
 */
import { UK_FIRST_NAMES, firstNameAmbiguity } from '../data/uk-first-names';
import { UK_SURNAMES } from '../data/uk-surnames';
import { COMMON_WORDS, NOT_PERSON_WORDS } from '../data/name-common-words';
import { foldText } from '../text/fold';
import { isMostlyCapitalised, tokenize, type WordToken } from '../text/tokens';
import { isPossessive, isUsedAsName } from './name-use';
import { isPlaceAfterTravel, namePhraseAt } from './name-phrases';

export interface PersonNameSpan {
  start: number;
  end: number;
}

export interface PersonNameCandidate extends PersonNameSpan {
  /** Token indexes of the first and last word of the name. */
  first: number;
  last: number;
  /** What made it a name. */
  via:
    | 'first-name'
    | 'title'
    | 'cue'
    | 'surname'
    | 'pair'
    | 'verb'
    | 'possessive'
    | 'surname-form'
    | 'hashtag'
    | 'capitals'
    | 'handle';
}

/** Titles before a name; the title itself is not part of the span. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'reverend',
  'president',
  'senator',
  'governor',
  'judge',
  'coach',
  'captain',
  'capt',
  'colonel',
  'col',
  'general',
  'gen',
  'officer',
  'sergeant',
  'sgt',
  'uncle',
  'aunt',
  'auntie',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'cllr',
  'councillor',
  'minister',
  'chancellor',
  'detective',
  'inspector',
  'mayor',
  'rabbi',
  'imam',
  'father',
  'brother',
  'sister',
  'saint',
  'st',
  'baroness',
  'baron',
  'duke',
  'duchess',
  'earl',
  'mp',
]);

/** Phrases after which a capitalised word is a person's name. */
const CUES: readonly string[][] = [
  ['my', 'name', 'is'],
  ['name', 'is'],
  ['names', 'are'],
  ['named'],
  ['call', 'me'],
  ['calls', 'me'],
  ['dear'],
  ['hi'],
  ['hello'],
  ['hey'],
  ['thanks'],
  ['thank', 'you'],
  ['congratulations'],
  ['congrats'],
  ['well', 'done'],
  ['happy', 'birthday'],
  ['rip'],
  ['r', 'i', 'p'],
];

/** Lower-case words inside a name: "Ludwig van Beethoven", "Leonardo da Vinci". */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'le',
  'la',
  'del',
  'della',
  'dos',
  'al',
  'el',
  'bin',
  'ibn',
  'ter',
  'ten',
]);

/** Words after a capitalised sequence that make it a place or an organisation: "Gordon Terrace", "Russell Investments". */
const PLACE_OR_ORGANISATION = new Set([
  'street',
  'st',
  'road',
  'rd',
  'lane',
  'ln',
  'avenue',
  'ave',
  'avda',
  'drive',
  'dr',
  'close',
  'terrace',
  'bypass',
  'way',
  'place',
  'square',
  'crescent',
  'court',
  'gardens',
  'grove',
  'hill',
  'park',
  'row',
  'walk',
  'apt',
  'suite',
  'inc',
  'ltd',
  'llc',
  'plc',
  'co',
  'corp',
  'corporation',
  'company',
  'group',
  'partners',
  'investments',
  'bank',
  'spa',
  'gallery',
  'hall',
  'palace',
  'centre',
  'center',
  'college',
  'university',
  'school',
  'academy',
  'hospital',
  'church',
  'cathedral',
  'station',
  'airport',
  'stadium',
  'hotel',
  'restaurant',
  'cafe',
  'bar',
  'pub',
  'club',
  'fc',
  'united',
  'city',
  'town',
  'county',
  'river',
  'lake',
  'mountain',
  'island',
  'bridge',
  'orchestra',
  'band',
  'foundation',
  'trust',
  'council',
  'institute',
  'museum',
  'theatre',
  'cinema',
  'studios',
  'records',
  'media',
  'news',
  'times',
  'post',
  'express',
  'weekly',
  'magazine',
  'extensions',
  'heights',
  'springs',
  'estate',
  'strasse',
  'straße',
  'route',
  'union',
  'squares',
  'village',
  'republic',
  'rue',
  'cite',
  'via',
  'san',
  'santa',
  'port',
  'porto',
  'solutions',
  'associates',
  'title',
  'boulevard',
  'blvd',
  'highway',
  'parkway',
  'motorway',
]);
/** Contractions that make a capitalised word a verb: "Don't", "Won't". */
const CONTRACTION = new Set(['t', 'll', 're', 've', 'd', 'm']);
/** Words that start an address or a thing rather than a person: "the Clark Orchestra", "a Ronaldo shirt". */
const ARTICLES = new Set(['the', 'a', 'an']);

const NAME_GAP = /^[ \t\u00A0]{1,2}$/;
const LIST_GAP = /^\s?[,/&+]\s{0,2}$/;
const INITIAL_GAP = /^\.?[ \t\u00A0]{1,2}$/;
const MAX_SURNAME_WORDS = 2;
/** Verbs in PERSON_VERBS that follow things as often as people ("Patient is", "Norway has"): mid-sentence only. */
const AUXILIARIES = new Set([
  'was',
  'is',
  'has',
  'had',
  'will',
  'would',
  'did',
  'does',
  'can',
  'could',
  'should',
  'must',
  'might',
]);
/** Verbs that mostly follow a person: "Grimaldo is", "Cheney says", "Dempsey scored". */
const PERSON_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'thinks',
  'thought',
  'wants',
  'wanted',
  'loves',
  'loved',
  'hates',
  'likes',
  'scored',
  'scores',
  'replied',
  'asked',
  'asks',
  'admitted',
  'admits',
  'tweeted',
  'posted',
  'wrote',
  'sings',
  'sang',
  'played',
  'plays',
  'signed',
  'joined',
  'died',
  'married',
  'met',
  'knows',
  'feels',
  'felt',
  'shouted',
  'cried',
  'laughed',
  'smiled',
  'spent',
  'lives',
  'lived',
  ...AUXILIARIES,
]);
/** Auxiliaries that open a question before its subject: "why does Watson blame", "didn't Snape kill". */
const QUESTION_AUXILIARIES = new Set([
  'did',
  'does',
  'do',
  'didn',
  'doesn',
  'don',
  'would',
  'could',
  'should',
  'will',
]);

function isQuestionAuxiliary(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (token.key === 't' && /^\s?['’]$/.test(token.gap) && tokens[index - 1]?.key.endsWith('n'))
    return QUESTION_AUXILIARIES.has(tokens[index - 2]?.key ?? '') || tokens[index - 1]!.key.length > 1;
  return QUESTION_AUXILIARIES.has(token.key);
}

/** Endings of English nouns, adjectives and verbs that names seldom have: "Entertainment", "Southern", "Trucks". */
const ENGLISH_ENDING =
  /(?:ment|tion|sion|ness|ity|ing|ers|ed|ive|ous|ful|less|able|ible|ics|ship|ance|ence|ism|ist|ogy|ern|ary|ory|ure|ise|ize|ies|al|ts|ks|ps|ds|gs|ys)$/;

/** A capitalised word that does not end like an English noun or adjective and is not a place word. */
function looksLikeName(token: WordToken): boolean {
  return !ENGLISH_ENDING.test(token.key) && !PLACE_OR_ORGANISATION.has(token.key) && token.key.length >= 2;
}

function isCapitalWord(token: WordToken | undefined): token is WordToken {
  return token !== undefined && token.kind === 'word' && token.capital && token.prefix === '';
}

/** A capitalised word that could be (part of) a surname: not a common English word, not a title. */
function isSurnameLike(token: WordToken | undefined, afterInitial = false): token is WordToken {
  return (
    isCapitalWord(token) &&
    (afterInitial || !token.sentenceStart) &&
    token.key.length >= 2 &&
    !COMMON_WORDS.has(token.key) &&
    !TITLES.has(token.key) &&
    /^[\p{L}\p{M}]+$/u.test(token.plain)
  );
}

function isKnownName(key: string): boolean {
  return UK_FIRST_NAMES.has(key);
}

/** isSurnameLike without narrowing: a word that fails it may still be a particle ("van") or "O'". */
function continuesSurname(token: WordToken): boolean {
  return isSurnameLike(token);
}

/** Extends a name from token `last` over a middle initial and surname-like words; returns the last token index. */
function extendSurname(tokens: readonly WordToken[], last: number, text: string): number {
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
    if (continuesSurname(next)) {
      end++;
      continue;
    }
    // particles ("van", "da") and "O'" ("O'Brien")
    const after = tokens[end + 2];
    if (
      next.kind === 'word' &&
      PARTICLES.has(next.key) &&
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

function cueEndsAt(tokens: readonly WordToken[], end: number): boolean {
  for (const cue of CUES) {
    const start = end - cue.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < cue.length && ok; k++) {
      const token = tokens[start + k]!;
      ok = token.key === cue[k] && (k === 0 || !token.sentenceStart);
    }
    if (ok) return true;
  }
  return false;
}

/** Person-name candidates over tokens made from `text`, left to right, never overlapping. */
export function findPersonNameCandidates(tokens: readonly WordToken[], text: string): PersonNameCandidate[] {
  const found: PersonNameCandidate[] = [];
  const mostlyCapitalised = isMostlyCapitalised(tokens);
  const urls = webAddresses(text);
  let url = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // words of a web address ("reddit.com/r/soccer/comments/…/andy_carroll_goal") are not names
    while (url < urls.length && urls[url]![1] <= token.start) url++;
    if ((url < urls.length && urls[url]![0] <= token.start) || isUserNamePart(tokens, i)) {
      i++;
      continue;
    }
    const candidate = candidateAt(tokens, i, text, mostlyCapitalised);
    if (candidate && isPlausible(tokens, candidate)) {
      found.push(candidate);
      i = candidate.last + 1;
    } else i++;
  }
  return addRepeatedSurnames(tokens, addCoordinatedNames(tokens, found));
}

/** "Sir Alex Ferguson … Ferguson clearly": the surname of a name found earlier, used again alone. */
function addRepeatedSurnames(
  tokens: readonly WordToken[],
  found: PersonNameCandidate[],
): PersonNameCandidate[] {
  let surnames: Set<string> | undefined;
  for (const candidate of found) {
    if (candidate.last === candidate.first) continue;
    const last = tokens[candidate.last]!;
    if (last.end - last.start < 3 || COMMON_WORDS.has(last.key)) continue;
    (surnames ??= new Set()).add(last.key);
  }
  if (!surnames) return found;
  const added: PersonNameCandidate[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (next < found.length && found[next]!.last < i) next++;
    const candidate = found[next];
    if (candidate && candidate.first <= i) continue;
    const token = tokens[i]!;
    if (isCapitalWord(token) && surnames.has(token.key) && !isCapitalWord(tokens[i + 1])) {
      added.push({ start: token.start, end: token.end, first: i, last: i, via: 'surname' });
    }
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+/giu;

/** Start and end offsets of the web addresses in the text, in order. */
function webAddresses(text: string): [number, number][] {
  if (!text.includes('http') && !text.includes('www.')) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WEB_ADDRESS)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** A word joined to the next or previous one by an underscore: part of a user name ("sasha_pearce", "SFC_Sam"). */
function isUserNamePart(tokens: readonly WordToken[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  return (
    (i > 0 && token.gap.length > 0 && token.gap.endsWith('_') && !/\s$/.test(token.gap)) ||
    (next !== undefined && next.gap.startsWith('_'))
  );
}

function isPlausible(tokens: readonly WordToken[], candidate: PersonNameCandidate): boolean {
  const first = tokens[candidate.first]!;
  const before = tokens[candidate.first - 1];
  const after = tokens[candidate.last + 1];
  if (after && /^['’]$/.test(after.gap) && CONTRACTION.has(after.key)) return false;
  if (after && after.capital && NAME_GAP.test(after.gap) && PLACE_OR_ORGANISATION.has(after.key))
    return false;
  // "Villacher Strasse 89", "Joaquin Suarez 2906": a street, not a person
  if (after && after.kind === 'number' && NAME_GAP.test(after.gap) && candidate.via !== 'title') return false;
  // "Avenue Victor Hugo", but not "Dr Kyle Kuefer" ("Dr" is also "Drive")
  if (
    before &&
    PLACE_OR_ORGANISATION.has(before.key) &&
    before.capital &&
    !(TITLES.has(before.key) && INITIAL_GAP.test(first.gap))
  )
    return false;
  // "Noah's Ark", "flights to Sofia"
  if (namePhraseAt(tokens, candidate.first, candidate.last) === 'thing') return false;
  if (candidate.first === candidate.last && isPlaceAfterTravel(tokens, candidate.first)) return false;
  if (candidate.via !== 'title' && before && !first.sentenceStart) {
    if (before.kind === 'number' && /^\s+$/.test(first.gap)) return false;
    if (ARTICLES.has(before.key)) return false;
  }
  return true;
}

/**
 * "Kónya, Becker and Vasquez", "Tom, Hope and Gaetane": capitalised words listed with a name are names too.
 */
function addCoordinatedNames(
  tokens: readonly WordToken[],
  found: PersonNameCandidate[],
): PersonNameCandidate[] {
  if (found.length === 0) return found;
  const taken = new Set<number>();
  for (const candidate of found) for (let k = candidate.first; k <= candidate.last; k++) taken.add(k);
  const added: PersonNameCandidate[] = [];
  const tryAt = (index: number): boolean => {
    const token = tokens[index];
    if (!token || taken.has(index) || !isCapitalWord(token) || token.upper || COMMON_WORDS.has(token.key))
      return false;
    if (
      TITLES.has(token.key) ||
      PLACE_OR_ORGANISATION.has(token.key) ||
      !/^[\p{L}\p{M}]+$/u.test(token.plain)
    )
      return false;
    taken.add(index);
    added.push({ start: token.start, end: token.end, first: index, last: index, via: 'cue' });
    return true;
  };
  for (const candidate of found) {
    if (candidate.first !== candidate.last) continue;
    // forwards: "Hope, Becker and Vasquez"
    let k = candidate.last;
    while (k + 1 < tokens.length) {
      const next = tokens[k + 1]!;
      if (LIST_GAP.test(next.gap) && !next.sentenceStart) {
        if (!tryAt(k + 1) && !taken.has(k + 1)) break;
        k++;
      } else if (
        next.key === 'and' &&
        !next.sentenceStart &&
        NAME_GAP.test(next.gap) &&
        NAME_GAP.test(tokens[k + 2]?.gap ?? '')
      ) {
        tryAt(k + 2);
        break;
      } else break;
    }
    // backwards: "Kónya, Becker and Hope"
    k = candidate.first;
    while (k - 1 >= 0) {
      const token = tokens[k]!;
      if (LIST_GAP.test(token.gap) && !token.sentenceStart) {
        if (!tryAt(k - 1) && !taken.has(k - 1)) break;
        k--;
      } else if (
        tokens[k - 1]?.key === 'and' &&
        NAME_GAP.test(token.gap) &&
        !token.sentenceStart &&
        NAME_GAP.test(tokens[k - 1]!.gap)
      ) {
        if (!tryAt(k - 2) && !taken.has(k - 2)) break;
        k -= 2;
      } else break;
    }
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

function candidateAt(
  tokens: readonly WordToken[],
  i: number,
  text: string,
  mostlyCapitalised: boolean,
): PersonNameCandidate | undefined {
  const token = tokens[i]!;
  if (token.kind !== 'word' || token.prefix === '@') return undefined;
  const make = (last: number, via: PersonNameCandidate['via']): PersonNameCandidate => ({
    start: token.start,
    end: tokens[last]!.end,
    first: i,
    last,
    via,
  });
  if (token.prefix === '#') return isHashtagName(token, text) ? make(i, 'hashtag') : undefined;

  // "Mrs Okafor", "Dr. Patel" (the title is not part of the name)
  if (
    token.prefix === '' &&
    TITLES.has(token.key) &&
    (token.capital || /^\./.test(tokens[i + 1]?.gap ?? ''))
  ) {
    const next = tokens[i + 1];
    if (
      isCapitalWord(next) &&
      next.end - next.start > 1 &&
      INITIAL_GAP.test(next.gap) &&
      !COMMON_WORDS.has(next.key) &&
      !TITLES.has(next.key)
    ) {
      const last = extendSurname(tokens, i + 1, text);
      return { start: next.start, end: tokens[last]!.end, first: i + 1, last, via: 'title' };
    }
    return undefined;
  }

  // shouted posts: "GET NICOLA OUT", "BRENDA LEE"
  if (token.upper) {
    if (!isPlainName(token, 4) || !UK_FIRST_NAMES.has(token.key) || firstNameAmbiguity(token.key) !== 'none')
      return undefined;
    const next = tokens[i + 1];
    const surname =
      next !== undefined &&
      next.upper &&
      NAME_GAP.test(next.gap) &&
      UK_SURNAMES.has(next.key) &&
      !COMMON_WORDS.has(next.key);
    return make(surname ? i + 1 : i, 'capitals');
  }
  // social media is often written in lower case: "with lydia and her mum", "mark wright"
  if (!token.capital) {
    if (token.prefix !== '' || !UK_FIRST_NAMES.has(token.key) || COMMON_WORDS.has(token.key))
      return undefined;
    const next = tokens[i + 1];
    if (
      next !== undefined &&
      next.kind === 'word' &&
      !next.capital &&
      NAME_GAP.test(next.gap) &&
      next.key.length >= 3 &&
      UK_SURNAMES.has(next.key) &&
      !COMMON_WORDS.has(next.key) &&
      !UK_FIRST_NAMES.has(next.key) &&
      firstNameAmbiguity(token.key) !== 'proper'
    ) {
      return make(i + 1, 'first-name');
    }
    const lowerName = token.key.length >= 4 && firstNameAmbiguity(token.key) === 'none';
    return lowerName ? make(i, 'first-name') : undefined;
  }
  if (token.prefix !== '') return undefined;
  const nameKey = UK_FIRST_NAMES.has(token.key)
    ? token.key
    : token.alt && UK_FIRST_NAMES.has(token.alt)
      ? token.alt
      : '';
  if (nameKey) {
    const ambiguity = firstNameAmbiguity(nameKey);
    const last = extendSurname(tokens, i, text);
    // an ambiguous name ("Mark", "Crystal") needs a known surname or a middle initial: "Mark Wright", not "Crystal Palace"
    const surnameKnown = last > i && (UK_SURNAMES.has(tokens[last]!.key) || last > i + 1);
    if (isUsedAsName(tokens, i, { ambiguity, mostlyCapitalised, isKnownName }))
      return make(last, 'first-name');
    if (last > i && (ambiguity === 'none' || surnameKnown)) return make(last, 'first-name');
  }

  if (COMMON_WORDS.has(token.key)) return undefined;

  // "Ravil G Yefimov", "Sari J. Paa": a capitalised word, a middle initial and another capitalised word
  {
    const last = extendSurname(tokens, i, text);
    if (
      last >= i + 2 &&
      tokens[i + 1]!.end - tokens[i + 1]!.start === 1 &&
      /^[\p{L}\p{M}]+$/u.test(token.plain)
    ) {
      return make(last, 'surname');
    }
  }

  // "My name is Rubija", "Dear Olamide"
  if (cueEndsAt(tokens, i) && !token.sentenceStart) return make(extendSurname(tokens, i, text), 'cue');

  // "Krisztián Smith", "Tomi Lahren": two capitalised words that are neither common words nor titles
  const next = tokens[i + 1];
  if (
    isSurnameLike(next) &&
    NAME_GAP.test(next.gap) &&
    /^[\p{L}\p{M}]+$/u.test(token.plain) &&
    token.key.length >= 2
  ) {
    const last = extendSurname(tokens, i + 1, text);
    if (NOT_PERSON_WORDS.has(token.key)) return undefined;
    if (UK_SURNAMES.has(next.key) || hasSurnameForm(next, text, false)) return make(last, 'pair');
    if (mostlyCapitalised || !looksLikeName(token) || !looksLikeName(next) || last > i + 1) return undefined;
    if (NOT_PERSON_WORDS.has(next.key) || next.upper) return undefined;
    // two unknown capitalised words opening a sentence are usually a heading ("Clean Sweep", "Rant Forum")
    // unless a verb of a person or a possessive follows
    if (token.sentenceStart) {
      const after = tokens[last + 1];
      const personal =
        isPossessive(tokens, last) ||
        (after !== undefined && !after.sentenceStart && PERSON_VERBS.has(after.key));
      if (!personal) return undefined;
    }
    return make(last, 'pair');
  }
  if (!isPlainName(token, 3, text) || NOT_PERSON_WORDS.has(token.key) || mostlyCapitalised) return undefined;
  // "especially Dunn rolling back the years", "Pienaar going back": a known surname alone, before a verb
  if (
    !token.sentenceStart &&
    UK_SURNAMES.has(token.key) &&
    !UK_FIRST_NAMES.has(token.key) &&
    !isCapitalWord(tokens[i - 1]) &&
    next !== undefined &&
    NAME_GAP.test(next.gap) &&
    (PERSON_VERBS.has(next.key) || /^\p{L}{3,}(?:ing|ed)$/u.test(next.key))
  ) {
    return make(i, 'surname');
  }
  // "why does Watson blame", "did Tarzan say": the subject of a question, before its verb
  if (
    !token.sentenceStart &&
    isQuestionAuxiliary(tokens, i - 1) &&
    next !== undefined &&
    next.kind === 'word' &&
    !next.capital &&
    NAME_GAP.test(next.gap) &&
    !ARTICLES.has(next.key)
  ) {
    return make(i, 'verb');
  }
  // "Trump's economic policy", "Napoleon's horse": an unknown capitalised word with a possessive
  if (isPossessive(tokens, i) && !isCapitalWord(tokens[i - 1]) && !ENGLISH_ENDING.test(token.key)) {
    return make(i, 'possessive');
  }
  // "better than early Yefremova", "says Hartvigsson": a word shaped like a surname
  if (!isCapitalWord(tokens[i - 1]) && hasSurnameForm(token, text, token.sentenceStart)) {
    return make(i, 'surname-form');
  }
  // "he likes Trump because", "Looks like Grimaldo is linked": an unknown capitalised word used like a person
  if (
    looksLikeName(token) &&
    !mostlyCapitalised &&
    !isCapitalWord(tokens[i - 1]) &&
    /^[\p{L}\p{M}]+$/u.test(token.plain) &&
    next &&
    !next.sentenceStart &&
    NAME_GAP.test(next.gap) &&
    PERSON_VERBS.has(next.key) &&
    !(token.sentenceStart && AUXILIARIES.has(next.key)) &&
    !NOT_PERSON_WORDS.has(token.key)
  ) {
    return make(i, 'verb');
  }
  return undefined;
}

/** A capitalised or upper-case word of letters only, at least `min` long, that is not a common word. */
function isPlainName(token: WordToken, min: number, text?: string): boolean {
  return (
    token.prefix === '' &&
    (text === undefined || !hasInnerCapital(text.slice(token.start, token.end))) &&
    token.key.length >= min &&
    !COMMON_WORDS.has(token.key) &&
    !TITLES.has(token.key) &&
    /^[\p{L}\p{M}]+$/u.test(token.plain)
  );
}

/** "FourFourTwo", "YouView", "VerdadeMz": a capital inside a word marks a brand or a user name, but not "McDonald". */
function hasInnerCapital(written: string): boolean {
  return (
    /^\p{L}\p{Ll}*\p{Lu}/u.test(written) &&
    !/^(?:Mc|Mac|O|Di|De|Da|Du|Le|La|Van|Von|Fitz)\p{Lu}/u.test(written)
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
function hasSurnameForm(token: WordToken, text: string, strict: boolean): boolean {
  if (!token.capital || token.upper || COMMON_WORDS.has(token.key) || NOT_PERSON_WORDS.has(token.key))
    return false;
  if (DISTINCT_SURNAME_ENDING.test(token.key)) return true;
  // "Jeknić", "Babić": the accent tells it from "Music", "Public"
  if (/\p{L}{2,}[ćč]$/u.test(text.slice(token.start, token.end))) return true;
  return !strict && SURNAME_ENDING.test(token.key);
}

/**
 * "#RayWilkins", "#SachaBaronCohen", "#colindoyle", "#Harry": a hashtag made of a known first name and a
 * surname, or a known first name alone.
 */
function isHashtagName(token: WordToken, text: string): boolean {
  const key = token.key;
  if (token.disguised || !/^[a-z]+$/.test(key)) return false;
  const ambiguity = firstNameAmbiguity(key);
  if (UK_FIRST_NAMES.has(key) && ambiguity !== 'none') return false;
  // camel case: first name, then capitalised parts ending in a surname ("#SharonDClarke")
  const written = text.slice(token.start, token.end);
  const parts = written.split(/(?=\p{Lu})/u);
  if (parts.length >= 2 && parts.length <= 4) {
    const first = foldText(parts[0]!);
    const surname = foldText(parts[parts.length - 1]!);
    if (
      UK_FIRST_NAMES.has(first) &&
      firstNameAmbiguity(first) !== 'proper' &&
      surname.length >= 3 &&
      UK_SURNAMES.has(surname) &&
      !COMMON_WORDS.has(surname)
    )
      return true;
  }
  // all one case: a known first name, then a known surname
  for (let cut = 3; cut <= key.length - 3; cut++) {
    const first = key.slice(0, cut);
    if (!UK_FIRST_NAMES.has(first) || firstNameAmbiguity(first) !== 'none') continue;
    const rest = key.slice(cut);
    if (UK_SURNAMES.has(rest) && !COMMON_WORDS.has(rest)) return true;
  }
  return false;
}

/** Likely person names in general text, as offsets into it. */
export interface FindPersonNamesOptions {
  /**
   * Also return @mentions ("@jsmith"), which NER data such as WNUT-17 labels as people. Off by default: a handle
   * names an account, not necessarily a person, and the unlisted-child rule never uses it.
   */
  handles?: boolean;
}

export function findPersonNames(text: string, options: FindPersonNamesOptions = {}): PersonNameSpan[] {
  const names = findPersonNameCandidates(tokenize(text), text).map(({ start, end }) => ({ start, end }));
  if (!options.handles) return names;
  const handles = findHandleMentions(text).filter(
    (handle) => !names.some((name) => name.start < handle.end && handle.start < name.end),
  );
  return [...names, ...handles].sort((a, b) => a.start - b.start);
}

const HANDLE = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]{2,30}/gu;

/** @mentions ("@jsmith", "@Mrs_Okafor"), without the "@". Kept apart from person names: see FindPersonNamesOptions. */
export function findHandleMentions(text: string): PersonNameSpan[] {
  if (!text.includes('@')) return [];
  const spans: PersonNameSpan[] = [];
  for (const match of text.matchAll(HANDLE)) {
    spans.push({ start: match.index + 1, end: match.index + match[0].length });
  }
  return spans;
}
