/**
 * Phrase lists for the conduct rules: harassment, argument, grievance, confidential, partisan and personal-gain
 * (src/engine/rules/). Written for Post Guard; each group of entries says where it comes from or why it is here.
 * Phrases are plain text; `*` stands for any one word.
 */
import type { LexiconEntry } from '../tone/lexicon';

export interface ConductEntry extends LexiconEntry {
  /** Which kind of finding the phrase gives, per rule (e.g. 'threat', 'exclusion', 'pile-on'). */
  kind: string;
  /** 'strong' phrases count alone; 'weak' ones only with a second sign (see each rule). */
  strength?: 'strong' | 'weak';
}

const phrases = (kind: string, note: string, terms: readonly string[], strength?: 'weak'): ConductEntry[] =>
  terms.map((term) => (strength ? { term, kind, note, strength } : { term, kind, note }));

// ---- Harassment ----------------------------------------------------------------------------------------------

const THREAT =
  'A threat, or a message written to frighten (Protection from Harassment Act 1997; Malicious Communications Act 1988)';
const VIOLENCE_TO_PERSON = 'Violence threatened against the person addressed or named';
const EXCLUSION = 'Exclusion and belittling, named by the Anti-Bullying Alliance as forms of online bullying';
const PILE_ON =
  'Calls on others to gang up on someone: a "pile-on" (Ofcom, online harms: coordinated harassment)';
const SELF_HARM =
  'Tells someone to harm themselves (Samaritans media guidelines; Online Safety Act 2023 offence)';

export const HARASSMENT: readonly ConductEntry[] = [
  ...phrases('threat', THREAT, [
    'i know where you live', 'we know where you live', 'i know where he lives', 'i know where she lives',
    'know where you work', 'know where your kids', 'know where your children', "you'll regret it",
    "you'll regret this", 'you will regret', "you'll be sorry", 'you will be sorry', 'watch your back',
    'watch yourself', 'better watch out', "you've been warned", 'you have been warned', 'this is your last warning',
    'last warning', "you're dead", 'you are dead', "you're finished", 'you are finished', "you're going down",
    'wait till i see you', 'wait until i see you', "i'll get you", 'i will get you', "i'm coming for you",
    "we're coming for you", 'coming for you', 'see you outside', "i'll find you", 'i will find you',
    'i will make your life hell', "i'll make your life hell", 'make your life a misery', 'ruin your life',
    "i'll ruin you", 'i will ruin you', 'end your career', 'get you sacked', 'get you fired', 'have your job',
    'you deserve what is coming', "you'll get what's coming", 'you will pay for this', "you'll pay for this",
    'pay for what you did', 'sleep with one eye open',
  ]),
  ...phrases('violence', VIOLENCE_TO_PERSON, [
    "i'll kill you", 'i will kill you', "i'm going to kill you", 'going to kill you', 'gonna kill you',
    'want to kill you', 'wanna kill you', 'i could kill you', "i'll kill him", "i'll kill her", 'kill him',
    'kill her', 'kill them all', 'murder you', 'murder him', 'murder her', 'stab you', 'stab him', 'stab her',
    'shoot you', 'shoot him', 'shoot her', 'punch you', 'punch him', 'punch her', 'smack you', 'slap you',
    'beat you up', 'beat him up', 'beat her up', 'batter you', 'kick your head in', 'smash your face',
    'break your legs', 'break your neck', 'snap your neck', 'cut your throat', 'slit your throat',
    'rape you', 'rape her', 'hurt you', 'hurt your family', 'hope you die', 'hope he dies', 'hope she dies',
    'hope they die', 'should be shot', 'should be hanged', 'deserve to die', 'deserves to die',
    'wanna murder him', 'want to murder him', 'going to stab him', 'going to stab her', 'gonna stab',
    'slaughter any', 'slaughter you', 'burn your house', 'torch your car',
  ]),
  ...phrases('self-harm', SELF_HARM, ['kill yourself', 'kys', 'go die', 'go and die', 'drink bleach', 'jump off a bridge', 'end yourself', 'neck yourself', 'unalive yourself']),
  ...phrases('exclusion', EXCLUSION, [
    'nobody likes you', 'no one likes you', 'noone likes you', 'everyone hates you', 'everybody hates you',
    'we all hate you', 'nobody wants you', 'no one wants you', 'nobody cares about you', 'no one cares about you',
    'you have no friends', "you've got no friends", 'you have no mates', 'go away and never come back',
    'nobody would miss you', 'no one would miss you', 'the world would be better without you',
    'everyone is laughing at you', "everyone's laughing at you", "don't invite her", "don't invite him",
    'leave her out', 'leave him out', "you don't belong here", 'you do not belong here', 'not one of us',
    'waste of space', 'your life is worthless', 'you are worthless', "you're worthless", 'you are nothing',
    "you're nothing", 'you are a nobody', "you're a nobody", 'you are a cancer', "you're a cancer",
  ]),
  ...phrases('pile-on', PILE_ON, [
    'everyone report her', 'everyone report him', 'everyone report them', 'everyone report this',
    'everybody report', 'everyone report', 'report her account', 'report his account', 'mass report',
    "let's all report", 'lets all report', 'report her', 'report him', 'flood her mentions', 'flood his mentions',
    'flood their mentions', 'go and tell her what you think', 'go and tell him what you think',
    'tell her what you think of her', 'tell him what you think of him', "let's make her", "let's make him",
    'name and shame', 'naming and shaming', 'share this so everyone knows', 'share her address',
    'share his address', 'post her address', 'post his address', 'spread the word about her',
    'spread the word about him', 'make sure everyone knows what she', 'make sure everyone knows what he',
    "let's get her sacked", "let's get him sacked", 'get her fired', 'get him fired', 'pile on', 'dogpile',
    'ratio her', 'ratio him', 'ratio this', 'send her messages', 'send him messages', 'message her and',
    'message him and', 'everyone unfollow', 'boycott her', 'boycott him',
  ]),
]; // prettier-ignore

