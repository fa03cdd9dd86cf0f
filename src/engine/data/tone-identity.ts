/**
 * Word lists for the discriminatory rule (src/engine/rules/discriminatory.ts): names of groups that share a
 * protected characteristic, slurs, casual slurs, and the words that, said of such a group, make a statement
 * hostile. Each group of entries carries its source or reason. Written for Post Guard.
 *
 * The characteristics are those of the Equality Act 2010, section 4 (age, disability, gender reassignment, race
 * including colour and national origin, religion or belief, sex, sexual orientation); migrants are listed under
 * race and national origin.
 */
import type { LexiconEntry } from '../tone/lexicon';
import { inflections } from '../tone/word-forms';

export type Characteristic =
  'race' | 'religion' | 'disability' | 'sex' | 'sexual-orientation' | 'gender-identity' | 'age';

export interface GroupEntry extends LexiconEntry {
  characteristic: Characteristic;
  /**
   * An adjective that names a group only before a person word or a hostile word ("black people", "gay lives",
   * "trans neck"): "black" alone is a colour, "gay" alone may be anything.
   */
  modifier?: boolean;
  /**
   * An everyday word in school posts ("girls", "boys"): a group only when the sentence denies it a place or an
   * ability ("girls can't do maths"), never for other acts ("Send all girls out to the playground").
   */
  everyday?: boolean;
}

function groups(
  characteristic: Characteristic,
  note: string,
  terms: readonly string[],
  modifier = false,
): GroupEntry[] {
  return terms.map((term) =>
    modifier ? { term, characteristic, note, modifier } : { term, characteristic, note },
  );
}

const EQUALITY_ACT = 'A group named by a protected characteristic (Equality Act 2010, s.4)';
const MODIFIER = 'Names a protected group only before a person word (Equality Act 2010, s.4)';
const PEOPLE_WORDS = [
  'people',
  'person',
  'man',
  'men',
  'woman',
  'women',
  'guy',
  'guys',
  'folk',
  'kids',
  'lives',
  'life',
  'community',
  // Everyday words for people in British posts: "black lads", "Polish builders", "migrant children".
  'lads',
  'families',
  'family',
  'kids',
  'children',
  'builders',
  'workers',
  'couples',
  'parents',
  'mums',
  'dads',
  'girls',
  'boys',
  'communities',
  'neighbours',
  'drivers',
];
const withPeople = (adjectives: readonly string[]): string[] =>
  adjectives.flatMap((adjective) => PEOPLE_WORDS.map((word) => `${adjective} ${word}`));

