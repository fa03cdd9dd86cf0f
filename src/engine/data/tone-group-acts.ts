/**
 * What a hateful sentence does to a group of people, whatever its words (discriminatory rule,
 * src/engine/tone/group-acts.ts): a dehumanising comparison ("spreading like a disease", "breed like…"), a call
 * to expel ("ship them out", "deport every last one"), a sweeping claim of criminality or worthlessness ("are
 * all thieves", "every one I've met was a scammer"), or a denial of a place or an ability ("don't belong here",
 * "can't do maths", "shouldn't be allowed near a classroom"). The acts follow the Crown Prosecution Service's
 * guidance on hate crime (stirring up hatred: dehumanisation, calls for exclusion) and the categories of Röttger
 * et al. 2021 (HateCheck: dehumanisation, derogation, threats, negative stereotypes); the words are ordinary
 * English chosen for Post Guard, none taken from a data set. The groups are in tone-identity.ts.
 */
import type { LexiconEntry } from '../tone/lexicon';
import type { PatternEntry } from '../tone/patterns';

export type GroupAct = 'dehumanise' | 'expel' | 'generalise' | 'deny';

export interface GroupPredicate extends LexiconEntry {
  act: GroupAct;
}

export interface GroupActPattern extends PatternEntry {
  act: GroupAct;
  /** The match must end its clause ("Migrants out!"), not "migrants out of work". */
  clauseEnd?: boolean;
}

const DEHUMANISE =
  'Compares people to animals, vermin, disease or an invading force (CPS hate crime guidance; HateCheck: dehumanisation)';
const CRIMINALISE =
  'A sweeping claim of crime, dishonesty or worthlessness said of a whole group (Equality and Human Rights Commission: prejudice and stereotypes; HateCheck: derogation)';
const DENY =
  'Denies a whole group a place, a right or an ability (Equality Act 2010, s.13: less favourable treatment; HateCheck: negated positive statements)';
const SEGREGATE =
  'Calls for a group to be kept apart from everyone else (Equality Act 2010, s.13(5): segregation on racial grounds is less favourable treatment)';
const EXPEL = 'Calls for a group to be removed or kept out (CPS hate crime guidance: calls for exclusion)';

const said = (act: GroupAct, note: string, terms: readonly string[]): GroupPredicate[] =>
  [...new Set(terms)].map((term) => ({ term, act, note }));

/** Said of a group that comes before it in the sentence: "<group> … breed like rabbits". */
export const GROUP_PREDICATES: readonly GroupPredicate[] = [
  ...said('dehumanise', DEHUMANISE, [
    'breed', 'breeds', 'breeding', 'outbreed', 'outbreeding', 'outbreed us', 'swarm', 'swarming', 'swarms', 'infest',
    'infesting', 'infested', 'spreading like', 'spread like', 'multiply like', 'multiplying', 'crawling',
    'like a disease', 'like a plague', 'like rats', 'like rabbits', 'like animals', 'like cockroaches',
    'like vermin', 'like locusts', 'like a virus', 'a plague', 'a disease', 'a blight', 'a cancer', 'blight',
    'plague', 'cockroaches', 'parasites', 'leeches', 'vermin', 'locusts', 'sheep', 'animals', 'savages',
    'stone age', 'sucking', 'bleeding us dry', 'bring disease', 'bringing disease', 'brings disease',
    'carry disease', 'carrying disease', 'diseased', 'invading', 'invade', 'invaders', 'an invasion',
  ]),
  ...said('generalise', CRIMINALISE, [
    'criminals', 'criminal', 'thieves', 'thief', 'pickpockets', 'pickpocket', 'scammers', 'scammer', 'con artists',
    'drunks', 'drunkards', 'drug dealers', 'dealers', 'terrorists', 'rapists', 'groomers', 'being groomed',
    'paedos', 'paedophiles', 'scroungers', 'spongers', 'benefit cheats', 'always trouble', 'nothing but trouble',
    'cause trouble', 'causing trouble', 'troublemakers', 'two-faced', 'two faced', 'liars', 'greedy', 'lazy',
    'filthy', 'brainwashed', 'mentally ill', 'badly behaved', 'backward', 'thick', 'rob', 'robbing',
    'rob you blind', 'steal', 'stealing', 'ruin', 'ruined', 'ruining', 'taking our jobs', 'take our jobs',
    'taking all our jobs', 'entitled', 'owed everything', 'a burden', 'burden', 'waste of space',
    'waste of oxygen', 'waste of money', 'a drain', 'cannot be trusted', "can't be trusted", 'untrustworthy',
    'eat anything', 'in their blood', 'in their nature', 'a dump', 'disgusting people', 'control the banks',
    'control the media', 'need fixing', 'needs fixing', 'need curing',
    // Sweeping claims of predation, scrounging and secret control (HateCheck: negative stereotypes; Community
    // Security Trust on antisemitic conspiracy tropes: "run everything", "pull the strings").
    'grooming', 'groom', 'predators', 'perverts', 'perverted', 'deviants', 'unnatural', 'an abomination',
    'a danger to', 'a threat to', 'dangerous to', 'sick in the head', 'not right in the head', 'just confused',
    'need the right man', 'on benefits', 'on the dole', 'on the fiddle', 'scrounging', 'sponging', 'freeloaders',
    'freeloading', 'run everything', 'control everything', 'own everything', 'run the world', 'control the world',
    'run the country', 'control the country', 'pull the strings', 'behind everything', 'behind it all',
    'behind all of it', 'pulls the strings', 'runs everything', 'controls everything', 'owns everything', 'runs the world', 'controls the world', 'nicking', 'pinching', 'on the take', 'commit crime', 'commit crimes', 'commit most',
    'most of the crime', 'all the crime', 'time bomb', 'time bombs', 'special treatment', 'filth', 'begging', 'hold the rest', 'hold everyone back', 'holding everyone back',
  ]),
  ...said('deny', DENY, [
    "aren't cut out", 'not cut out', "can't do maths", 'cannot do maths', "can't do science", "can't lead",
    "can't drive", "shouldn't be allowed", 'should not be allowed', 'should be banned', 'be banned',
    'should be illegal', 'be illegal', "don't belong", 'do not belong', "doesn't belong", 'never belong',
    'belong in the kitchen', 'need sending back', 'needs sending back', 'should be sent back', 'be deported',
    'should be deported', 'will not be admitted', "won't be admitted", 'not be admitted', 'not welcome',
    'have no place', 'should go home', 'go back home', 'should leave', 'out of our country',
  ]),
  // Segregation, an exclusion: never said of everyday words ("girls kept apart from boys in PE?").
  ...said('expel', SEGREGATE, [
    'no business', 'taught somewhere else', 'taught elsewhere', 'taught separately', 'kept away', 'kept apart',
    'in their own schools', 'their own schools', 'away from ours', 'away from our kids', 'away from our children',
  ]),
]; // prettier-ignore

