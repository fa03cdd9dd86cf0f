/**
 * Hostile words and phrases: what makes a statement about a group of people hostile (discriminatory rule) and
 * what makes a message a threat (harassment rule). Each group of entries carries its reason. Written for Post
 * Guard from the categories of hateful content in the research literature on hate speech: Röttger et al. 2021
 * ("HateCheck", functional categories: derogation, dehumanisation, threats, negative emotion) and Davidson et al.
 * 2017; the words themselves are ordinary English, chosen by the project, not taken from those data sets.
 */
import type { LexiconEntry } from '../tone/lexicon';
import { inflections } from '../tone/word-forms';

/**
 * Where the group stands relative to the cue:
 * 'object': the group comes after ("I hate X", "get rid of X"); 'subject': before ("X are vermin", "X make me
 * sick"); 'either': both read as hostile ("kill X", "X should be killed", "disgusting X").
 */
export type CueDirection = 'object' | 'subject' | 'either';

export interface HostilityEntry extends LexiconEntry {
  kind: 'emotion' | 'attribute' | 'dehumanise' | 'violence' | 'exclusion' | 'profane' | 'generalise';
  direction: CueDirection;
}

function cues(
  kind: HostilityEntry['kind'],
  direction: CueDirection,
  note: string,
  terms: readonly string[],
): HostilityEntry[] {
  return [...new Set(terms)].map((term) => ({ term, kind, direction, note }));
}
const STEREOTYPE =
  'A stereotype or trope said of a whole group (Equality and Human Rights Commission, "prejudice and stereotypes"; the antisemitic "control the media" trope: IHRA working definition)';
const verbs = (words: readonly string[]): string[] => words.flatMap((word) => inflections(word, 'verb'));
const nouns = (words: readonly string[]): string[] => words.flatMap((word) => inflections(word, 'noun'));

const EMOTION = 'Expresses hatred or disgust towards whoever follows (HateCheck: negative emotion)';
const EMOTION_SUBJECT = 'Says the people before it cause disgust or anger (HateCheck: negative emotion)';
const ATTRIBUTE =
  'A negative attribute; said of a whole group it is a derogatory generalisation (HateCheck: derogation)';
const DEHUMANISE = 'Compares people to animals, vermin, disease or dirt (HateCheck: dehumanisation)';
const VIOLENCE = 'Violence or death wished on people (HateCheck: threats)';
const EXCLUSION = 'Says a group should be excluded, removed or has no right to exist';
const PROFANE = 'Swearing aimed at people';
const GENERALISE = 'A sweeping generalisation about a group ("typical …", "… ruin everything")';