/** Groups of people who share a protected characteristic. */
export const GROUPS: readonly GroupEntry[] = [
  ...groups('sex', EQUALITY_ACT, ['women', 'woman', 'females', 'men', 'males', 'women drivers', 'female drivers']),
  ...groups('race', EQUALITY_ACT, [
    'blacks', 'whites', 'asians', 'africans', 'arabs', 'indians', 'pakistanis', 'bangladeshis', 'mexicans',
    'latinos', 'hispanics', 'jews', 'jew', 'gypsies', 'gypsy', 'roma', 'travellers', 'poles', 'romanians',
    'eastern europeans', 'illegals', 'illegal immigrants', 'illegal migrants', 'boat people', 'small boat arrivals',
    // Nationalities among the most common non-UK countries of birth in England and Wales (ONS, Census 2021,
    // "Country of birth") and nationalities often named in anti-migrant posts (Home Office, asylum statistics).
    'albanians', 'nigerians', 'somalis', 'the irish', 'bulgarians', 'lithuanians', 'afghans', 'iraqis', 'syrians',
    'eritreans', 'sudanese', 'turks', 'kurds', 'the chinese', 'iranians', 'ghanaians', 'jamaicans', 'portuguese',
    'albanian', 'nigerian', 'somali', 'afghan', 'iraqi', 'syrian', 'eritrean', 'romanian',
    'foreigners', 'foreigner', 'immigrants', 'immigrant', 'migrants', 'migrant', 'refugees', 'refugee',
    'asylum seekers', 'asylum seeker', 'ethnic minorities', 'people of colour', 'people of color',
    ...withPeople(['black', 'white', 'brown', 'asian', 'african', 'arab', 'jewish', 'foreign', 'immigrant', 'migrant', 'chinese', 'indian', 'polish']),
  ]),
  ...groups('race', MODIFIER, ['black', 'brown', 'immigrant', 'migrant', 'foreign', 'asian', 'african', 'arab', 'pakistani', 'mexican', 'polish', 'romanian', 'jewish', 'chinese', 'albanian', 'nigerian', 'somali', 'afghan', 'iraqi', 'syrian', 'romanian', 'irish', 'roma', 'traveller', 'travellers', 'gypsy'], true),
  ...groups('religion', EQUALITY_ACT, [
    'muslims', 'muslim', 'islam', 'christians', 'hindus', 'hindu', 'sikhs', 'sikh', 'buddhists', 'catholics',
    'atheists', ...withPeople(['muslim', 'christian', 'hindu', 'sikh']),
  ]),
  ...groups('religion', MODIFIER, ['islamic', 'christian', 'catholic'], true),
  ...groups('disability', EQUALITY_ACT, [
    'the disabled', 'disabled', 'disabled people', 'disabled person', 'people with disabilities', 'autistic people',
    'autistics', 'wheelchair users', 'the blind', 'deaf people', 'the deaf', 'mentally ill people',
    'people with learning disabilities', 'people in wheelchairs', 'special needs kids', 'special needs children',
    ...withPeople(['disabled', 'autistic', 'deaf', 'blind']),
  ]),
  ...groups('sexual-orientation', EQUALITY_ACT, [
    'gays', 'lesbians', 'lesbian', 'bisexuals', 'bisexual', 'homosexuals', 'homosexual', 'lgbt', 'lgbtq', 'lgbtq+',
    'lgbtqia', ...withPeople(['gay', 'lesbian', 'bisexual', 'homosexual', 'lgbt', 'lgbtq', 'queer']),
  ]),
  ...groups('sexual-orientation', MODIFIER, ['gay', 'lesbian', 'homosexual'], true),
  ...groups('gender-identity', EQUALITY_ACT, [
    'transgenders', 'transgender', 'transsexuals', 'transsexual', 'trans women', 'trans men', 'non-binary people',
    'nonbinary people', ...withPeople(['trans', 'transgender', 'nonbinary']),
  ]),
  ...groups('gender-identity', MODIFIER, ['trans'], true),
  ...['girls', 'boys'].map((term): GroupEntry => ({
    term,
    characteristic: 'sex',
    everyday: true,
    note: 'Girls and boys as a sex group ("girls can\'t do maths"): Equality Act 2010, s.11',
  })),
  ...groups('age', EQUALITY_ACT, ['old people', 'elderly people', 'the elderly', 'pensioners', 'boomers', 'oaps', 'teenagers', 'millennials', 'old folk']),
]; // prettier-ignore

/** Person words that make a modifier a group name ("black" + "people"), and hostile nouns that do too ("black trash"). */
export const MODIFIER_PEOPLE: readonly string[] = [
  ...PEOPLE_WORDS,
  // Roles named in posts about schools ("gay teachers"): after a modifier only, so that the group list (and its
  // cost on every post) does not grow with them.
  'teachers',
  'teacher',
  'staff',
  // "The trans lot", "the Jewish lobby": a group by a collective noun.
  'lot',
  'lobby',
];

export interface SlurEntry extends LexiconEntry {
  characteristic: Characteristic;
  /**
   * 'slur': derogatory whatever the context; 'casual': a slur used carelessly as an everyday put-down
   * ("retarded", "spaz"), still discriminatory; 'homonym': a word that is a slur in some uses and ordinary in
   * others ("fag": a cigarette in British English), checked against the words around it.
   */
  kind: 'slur' | 'casual' | 'homonym';
}

function slurs(
  characteristic: Characteristic,
  kind: SlurEntry['kind'],
  note: string,
  words: readonly string[],
): SlurEntry[] {
  const terms = words.flatMap((word) => (word.includes(' ') ? [word] : inflections(word, 'noun')));
  return [...new Set(terms)].map((term) => ({ term, characteristic, kind, note }));
}

const SLUR =
  'Listed as a slur (offensive, derogatory) by the Oxford and Collins dictionaries and Ofcom 2021 (discriminatory words)';
const CASUAL = 'Ofcom 2021 lists it among discriminatory words; often used carelessly as a put-down';

