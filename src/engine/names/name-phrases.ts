/**
 * Well-known titles, brands, sayings and famous people whose words include a common given name ("Matilda the
 * Musical", "Noah's Ark", "George Harrison"): a first name inside one of these phrases is not a child in the
 * post. Also the given names that are also places, which a travel word before them makes a place ("flights to
 * Sofia"). Written for Post Guard; each entry notes what it is. Phrases are lower case and matched on folded word
 * keys; "noah s ark" matches "Noah's Ark" and "Noah’s ark".
 */
import type { WordToken } from '../text/tokens';

export interface NamePhrase {
  phrase: string;
  /** 'person': a famous person or character (still a person's name, but not a child in the post). */
  kind: 'person' | 'thing';
  note: string;
}

const STAGE = 'Stage show or film title';
const BOOK = "Children's book, story or character";
const BRAND = 'Brand or product';
const MUSIC = 'Famous musician';
const PERSON = 'Famous person';
const BIBLE = 'Bible story or saying';
const ZODIAC = 'Star sign ("Leo season": the weeks of the sign)';

export const NAME_PHRASES: readonly NamePhrase[] = [
  { phrase: 'matilda the musical', kind: 'thing', note: STAGE },
  { phrase: 'annie the musical', kind: 'thing', note: STAGE },
  { phrase: 'joseph and the amazing technicolor dreamcoat', kind: 'thing', note: STAGE },
  { phrase: 'billy elliot', kind: 'person', note: STAGE },
  { phrase: 'mary poppins', kind: 'person', note: STAGE },
  { phrase: 'oliver twist', kind: 'person', note: BOOK },
  { phrase: 'romeo and juliet', kind: 'thing', note: 'Shakespeare play' },
  { phrase: 'harry potter', kind: 'person', note: BOOK },
  { phrase: 'hermione granger', kind: 'person', note: BOOK },
  { phrase: 'peter pan', kind: 'person', note: BOOK },
  { phrase: 'peter rabbit', kind: 'thing', note: BOOK },
  { phrase: 'alice in wonderland', kind: 'thing', note: BOOK },
  { phrase: 'jack and the beanstalk', kind: 'thing', note: BOOK },
  { phrase: 'james and the giant peach', kind: 'thing', note: BOOK },
  { phrase: 'charlie and the chocolate factory', kind: 'thing', note: BOOK },
  { phrase: 'horrid henry', kind: 'person', note: BOOK },
  { phrase: 'fireman sam', kind: 'person', note: BOOK },
  { phrase: 'postman pat', kind: 'person', note: BOOK },
  { phrase: 'bob the builder', kind: 'thing', note: BOOK },
  { phrase: 'thomas the tank engine', kind: 'thing', note: BOOK },
  { phrase: 'george pig', kind: 'thing', note: BOOK },
  { phrase: 'winnie the pooh', kind: 'thing', note: BOOK },
  { phrase: 'christopher robin', kind: 'person', note: BOOK },
  { phrase: 'paddington bear', kind: 'thing', note: BOOK },
  { phrase: 'jane eyre', kind: 'person', note: BOOK },
  { phrase: 'david copperfield', kind: 'person', note: BOOK },
  { phrase: 'anne of green gables', kind: 'thing', note: BOOK },
  { phrase: 'noah s ark', kind: 'thing', note: BIBLE },
  { phrase: 'jacob s ladder', kind: 'thing', note: BIBLE },
  { phrase: 'jacob s crackers', kind: 'thing', note: BRAND },
  { phrase: 'ben jerry s', kind: 'thing', note: BRAND },
  { phrase: 'ben and jerry s', kind: 'thing', note: BRAND },
  { phrase: 'jack daniel s', kind: 'thing', note: BRAND },
  { phrase: 'tom ford', kind: 'thing', note: BRAND },
  { phrase: 'ted baker', kind: 'thing', note: BRAND },
  { phrase: 'george at asda', kind: 'thing', note: BRAND },
  { phrase: 'george harrison', kind: 'person', note: MUSIC },
  { phrase: 'john lennon', kind: 'person', note: MUSIC },
  { phrase: 'paul mccartney', kind: 'person', note: MUSIC },
  { phrase: 'ringo starr', kind: 'person', note: MUSIC },
  { phrase: 'elton john', kind: 'person', note: MUSIC },
  { phrase: 'freddie mercury', kind: 'person', note: MUSIC },
  { phrase: 'amy winehouse', kind: 'person', note: MUSIC },
  { phrase: 'ed sheeran', kind: 'person', note: MUSIC },
  { phrase: 'harry styles', kind: 'person', note: MUSIC },
  { phrase: 'taylor swift', kind: 'person', note: MUSIC },
  { phrase: 'david bowie', kind: 'person', note: MUSIC },
  { phrase: 'harry kane', kind: 'person', note: PERSON },
  { phrase: 'prince harry', kind: 'person', note: PERSON },
  { phrase: 'prince george', kind: 'person', note: PERSON },
  { phrase: 'princess charlotte', kind: 'person', note: PERSON },
  { phrase: 'prince louis', kind: 'person', note: PERSON },
  { phrase: 'marcus rashford', kind: 'person', note: PERSON },
  { phrase: 'david attenborough', kind: 'person', note: PERSON },
  { phrase: 'roald dahl', kind: 'person', note: PERSON },
  { phrase: 'aries season', kind: 'thing', note: ZODIAC },
  { phrase: 'taurus season', kind: 'thing', note: ZODIAC },
  { phrase: 'gemini season', kind: 'thing', note: ZODIAC },
  { phrase: 'cancer season', kind: 'thing', note: ZODIAC },
  { phrase: 'leo season', kind: 'thing', note: ZODIAC },
  { phrase: 'virgo season', kind: 'thing', note: ZODIAC },
  { phrase: 'libra season', kind: 'thing', note: ZODIAC },
  { phrase: 'scorpio season', kind: 'thing', note: ZODIAC },
  { phrase: 'sagittarius season', kind: 'thing', note: ZODIAC },
  { phrase: 'capricorn season', kind: 'thing', note: ZODIAC },
  { phrase: 'aquarius season', kind: 'thing', note: ZODIAC },
  { phrase: 'pisces season', kind: 'thing', note: ZODIAC },
  { phrase: 'i m a leo', kind: 'thing', note: ZODIAC },
];

