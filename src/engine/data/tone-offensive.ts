/**
 * Word lists for the offensive rule (src/engine/rules/offensive.ts): swear words graded by Ofcom's research into
 * how offensive UK audiences find them, and insults aimed at a person. Each group carries its source or reason;
 * every entry keeps it (see `group`). Written for Post Guard.
 *
 * Source for the grades: Ofcom, "Attitudes to potentially offensive language and gestures on TV and radio"
 * (2016, updated 2021), which sorts words into mild, medium, strong and strongest. Mild words here give an info
 * reminder; medium and above a warning.
 */
import type { LexiconEntry } from '../tone/lexicon';
import { inflections } from '../tone/word-forms';

export type SwearLevel = 'mild' | 'medium' | 'strong';

export interface SwearEntry extends LexiconEntry {
  level: SwearLevel;
}

export interface InsultEntry extends LexiconEntry {
  /**
   * 'noun': an insult in itself ("idiot"); 'aimed-noun': a word with an everyday meaning too ("pig", "snake"),
   * an insult only when said of a person ("you pig"); 'adjective': an insult when aimed at a person ("pathetic").
   */
  kind: 'noun' | 'aimed-noun' | 'adjective';
  level: SwearLevel;
}

function swears(level: SwearLevel, note: string, words: readonly string[], inflect = false): SwearEntry[] {
  const terms = inflect ? words.flatMap((word) => inflections(word, 'swear')) : words;
  return [...new Set(terms)].map((term) => ({ term, level, note }));
}

function insults(
  kind: InsultEntry['kind'],
  level: SwearLevel,
  note: string,
  words: readonly string[],
): InsultEntry[] {
  const terms =
    kind !== 'adjective'
      ? words.flatMap((word) => (word.includes(' ') ? [word] : inflections(word, 'noun')))
      : words;
  return [...new Set(terms)].map((term) => ({ term, kind, level, note }));
}

const OFCOM_STRONGEST = 'Ofcom 2021: strongest';
const OFCOM_STRONG = 'Ofcom 2021: strong';
const OFCOM_MEDIUM = 'Ofcom 2021: medium';
const OFCOM_MILD = 'Ofcom 2021: mild';
const COMPOUND = 'A compound or spelling of a listed swear word (same grade as the word it contains)';
const ABBREVIATION = 'Internet abbreviation that spells out a listed swear word';

/**
 * Swear words. Left out on purpose, because their everyday meaning is far commoner in a school's posts: tits
 * (birds), balls, cock (birds), beaver, snatch, flaps, gash, cow, knob (door), pussy (cat), fanny (a name),
 * ginger, god, Jesus.
 */
export const SWEAR_WORDS: readonly SwearEntry[] = [
  ...swears('strong', OFCOM_STRONGEST, ['fuck', 'cunt'], true),
  ...swears('strong', OFCOM_STRONGEST, ['motherfucker', 'motherfuckers', 'motherfucking', 'mofo', 'fucken', 'fuckin']),
  ...swears('strong', COMPOUND, [
    'fuckwit', 'fuckwits', 'fuckhead', 'fuckface', 'fucktard', 'clusterfuck', 'fuckery', 'fuckboy', 'fuck off',
    'fuck you', 'fuck u', 'fucking hell', 'cocksucker', 'cocksuckers', 'shithead', 'shitheads', 'dipshit',
    'dipshits', 'piece of shit', 'bullshit', 'bullshitting', 'horseshit', 'shitstorm', 'shitshow', 'apeshit',
    'batshit', 'shitty', 'shite', 'shitting', 'shat', 'dumbfuck', 'knobhead', 'knobheads', 'bellend', 'bellends',
  ]),
  ...swears('strong', OFCOM_STRONG, ['bastard', 'prick', 'twat', 'wanker', 'wank', 'dickhead', 'bloodclaat', 'tosser'], true),
  ...swears('strong', OFCOM_STRONG, ['dick', 'dicks', 'pricks']),
  ...swears('medium', OFCOM_MEDIUM, ['shit', 'bitch', 'piss', 'arsehole', 'asshole', 'bollock', 'feck', 'slag'], true),
  ...swears('medium', OFCOM_MEDIUM, [
    'bollocks', 'son of a bitch', 'sons of bitches', 'pissed off', 'piss off', 'pissing me off', 'bitchy',
    'arseholes', 'assholes', 'jackass', 'jackasses', 'dumbass', 'dumbasses', 'smartass', 'kick ass', 'my ass',
    'your ass', 'his ass', 'her ass', 'kiss my ass', 'pain in the ass', 'slut', 'sluts', 'slutty', 'whore',
    'whores', 'skank', 'skanks', 'screw you', 'hoes',
  ]),
  ...swears('strong', ABBREVIATION, ['stfu', 'gtfo', 'mf', 'mfer', 'fml', 'fkn', 'fking', 'fucc', 'phuck', 'fuk', 'fukin', 'fuking', 'effing', 'frigging', 'friggin']),
  ...swears('medium', ABBREVIATION, ['wtf', 'ffs', 'omfg', 'af']),
  ...swears('mild', OFCOM_MILD, [
    'bloody', 'bloody hell', 'damn', 'damned', 'dammit', 'damnit', 'goddamn', 'goddam', 'crap', 'crappy', 'craps',
    'bugger', 'buggered', 'buggering', 'sod off', 'sod it', 'sodding', 'arse', 'arsed', 'git', 'gits', 'hell',
    'pissed', 'pee off', 'minger', 'munter', 'bint', 'balls up', 'cock up', 'cock-up',
  ]),
]; // prettier-ignore