export const HOSTILITY: readonly HostilityEntry[] = [
  ...cues('emotion', 'object', EMOTION, [
    ...verbs(['hate', 'despise', 'loathe', 'detest', 'abhor']), "can't stand", 'cant stand', 'cannot stand',
    "can't bear", 'sick of', 'sick and tired of', 'fed up with', 'tired of', 'disgusted by', 'disgusted with',
    'repulsed by', 'scorn for', 'contempt for', 'hatred for', 'hatred of', 'hatred towards', 'so much hatred',
    'no time for', 'fear and loathe', 'scorn i feel for', 'hate for', 'disdain for', 'so much disdain',
    'pissed off by', 'pissed off with', 'fucking', 'contempt', 'disdain', 'rage', 'worse than', 'nothing worse than',
  ]),
  ...cues('emotion', 'subject', EMOTION_SUBJECT, [
    'make me sick', 'makes me sick', 'make me furious', 'makes me furious', 'make me angry', 'makes me angry',
    'make me want to vomit', 'make me want to puke', 'disgust me', 'disgusts me', 'repulse me', 'repulses me',
    'get on my nerves', 'gets on my nerves', 'make my skin crawl', 'makes my skin crawl', 'piss me off',
    'pisses me off', 'pissing me off', 'are the worst', 'is the worst', 'the absolute worst', 'makes me so angry',
    'make me so angry', 'fill me with rage', 'fills me with rage', 'fill me with so much rage', 'boil with anger',
    'make me boil', 'makes me boil', 'fill me with disgust', 'fills me with disgust',
  ]),
  ...cues('attribute', 'either', ATTRIBUTE, [
    'disgusting', 'vile', 'repulsive', 'revolting', 'filthy', 'dirty', 'stupid', 'dumb', 'brainless', 'thick',
    'ignorant', 'lazy', 'worthless', 'pathetic', 'useless', 'evil', 'inferior', 'dishonest', 'despicable',
    'dangerous', 'primitive', 'backward', 'smelly', 'stinking', 'ugly', 'hideous', 'unnatural', 'abnormal',
    'sick in the head', 'mentally ill', 'deranged', 'violent', 'savage', 'barbaric', 'uncivilised', 'uncivilized',
    'untrustworthy', "can't be trusted", 'cannot be trusted', 'a disgrace', 'a burden', 'a drain', 'a threat',
    'a danger', 'a menace', 'a problem', 'the problem', 'pure evil', 'incompetent', 'idiotic', 'moronic',
    'sickening', 'repugnant', 'repellent', 'loathsome', 'odious', 'abhorrent', 'contemptible', 'wretched', 'gross',
    'nasty', 'horrible', 'awful', 'terrible', 'stupidest', 'dumbest', 'worst', 'ugliest', 'laziest', 'shitty',
    'shit', 'crap', 'bullshit', 'fucked in the head', 'sick in the head', 'not worth shit', 'worth shit',
    "aren't worth", 'are not worth', "isn't worth", 'is not worth', 'human beings', 'smarter than',
    'more valuable than', 'worth more than', 'cleverer than', 'dumped', 'landfill', 'touched by',
    'care more about', 'dirt under my shoe', 'rats', 'disgrace', 'brain dead', 'braindead',
    ...nouns([
      'idiot', 'moron', 'imbecile', 'cretin', 'retard', 'criminal', 'terrorist', 'rapist', 'thief', 'paedophile',
      'pedophile', 'groomer', 'pervert', 'degenerate', 'freak', 'weirdo', 'abomination', 'savage', 'liar', 'scrounger',
      'sponger', 'leech', 'invader', 'asshole', 'arsehole', 'dickhead', 'prick', 'bastard', 'motherfucker',
      'dumbass', 'cunt', 'twat', 'wanker', 'bitch', 'hypocrite', 'loser', 'scumbag', 'lowlife', 'nuisance',
    ]),
    'inferior beings', 'second class', 'second-class',
  ]),
  ...cues('dehumanise', 'either', DEHUMANISE, [
    ...nouns([
      'animal', 'beast', 'ape', 'monkey', 'gorilla', 'pig', 'dog', 'rat', 'cockroach', 'roach', 'insect', 'pest',
      'parasite', 'leech', 'virus', 'disease', 'plague', 'cancer', 'infection', 'tumour', 'tumor', 'swarm',
      'subhuman', 'sub-human', 'creature', 'thing', 'vermin', 'filth', 'scum', 'trash', 'garbage', 'rubbish',
      'dirt', 'waste', 'cattle', 'zoo', 'cage',
    ]),
    'a waste of space', 'waste of space', 'lesser beings', 'lesser being', 'not human', 'less than human',
    'not even human', 'no better than', 'human garbage', 'human trash', 'human waste', 'common trash', 'to a vet',
    'belong in a zoo', 'belong in cages', 'should be caged', 'put down like', 'like animals', 'like dogs',
    'like rats', 'like vermin', 'like cattle', 'test new drugs on', 'more intelligent than', 'breed like',
  ]),
  ...cues('violence', 'either', VIOLENCE, [
    ...verbs([
      'kill', 'murder', 'shoot', 'stab', 'rape', 'hang', 'lynch', 'execute', 'exterminate', 'eradicate', 'slaughter',
      'massacre', 'torture', 'behead', 'gas', 'burn', 'drown', 'strangle', 'bomb', 'attack', 'beat', 'punch',
      'hurt', 'harm', 'eliminate', 'annihilate', 'butcher', 'castrate', 'sterilise', 'sterilize', 'deport',
      'purge', 'cleanse', 'batter', 'smash',
    ]),
    'wipe out', 'wiped out', 'get rid of', 'got rid of', 'getting rid of', 'die', 'dies', 'died', 'death',
    'deaths', 'dead', 'death to', 'deserve to die', 'deserves to die', 'should die', 'should all die', 'must die',
    'deserve to suffer', 'deserves to suffer', 'should suffer', 'must suffer', 'put an end to', 'snap the neck',
    'snap the necks', 'snap that', 'necks', 'throats', 'throat', 'beat up', 'beaten up', 'locked up', 'lock up',
    'lock them up', 'put down', 'better off without', 'world would be better', 'be better off', 'end them',
    'ought to be executed', 'hanged', 'shot', 'stabbed', 'raped', 'killed', 'murdered', 'executed',
    'execution', 'genocide', 'extermination', 'final solution', 'gas chamber', 'gas chambers', 'bullet',
    'bullets', 'lynching', 'a horrible death', 'deth', 'suffer',
  ]),
  ...cues('exclusion', 'either', EXCLUSION, [
    'no right to be alive', 'no right to live', 'no right to exist', 'have no right', 'has no right',
    'not worthy of living', 'not worth anything', 'not worth living', 'worth nothing', 'no value',
    'have no value', 'has no value', 'not welcome', "aren't welcome", "don't belong", 'do not belong',
    "doesn't belong", 'does not belong', 'never fit in', 'will never fit in', "shouldn't be allowed",
    'should not be allowed', 'should be banned', 'be banned from', 'go back to', 'send them back', 'send back',
    'kick them out', 'kicked out', 'get out of our country', 'get out of my country', 'out of our country',
    'taking over', 'take over', 'invading', 'invasion', 'flooding', 'overrun', 'overrunning', 'replacing us',
    'ruin everything', 'ruins everything', 'ruining everything', 'ruined everything', 'ruining this country',
    'ruining the country', 'ruin this country', 'ruin the country', 'destroying this country',
    'destroying our country', 'too many', 'stop complaining', 'should stop complaining', 'should be ashamed',
    'belong in the kitchen', 'back in the kitchen', 'get back in the kitchen', 'in the kitchen where',
    "can't drive", 'cannot drive', 'should not vote', "shouldn't vote", 'should not have rights',
    'should not be teachers', 'should not be near children', 'keep away from children',
  ]),
  ...cues('profane', 'object', PROFANE, ['fuck', 'fuck all', 'fuck off', 'screw']),
  ...cues('profane', 'subject', PROFANE, [
    'can go fuck themselves', 'go fuck themselves', 'go fuck yourselves', 'shut the fuck up', 'shut up',
    'can fuck off', 'should fuck off', 'piss off', 'can piss off',
  ]),
  ...cues('generalise', 'object', GENERALISE, ['typical', 'typically', 'typical of', 'only', 'all of you']),
  ...cues('generalise', 'subject', GENERALISE, ['behaviour', 'behavior', 'are all the same', 'are all', 'all are', 'can all']),
  ...cues('attribute', 'subject', STEREOTYPE, [
    'thieves', 'criminals', 'causing trouble', 'cause trouble', 'troublemakers', 'too emotional', 'rubbish at',
    'useless at', 'bad at', 'control the media', 'control the banks', 'run the world', 'men in dresses',
    'go back where they came from', 'go back to where they came from', 'go back to their own country',
  ]),
]; // prettier-ignore

