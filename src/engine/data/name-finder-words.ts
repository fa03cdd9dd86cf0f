/**
 * Word lists of the person-name finder (names/find-person-names.ts and its cues), as data. Written for Post Guard
 * from general knowledge of English; each list says what it is for and where its words come from. Lower case,
 * matched on folded word keys.
 */

const list = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Titles and forms of address before a name ("Mrs Okafor", "Dr. Patel"); the title is not part of the name.
 * Source: UK forms of address (Debrett's), military and police ranks, religious and political titles.
 */
export const TITLES = list(`
  mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend president senator governor judge coach
  captain capt colonel col general gen officer sergeant sgt uncle aunt auntie king queen prince princess pope
  cllr councillor minister chancellor detective inspector mayor rabbi imam father brother sister saint st
  baroness baron duke duchess earl mp
`);

/**
 * Phrases after which a capitalised word is a person's name ("My name is Rubija", "Dear Olamide", "RIP Alan").
 * Source: greetings, thanks and introductions of English letters and posts.
 */
export const NAME_INTRODUCERS: readonly (readonly string[])[] = [
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

/** Lower-case words inside a name ("Ludwig van Beethoven", "Leonardo da Vinci"). Source: European name particles. */
export const NAME_PARTICLES = list(`
  van von de der den da di du le la del della dos al el bin ibn ter ten
`);

/**
 * Words after a capitalised sequence that make it a place or an organisation ("Gordon Terrace", "Russell
 * Investments"). Source: street types of UK and international addresses (Royal Mail, UPU), company suffixes, and
 * the words that name buildings, institutions and media.
 */
export const PLACE_OR_ORGANISATION = list(`
  street st road rd lane ln avenue ave avda drive dr close terrace bypass way place square crescent court
  gardens grove hill park row walk apt suite inc ltd llc plc co corp corporation company group partners
  investments bank spa gallery hall palace centre center college university school academy hospital church
  cathedral station airport stadium hotel restaurant cafe bar pub club fc united city town county river lake
  mountain island bridge orchestra band foundation trust council institute museum theatre cinema studios
  records media news times post express weekly magazine extensions heights springs estate strasse straße route
  union squares village republic rue cite via san santa port porto solutions associates title boulevard blvd
  highway parkway motorway
`);

/** Contractions that make a capitalised word a verb ("Don't", "Won't"). Source: English contractions. */
export const CONTRACTION_ENDINGS = list(`t ll re ve d m`);

/** Words that start a thing rather than a person ("the Clark Orchestra", "a Ronaldo shirt"). Source: English articles. */
export const ARTICLES = list(`the a an`);

/** Auxiliaries that follow things as often as people ("Patient is", "Norway has"): mid-sentence only. Source: English auxiliaries. */
export const AUXILIARIES = list(`was is has had will would did does can could should must might`);

/**
 * Verbs that mostly follow a person ("Grimaldo is", "Cheney says", "Dempsey scored"): reporting, feeling and
 * sporting verbs of news and social media, and the auxiliaries. Source: general knowledge of English.
 */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
  ...list(`
  said says told tells thinks thought wants wanted loves loved hates likes scored scores replied asked asks
  admitted admits tweeted posted wrote sings sang played plays signed joined died married met knows feels felt
  shouted cried laughed smiled spent lives lived
`),
  ...AUXILIARIES,
]);

/** Auxiliaries that open a question before its subject ("why does Watson blame", "didn't Snape kill"). */
export const QUESTION_AUXILIARIES = list(`did does do didn doesn don would could should will`);