/** Swear words that are also ordinary words in some uses: matched only in lower case ("Dick Whittington"). */
export const LOWER_CASE_ONLY: readonly string[] = [
  'dick',
  'dicks',
  'git',
  'hoes',
  'mf',
  'af',
  'hell',
  'crap',
];

/**
 * Words that are swear words only after certain words: "hell" in "what the hell", "bloody hell", "go to hell",
 * "hot as hell" (not "Hell's Kitchen" or a sermon), and "af" after an adjective ("tired af").
 */
export const SWEAR_CONTEXT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  hell: ['the', 'bloody', 'as', 'to', 'like', 'from', 'heck'],
  af: [
    'tired',
    'cold',
    'hot',
    'bored',
    'angry',
    'annoyed',
    'done',
    'busy',
    'stressed',
    'hungry',
    'fed',
    'sick',
    'mad',
    'funny',
    'pissed',
    'lit',
    'broke',
    'dead',
    'fine',
    'cute',
    'ugly',
    'stupid',
  ],
};

/**
 * Everyday phrases around a listed word, which are not swearing or insults: the listed word, then the words that
 * make it everyday when they follow it (EVERYDAY_BEFORE) or precede it (EVERYDAY_AFTER). Source: the idiom's
 * dictionary sense (Collins, Oxford Learner's): "shut up shop" (close for the day), "get lost in" (be absorbed in),
 * "drop-dead gorgeous" (strikingly attractive), "spotted dick" (a steamed suet pudding).
 */
export const EVERYDAY_BEFORE: Readonly<Record<string, readonly string[]>> = {
  'shut up': ['shop'],
  'get lost': ['in'],
  'drop dead': ['gorgeous', 'beautiful', 'handsome', 'stunning', 'funny', 'brilliant', 'delicious'],
};
export const EVERYDAY_AFTER: Readonly<Record<string, readonly string[]>> = { dick: ['spotted'] };

const INSULT =
  'Common English insult for a person (Collins and Oxford dictionaries mark it "offensive" or "derogatory")';
const MILD_INSULT =
  'Mild, often jokey British insult (Collins: "informal, derogatory"): a reminder, not a warning';
const SELF_WORTH = "Attacks a person's worth or looks when aimed at them";
const WIKTIONARY_INSULT =
  'English insult for a person (Wiktionary, Category:English insults and Category:English derogatory terms)';
const POLITICAL_INSULT =
  'Derogatory nickname for people of a political side (Wiktionary: "derogatory", "offensive", political slang)';
const TOXIC_SPANS_NOUN =
  'Toxic Spans (ipavlopoulos/toxic_spans, CC0): most annotators marked it toxic when said of a person (pussy 8 of 17 uses, pussies 4 of 5, ass 74 of 138, dummy 5 of 9, suckers 6 of 11); also an everyday word, so only when said of a person';
const TOXIC_SPANS_ADJECTIVE =
  'Toxic Spans (ipavlopoulos/toxic_spans, CC0): most annotators marked it toxic when said of a person (imbecilic 6 of 7, sucks 11 of 17, stupider 3 of 7; "dumber" and "stupid" are listed already)';
const DISMISSAL =
  'Rude dismissal aimed at the reader (Wiktionary marks each "rude", "offensive" or "impolite")';