/**
 * Calls to expel said of "them" when the group was named just before ("Why are we paying for Afghans…? Boot them
 * out."): the group is found as for a predicate.
 */
export const BACK_REFERENCE_ACTS: readonly GroupActPattern[] = [
  'boot|kick|ship|send|chuck|throw|deport|turf|fly|get them|em ~1 out|back|home|gone|all',
  'keep them|em ~1 out|away',
].map((pattern): GroupActPattern => ({ pattern, act: 'expel', note: EXPEL }));

/**
 * Anti-migrant slogans that call for expulsion without naming a group (CPS hate crime guidance: calls for exclusion;
 * the Southern Poverty Law Center and HOPE not hate glossaries of far-right slogans).
 */
export const EXPULSION_SLOGANS: readonly string[] = [
  'send them back', 'send them all back', 'send em back', 'sendthemback', 'stop the invasion', 'britain is full',
  'england is full', 'the country is full', 'our country is full', 'this country is full', 'remigration',
]; // prettier-ignore

/** Acts done to a group named in the pattern as <group>. Syntax: src/engine/tone/patterns.ts. */
export const GROUP_ACT_PATTERNS: readonly GroupActPattern[] = [
  ...[
    'deport|deporting|deported|expel|expelling|ban|banning|remove|removing ~4 <group>',
    'ship|send|kick|boot|chuck|throw|turf|fly|force|get|put|clear|sending|shipping|kicking|clearing ~4 <group> ~4 back|out|home|away|boat|plane|ferry',
    'round|rounding up ~3 <group>',
    'keep|kept|keeping <group> out',
    'invaded|overrun|flooded|swamped|infested|colonised|colonized|taken|overrun by <group>',
    // "Throw out the migrants already here": the verb and "out" before the group.
    'throw|kick|chuck|boot|turf|drive|force|sling|ship|clear out ~3 <group>',
  ].map((pattern): GroupActPattern => ({ pattern, act: 'expel', note: EXPEL })),
  ...['<group> out|go|home|gone'].map((pattern): GroupActPattern => ({
    pattern,
    act: 'expel',
    note: EXPEL,
    clauseEnd: true,
  })),
  ...[
    'never|not|wouldn|won|wouldnt|wont|don|dont|couldn ~2 trust|hire|employ|rent|serve|admit ~2 <group>',
    'met|meet|seen|know one <group> ~2 met|seen|know|meet ~1 all',
  ].map((pattern): GroupActPattern => ({ pattern, act: 'generalise', note: CRIMINALISE })),
  ...[
    // "No <group> should ever be put in charge of a class": a whole group denied a role or a right.
    'no <group> should|must|ought|can|could ~2 be|ever ~3 allowed|put|trusted|hired|let|employed|given|near|teach|teaching|work|working|lead|run|adopt|adopting|in',
  ].map((pattern): GroupActPattern => ({ pattern, act: 'deny', note: DENY })),
];

/**
 * Words that show a sentence is about hateful words rather than saying them: teaching, reporting, rebutting
 * ("Nazi propaganda compared Jewish people to rats", "the headline was misleading"). Added to the framing of
 * tone/context.ts for this rule's acts.
 */
export const HATE_FRAMING: readonly string[] = [
  'propaganda', 'studied', 'study', 'studying', 'compared', 'myth', 'myths', 'headline', 'headlines', 'claiming',
  'misleading', 'misinformation', 'stereotype', 'stereotypes', 'stereotyping', 'trope', 'tropes', 'racist',
  'racism', 'hate crime', 'hateful', 'reported', 'reporting', 'removed', 'debunk', 'debunked', 'false', 'lie',
  'lies', 'challenge', 'challenging', 'history', 'awareness', 'sprayed', 'graffiti', 'posted that', 'commented that',
  'wrote that',
]; // prettier-ignore