// ---- Argument ------------------------------------------------------------------------------------------------

const COMBATIVE =
  'Combative reply that escalates a debate (the policy: "Avoid entering into debate/ argument")';
const DISMISSIVE =
  'Dismisses the other person instead of their point (a common escalation in online arguments)';

export const ARGUMENT: readonly ConductEntry[] = [
  ...phrases('combative', COMBATIVE, [
    "you're completely wrong", 'you are completely wrong', "you're totally wrong", 'you are totally wrong',
    "you're so wrong", 'you are so wrong', "you're just wrong", 'you are just wrong', "you're wrong", 'you are wrong',
    'you were wrong', 'you got it wrong', 'wrong again', 'dead wrong', 'educate yourself', 'do your homework',
    'do your research', 'do some research', 'read a book', 'learn to read', 'learn some facts', 'get your facts straight',
    'check your facts', 'look it up', 'google it', 'get a clue', 'get a grip', 'get real', 'grow up', 'wake up',
    'open your eyes', 'clearly you have no idea', 'you have no idea', "you've no idea", "you don't know what you're talking about",
    'you do not know what you are talking about', "you haven't a clue", "you haven't got a clue", 'you have no clue',
    'you clearly have no clue', 'how dare you', 'shame on you', 'you should be ashamed', 'you ought to be ashamed',
    'what is wrong with you', "what's wrong with you", 'are you serious', 'are you kidding', 'are you kidding me',
    'are you stupid', 'are you thick', 'are you blind', 'cope', 'seethe', 'cry more', 'stay mad', 'who asked',
    'nobody asked', 'no one asked', 'ok boomer', 'okay boomer', 'touch grass', 'let me educate you',
    "i'll educate you", 'let me explain this slowly', 'let me spell it out', 'for the last time', 'i said what i said',
    'prove it', 'prove me wrong', 'try again', 'nice try', 'not my problem', 'end of discussion', 'end of',
    'deal with it', 'so what', 'whatever', 'fact check yourself', 'do better', 'typical', 'spare me',
    'give me a break', 'give it a rest', 'pipe down', 'shut up', 'keep your opinions to yourself', 'mind your own business',
  ]),
  ...phrases('dismissive', DISMISSIVE, [
    'you people', 'people like you', 'your sort', 'your kind', 'idiots like you', 'the likes of you', 'sweetie',
    'sweetheart', 'bless your heart', 'lol ok',
    'ok then', 'if you say so', 'sure jan', 'imagine thinking', 'tell me you', 'clearly you', 'obviously you',
    'you clearly', 'you obviously', 'you just', 'you always', 'you never', 'not reading', "can't read",
    'cannot read', 'reading comprehension',
  ], 'weak'),
]; // prettier-ignore