/** Slurs about a protected characteristic. */
export const SLURS: readonly SlurEntry[] = [
  ...slurs('race', 'slur', SLUR, [
    'nigger', 'nigga', 'niggers', 'niggas', 'nigguh', 'negro', 'coon', 'jigaboo', 'darkie', 'darky', 'golliwog', 'wog',
    'sambo', 'paki', 'chink', 'gook', 'spic', 'wetback', 'beaner', 'kike', 'yid', 'raghead', 'towelhead',
    'sand nigger', 'camel jockey', 'camel fucker', 'pikey', 'gyppo', 'kaffir', 'dago', 'wop', 'polack', 'chinky',
    'half-caste', 'halfcaste', 'rapefugee', 'jungle bunny', 'porch monkey', 'slant eye', 'zipperhead', 'redskin',
    'injun', 'abo', 'gypo', 'pickaninny', 'coolie', 'hymie', 'jihadi', 'muzzie', 'muzrat', 'moslem', 'mohammedan',
    'kraut', 'spook', 'tar baby',
  ]),
  ...slurs('sexual-orientation', 'slur', SLUR, ['faggot', 'poof', 'poofter', 'batty boy', 'batty man', 'bum boy', 'lezza', 'lezzer', 'lesbo', 'homo', 'fairy boy', 'bender', 'shirt lifter', 'carpet muncher', 'rug muncher']),
  ...slurs('gender-identity', 'slur', SLUR, ['tranny', 'trannie', 'shemale', 'he-she', 'ladyboy', 'trap', 'troon']),
  ...slurs('disability', 'slur', SLUR, ['cripple', 'mongoloid', 'mong', 'spastic', 'window licker', 'vegetable']),
  ...slurs('disability', 'casual', CASUAL, ['retard', 'retarded', 'spaz', 'spazz', 'spacker', 'mongy', 'tard', 'libtard', 'fucktard', 'psycho', 'schizo']),
  ...slurs('sex', 'slur', SLUR, ['feminazi', 'femoid', 'foid', 'thot']),
  ...slurs('age', 'slur', SLUR, ['coffin dodger', 'old bag', 'old hag', 'wrinkly']),
  ...slurs('sexual-orientation', 'homonym', 'A slur in some uses; in British English also a cigarette, a bundle of sticks, a meatball dish or an embankment', ['fag', 'dyke']),
]; // prettier-ignore

/**
 * Slurs that also have an ordinary meaning, with the words around them that signal it: "fags" near "smoke",
 * "queen" of a monarch, "trap" and "vegetable" almost always ordinary. Those without a context list here are
 * matched only in the hostile phrasings the rule looks for ("a bender", "you vegetable").
 */
export const ORDINARY_SENSE_NEAR: Readonly<Record<string, readonly string[]>> = {
  fag: ['smoke', 'smoking', 'smoked', 'smokes', 'smoker', 'packet', 'pack', 'light', 'lighter', 'break', 'end', 'ends', 'ash', 'cigarette', 'cigarettes', 'cig', 'lungs', 'roll'],
  faggot: ['word', 'sticks', 'bundle', 'peas', 'gravy', 'mash', 'butcher', 'recipe', 'dinner', 'faggots', 'pork', 'onion'],
  dyke: ['the', 'water', 'walk', 'river', 'sea', 'flood', 'offa', 'devil', 'dutch', 'bank', 'path'],
  coon: ['rac', 'raccoon', 'cheese'],
  spook: ['halloween', 'ghost', 'spooky', 'boo'],
  homo: ['sapiens', 'erectus', 'habilis', 'neanderthalensis'],
  bender: ['bent', 'bending', 'pipe', 'futurama', 'bus', 'fender', 'mind', 'gender', 'river'],
  trap: [],
  vegetable: [],
  cripple: ['crippling', 'crippled'],
  negro: ['rio', 'spanish', 'montenegro'],
  kraut: ['sauerkraut', 'cabbage'],
  wop: [],
  abo: [],
  mong: [],
  yid: [],
  psycho: ['film', 'hitchcock', 'movie'],
  thot: [],
}; // prettier-ignore

/** Slurs that count only in a hostile phrasing ("you X", "a X", "X like you", "typical X", "bunch of X"). */
export const HOSTILE_PHRASING_ONLY: readonly string[] = [
  'trap',
  'vegetable',
  'wop',
  'abo',
  'mong',
  'yid',
  'thot',
  'bender',
  'spook',
  'fag',
  'dyke',
  'homo',
  'coon',
  'psycho',
  'cripple',
];