/**
 * Given names that are also cities, regions or countries. Source: general knowledge of capital and large cities
 * and of countries and US states whose names are also given names.
 */
export const PLACE_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'sofia',
  'florence',
  'paris',
  'victoria',
  'georgia',
  'india',
  'chelsea',
  'sydney',
  'adelaide',
  'austin',
  'jordan',
  'savannah',
  'vienna',
  'milan',
  'lincoln',
  'orlando',
  'charlotte',
  'phoenix',
  'siena',
  'valencia',
  'verona',
  'lourdes',
  'lorraine',
  'madison',
  'brooklyn',
  'dakota',
  'carolina',
  'virginia',
  'kenya',
  'israel',
  'chester',
  'devon',
  'kent',
  'eden',
  'sienna',
  'roma',
  'alexandria',
  'santiago',
]);

/** Words right before a place name: "flights to", "a week in", "moved to". */
const TRAVEL_BEFORE: readonly string[][] = [
  'flight to',
  'flights to',
  'fly to',
  'flew to',
  'flying to',
  'trip to',
  'travel to',
  'travelling to',
  'holiday in',
  'holiday to',
  'holidays in',
  'holidaying in',
  'break in',
  'break to',
  'week in',
  'weekend in',
  'days in',
  'moved to',
  'moving to',
  'move to',
  'live in',
  'lives in',
  'living in',
  'lived in',
  'based in',
  'born in',
  'arrived in',
  'landed in',
  'train to',
  'drive to',
  'drove to',
  'driving to',
  'flights from',
].map((phrase) => phrase.split(' '));

interface Entry {
  words: string[];
  position: number;
  kind: NamePhrase['kind'];
}

/** Phrases indexed by each of their words, with that word's position. */
const BY_WORD: ReadonlyMap<string, readonly Entry[]> = (() => {
  const map = new Map<string, Entry[]>();
  for (const { phrase, kind } of NAME_PHRASES) {
    const words = phrase.split(' ');
    words.forEach((word, position) => {
      const list = map.get(word) ?? [];
      list.push({ words, position, kind });
      map.set(word, list);
    });
  }
  return map;
})();

const SENTENCE_BREAK = /[.!?\n]/;

/**
 * The kind of well-known phrase that the name from token `first` to `last` is part of ("Noah's Ark": 'thing',
 * "George Harrison": 'person'), or undefined.
 */
export function namePhraseAt(
  tokens: readonly WordToken[],
  first: number,
  last = first,
): NamePhrase['kind'] | undefined {
  const entries = BY_WORD.get(tokens[first]!.key);
  if (!entries) return undefined;
  for (const { words, position, kind } of entries) {
    const start = first - position;
    const end = start + words.length - 1;
    if (start < 0 || end >= tokens.length || end < last) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const token = tokens[start + k]!;
      ok = token.key === words[k] && (k === 0 || !SENTENCE_BREAK.test(token.gap));
    }
    if (ok) return kind;
  }
  return undefined;
}

/** True when token `index` is a given name that is also a place, right after a travel phrase ("flights to Sofia"). */
export function isPlaceAfterTravel(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index]!;
  if (!PLACE_GIVEN_NAMES.has(token.key) || token.sentenceStart) return false;
  for (const phrase of TRAVEL_BEFORE) {
    const start = index - phrase.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const word = tokens[start + k]!;
      ok = word.key === phrase[k] && (k === 0 || !SENTENCE_BREAK.test(word.gap));
    }
    if (ok) return true;
  }
  return false;
}