/** Insults: nouns are insults in themselves; adjectives only when aimed at a person. */
export const INSULTS: readonly InsultEntry[] = [
  ...insults('noun', 'medium', INSULT, [
    'idiot', 'moron', 'imbecile', 'cretin', 'halfwit', 'dimwit', 'nitwit', 'loser', 'scumbag', 'scum', 'lowlife',
    'sleazebag', 'creep', 'weirdo', 'freak', 'degenerate', 'dunce', 'simpleton', 'buffoon', 'nincompoop', 'oaf',
    'douchebag', 'douche', 'scrote', 'thicko', 'waste of space', 'waste of oxygen', 'piece of garbage',
    'piece of trash', 'nutcase', 'nutjob', 'sicko', 'airhead', 'bimbo',
  ]),
  ...insults('aimed-noun', 'medium', `${INSULT}; also an everyday word, so only when said of a person`, [
    'pig', 'snake', 'rat', 'parasite', 'hypocrite', 'liar', 'clown', 'troll', 'bigot', 'fool', 'psycho',
    'lunatic', 'maniac', 'traitor', 'fraud', 'coward', 'pervert', 'slob', 'jerk', 'chav', 'piece of work', 'cow',
    'disgrace', 'joke', 'embarrassment', 'failure', 'nobody', 'animal', 'dog', 'cockroach', 'vermin', 'trash',
    'garbage', 'filth',
  ]),
  ...insults('noun', 'medium', WIKTIONARY_INSULT, [
    'dolt', 'dullard', 'ignoramus', 'numbskull', 'numskull', 'bonehead', 'knucklehead', 'meathead', 'blockhead',
    'pinhead', 'lamebrain', 'birdbrain', 'dingbat', 'dumbo', 'asshat', 'assclown', 'slimeball', 'sleazeball',
    'dirtbag', 'scuzzbag', 'nutter', 'crackpot', 'wingnut', 'moonbat', 'crybaby', 'bootlicker', 'sycophant',
    'toady', 'stooge', 'grifter', 'charlatan', 'con artist', 'conman', 'swindler', 'scoundrel', 'reprobate',
    'deadbeat', 'sellout', 'turncoat', 'wimp', 'wuss', 'twerp', 'perv', 'paedo', 'pedo', 'nonce', 'sheeple',
    'psychopath', 'sociopath',
  ]),
  ...insults('noun', 'medium', POLITICAL_INSULT, ['libtard', 'trumptard', 'feminazi', 'demonrat', 'rethuglican', 'remoaner', 'gammon']),
  ...insults('aimed-noun', 'medium', `${WIKTIONARY_INSULT}; also an everyday word, so only when said of a person`, [
    'snowflake', 'hack', 'shill', 'crook', 'thug', 'goon', 'criminal', 'fascist', 'nazi', 'commie', 'racist',
    'sexist', 'misogynist', 'predator', 'paedophile', 'pedophile', 'rapist', 'phony', 'phoney', 'narcissist',
    'weasel', 'maggot', 'leech', 'swine', 'sleaze', 'loony', 'kook', 'tool', 'lackey', 'whiner',
  ]),
  ...insults('noun', 'medium', DISMISSAL, [
    'shut up', 'shut your mouth', 'shut your face', 'shut your trap', 'shut your gob', 'shut it', 'get lost',
    'go to hell', 'bite me', 'get a life', 'you suck', 'suck it', 'up yours', 'bugger off', 'drop dead',
    'go away troll',
  ]),
  ...insults('noun', 'mild', MILD_INSULT, ['numpty', 'muppet', 'pillock', 'prat', 'plonker', 'wally', 'berk', 'div', 'nob', 'dipstick', 'twit']),
  ...insults('adjective', 'medium', INSULT, [
    'stupid', 'dumb', 'dense', 'thick', 'brainless', 'idiotic', 'moronic', 'pathetic', 'useless',
    'incompetent', 'ignorant', 'disgusting', 'vile', 'despicable', 'repulsive', 'revolting', 'contemptible',
    'scummy', 'sleazy', 'creepy', 'nasty', 'evil', 'disingenuous', 'spineless', 'gutless', 'deranged', 'unhinged', 'delusional',
    'dishonest', 'corrupt', 'brain dead', 'braindead', 'hateful', 'worthless', 'ugly', 'hideous', 'fat', 'obese',
    'trashy', 'dopey', 'gormless', 'inbred', 'insufferable', 'spiteful', 'arrogant', 'dumbest', 'stupidest',
  ]),
  ...insults('adjective', 'medium', WIKTIONARY_INSULT, [
    'crooked', 'shameless', 'brainwashed', 'gullible', 'demented', 'psychotic', 'hypocritical',
    'two faced', 'deceitful', 'treacherous', 'traitorous', 'treasonous', 'disgraceful', 'shameful', 'repugnant',
    'loathsome', 'odious', 'abhorrent', 'detestable', 'obnoxious', 'vulgar', 'classless', 'gross', 'slimy',
    'smug', 'whiny', 'cowardly', 'dimwitted', 'nutty', 'loony', 'bonkers', 'phony', 'phoney', 'fraudulent',
    'racist', 'sexist', 'bigoted', 'misogynistic', 'deplorable', 'dumber', 'fake', 'clueless',
  ]),
  ...insults('aimed-noun', 'medium', TOXIC_SPANS_NOUN, ['pussy', 'ass', 'dummy', 'sucker']),
  ...insults('adjective', 'medium', TOXIC_SPANS_ADJECTIVE, ['imbecilic', 'stupider', 'sucks']),
  ...insults('adjective', 'mild', SELF_WORTH, ['crazy', 'insane', 'nuts', 'daft', 'silly', 'annoying', 'lazy', 'rubbish']),
]; // prettier-ignore