/**
 * Cues that need another hostile cue nearby to count ("are all", "only", "behaviour", "too many" say nothing
 * hostile alone: "immigrants are all welcome"). Listed by term.
 */
export const WEAK_CUES: readonly string[] = [
  'only', 'are all', 'all are', 'can all', 'all of you', 'behaviour', 'behavior', 'typically', 'thing',
  'creature', 'waste', 'dead', 'death', 'deaths', 'die', 'dies', 'died', 'attack', 'attacks', 'attacked',
  'attacking', 'beat', 'beats', 'beaten', 'beating', 'hurt', 'hurts', 'hurting', 'harm', 'harms', 'harmed',
  'harming', 'smash', 'smashed', 'smashing', 'smashes', 'burn', 'burns', 'burned', 'burning', 'bomb', 'bombs',
  'bombed', 'bombing', 'shot', 'bullet', 'bullets', 'a problem', 'the problem', 'tired of', 'suffer', 'screw',
  'cage', 'zoo', 'dirt', 'thick', 'dirty', 'violent', 'dangerous', 'necks', 'throats', 'throat', 'snap that',
  'more intelligent than', 'take over', 'taking over', 'too many', 'gas', 'gassed', 'gasses', 'gassing', 'gases',
  'flooding', 'send back', 'purge', 'purges', 'purged', 'purging', 'cleanse', 'cleanses', 'cleansed', 'cleansing',
  'stop complaining', 'should stop complaining', 'put down', 'lock up', 'locked up', 'waste', 'disease',
  'infection', 'creature', 'creatures', 'things', 'insect', 'insects', 'dog', 'dogs', 'pig', 'pigs', 'animal',
  'animals', 'beast', 'beasts', 'cattle', 'swarm', 'swarms',
]; // prettier-ignore
