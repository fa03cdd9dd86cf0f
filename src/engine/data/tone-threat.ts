/**
 * Sentence patterns for the harassment rule (src/engine/rules/harassment.ts): how a threat, a veiled menace,
 * an exclusion or a call to pile on is built, whatever the words. Syntax: src/engine/tone/patterns.ts. Written for
 * Post Guard from the kinds of conduct named in the law and guidance cited per group; no pattern is taken from a
 * data set. The phrase list in tone-conduct.ts (HARASSMENT) still holds the fixed phrases.
 */
import type { PatternEntry } from '../tone/patterns';

export interface ThreatPattern extends PatternEntry {
  kind: 'threat' | 'violence' | 'self-harm' | 'exclusion' | 'pile-on';
  /**
   * 'reply': menacing only when it answers someone ("tick tock", "you're done", "see how brave you are"): in a post
   * of one's own these are jokes and reminders ("You're done! Well done, Year 6"). 'collective': a pile-on only when
   * the post also calls on a crowd ("everyone", "lads", "let's all").
   */
  when?: 'reply' | 'collective';
  /** The match must end its clause: "I dare you." but not "I dare you to try the chilli". */
  clauseEnd?: boolean;
  /** Words that, right after the match, undo it: "no one wants you" but not "no one wants you to miss out". */
  notNext?: readonly string[];
}

/** Word sets the patterns name with @. */
export const THREAT_WORDS: Readonly<Record<string, readonly string[]>> = {
  reader: ['you', 'u', 'ya', 'ye', 'yourself', 'yourselves', 'yall'],
  your: ['your', 'ur', 'yer', 'yours'],
  agent: ['i', 'we', 'they', 'me', 'us', 'id', 'ill', 'im'],
  will: ['ll', 'will', 'gonna', 'shall', 'going', 'm', 'am', 're', 'are', 'wil'],
  third: ['her', 'him', 'them', 'she', 'he', 'they', 'this', 'that'],
  /** What a threatening "or I'll…" goes on to do. */
  harm: [
    'make', 'waiting', 'wait', 'find', 'finding', 'sort', 'deal', 'scrape', 'scraping', 'ruin', 'expose', 'hurt',
    'batter', 'smash', 'end', 'finish', 'destroy', 'track', 'hunt', 'visit', 'teach', 'knock', 'break', 'come',
    'coming', 'post', 'share', 'tell', 'get', 'report', 'name', 'see',
  ],
  /** What "you'll…" suffers in a threat. */
  rue: [
    'sorry', 'regret', 'find', 'pay', 'learn', 'wish', 'eating', 'drinking', 'need', 'needing', 'hospital',
    'tears', 'next', 'hurt', 'suffer', 'know', 'see',
  ],
  damage: [
    'flat', 'slashed', 'smashed', 'scratched', 'keyed', 'broken', 'gone', 'missing', 'burnt', 'burned', 'fire',
    'vandalised', 'damaged', 'painted', 'bricked', 'through',
  ],
  dwelling: [
    'address', 'house', 'home', 'door', 'car', 'street', 'postcode', 'number', 'workplace', 'reg', 'place', 'flat',
    'gaff', 'drive', 'driveway', 'garden', 'window', 'windows',
  ],
  family: ['kids', 'children', 'son', 'daughter', 'wife', 'husband', 'partner', 'family', 'mum', 'kid', 'boy', 'girl'],
  collective: ['everyone', 'everybody', 'lads', 'guys', 'folks', 'yall', 'girls', 'peeps', 'fam'],
  /** What a veiled warning about the reader's safety turns on ("walk to your car alone", "over your shoulder"). */
  exposed: [
    'alone', 'shoulder', 'shoulders', 'careful', 'lock', 'locks', 'locked', 'dark', 'night', 'nights', 'own',
    'unaccompanied', 'packing', 'lawyer', 'solicitor',
  ],
  /** Where a writer may tell someone to send what a person posts: their work or family. */
  exposer: ['employer', 'employers', 'boss', 'bosses', 'work', 'workplace', 'head', 'headteacher', 'manager', 'school', 'wife', 'husband', 'mum', 'family'],
}; // prettier-ignore

const threats = (
  note: string,
  patterns: readonly string[],
  extra: Partial<ThreatPattern> = {},
): ThreatPattern[] => patterns.map((pattern) => ({ pattern, note, kind: 'threat', ...extra }));
const of = (
  kind: ThreatPattern['kind'],
  note: string,
  patterns: readonly string[],
  extra: Partial<ThreatPattern> = {},
): ThreatPattern[] => patterns.map((pattern) => ({ pattern, note, kind, ...extra }));

const ULTIMATUM =
  'An ultimatum: do this, or else harm follows (Protection from Harassment Act 1997, s.4: causing fear of violence; CPS guidance on threats)';
const VEILED =
  'A veiled threat: harm to the reader, their home, family or reputation hinted at, not stated (CPS guidance on communications offences: "menacing" messages)';
const WHEREABOUTS =
  'Says the writer knows where the reader lives, or who their family are: intimidation (Protection from Harassment Act 1997; National Stalking Helpline)';
const CONFRONT =
  'Calls the reader out to a meeting in person, or promises to come to them: intimidation (Protection from Harassment Act 1997)';
const MENACE_REPLY =
  'A menacing phrase when it answers someone ("tick tock", "you\'re done"); in a post of one\'s own it is usually a joke';
const SAFETY =
  'A warning about the reader\'s or their family\'s safety that they did not ask for: a veiled threat (CPS guidance on communications offences: "menacing" messages)';
const INJURY = 'Threatens injury in an idiom ("through a straw", "in hospital")';
const EXCLUDE =
  'Tells someone nobody wants them or to go away for good: exclusion, a form of online bullying (Anti-Bullying Alliance)';
const PILE_ON =
  'Calls on others to gang up on, shame or silence a person (Ofcom, online harms: coordinated harassment, "pile-ons")';

export const THREAT_PATTERNS: readonly ThreatPattern[] = [
  ...threats(ULTIMATUM, [
    'and|or|otherwise|else @agent @will ?be ?going ?to ~3 @harm',
    'and|or|otherwise|else there ll|will|is|s be|going consequences|trouble|hell',
    'and|or|otherwise|else @reader @will ?be ?going ?to ~2 @rue',
    'or else',
    'one ?more|single|further word|comment|post|reply|peep|time|lie|complaint ~8 and|then @agent|@reader|@your',
    // A repeated or continued act, then a consequence: "do that again and you'll…", "carry on and see where it gets you".
    'keep|carry|continue|go ~6 and|or @agent @will ?be ?going ?to ~3 having|words|coming|round|over|outside',
    'and|then see|watch where|what ~1 it|that ~1 gets|get|lands @reader',
    // A deadline to undo something, with the consequence left unsaid.
    '@reader ~1 ve|have|got ~1 till|until|til|by ~3 to take|delete|remove|apologise|apologize|retract|withdraw',
    'make sure @reader ~3 in tears|hospital|box|pieces|bits|ditch|pain',
  ]),
  ...threats(VEILED, [
    '@reader @will ?be ?going ?to regret|rue crossing|messing|upsetting|annoying|the|talking|speaking',
    'get|getting|gets what ?s|is coming to|for @reader',
    '@reader won|wont|wo ?t like|enjoy what ~1 comes|happens|happen|next|coming',
    '@reader will|ll not like|enjoy what ~1 comes|happens|happen|next|coming',
    'shame|pity if something|anything|word|someone|somebody|people|everyone|your ~3 happened|happen|happens|found|find|finds|knew|know|heard|got|gets|went|slipped|accidentally',
    'hate|awful|terrible|sad ~2 if|for something|anything ?bad|nasty ?to ~1 happen|happened|happens',
    'don|dont|do ?t ?not be surprised if @your ~6 @damage',
    '@reader d|had better hope|pray|sleep|lock|stay|keep|back',
    'know|idea|out|see ~2 who @reader re|are messing|dealing|messin|dealin|talking|speaking|crossing',
    'consider this|that ?your|a ?only|final|last|first|friendly warning',
    '@your last|final|only chance|warning ~4 before|or|apologise|apologize|delete|back',
    '@your life|lives|days|time ~3 gets|get|become|becomes|will|ll|are|is|be ~2 difficult|hard|hell|miserable|misery|numbered|over|nightmare',
    'what @reader ve|have ?got to lose',
    'think|thinking ?very|really|long ?and carefully|twice|hard before @reader',
    'careful|mind|watch what|how @reader say|post|write|type|put|said|posted|wrote|typed',
    'next time @agent won|will|wont|wo ?t ?not ?be so|as|that polite|nice|kind|patient|friendly|gentle|understanding',
    'make|making ~4 @your life|lives|days|time ~3 hell|misery|miserable|nightmare|unbearable',
    'make sure everyone|everybody|people|the|all ~4 know|knows|hears|sees|finds @your|about|what|who',
  ]),
  ...threats(WHEREABOUTS, [
    '@agent ?ve|have|has|d|had ?got|know|found|know|knows @your @dwelling',
    '@agent know|knows|found which|what @dwelling|school|road',
    '@your @family ~1 go|goes|attend|attends|live|lives|work|works ~4 don|doesn|dont|doesnt|right|innit',
    'i|we know ?some|the ?right people',
    '@agent ~4 past|outside|by|near|round|passed @your @dwelling',
    'drove|walked|went|driving|walking|passed|sat|parked|sitting|parking ~2 past|outside|by|near|round @your @dwelling',
  ]),
  ...threats(CONFRONT, [
    'say|repeat|said ~3 to my|our face',
    'keep|carry|try|go ~2 and see what happens|happen',
    'turn|show|rock|pop|come ~1 up|round|over ~1 at|to @your|yours',
    'before|when|till|until|til|once @agent come|comes|get|turn ~1 round|over|for|hold',
    '@agent ll|will|m|am|re|are ?be finding|tracking|hunting|track|hunt @reader',
    'see how brave|hard|tough|big|clever|funny|mouthy|smart|gobby|hard @reader ?all are|re|is then|in|face|outside|irl|when',
  ]),
  ...threats(
    CONFRONT,
    [
      'see how brave|hard|tough|big|clever|funny|mouthy|smart|gobby @reader are|re|is',
      '@agent ll|will find @reader',
      '@agent ll|will|m|am ?be waiting ?outside|for',
      '@reader ll|will ?soon find out|see what|who|how',
      // "I've got mates who'd love a word with you", "I'll be having words with you".
      'a word|words with @reader',
      'out of my|our hands',
      'again|anymore and|or @agent|@reader @will',
      // Menacing formulas that answer someone: "your funeral", "this isn't over", "we're watching you".
      'your|ur funeral',
      'this isn|isnt|is ?t ?not over',
      'made|making an enemy',
      'count yourself lucky',
      'no mercy',
      'ways|way @reader|they won|wont|will ?t ?not enjoy|like',
      // Knowing the reader's routine or family: "I know what time you finish", "found your wife's Facebook".
      'know|found|seen|clocked ~1 where|when|what ?time @reader ~1 live|drink|work|go|park|finish|walk|shop|train|eat|sleep|are|leave',
      'found|got|have|seen @your ~1 @family|lad|lads|kid|girl ~2 facebook|profile|address|number|instagram|school|class|work',
      // Calling the reader to a meeting: "say that again at pick-up", "we can have a proper chat".
      'say|repeat that|it again ~1 at|outside|to|in',
      'have a proper|little|quiet chat|word',
      'sort|sorting @reader out',
      '@reader|they|people won|wont|will ?t ?not enjoy|like ~1 how|what|it|this|that',
      'don|dont|do ?t ?not wake up',
      'not a soul ~1 would|will|d ~1 care|notice|miss',
      'again|anymore and|or @your life|lives|kid|kids|family|car|house',
    ],
    { when: 'reply' },
  ),
  ...threats(
    MENACE_REPLY,
    [
      'tick tock',
      '@reader ll|will see',
      'you|u and me',
      'you|u re|are done',
      'sleep well|tight ?tonight',
      'enjoy ~6 while @reader ?still can',
    ],
    {
      when: 'reply',
      clauseEnd: true,
    },
  ),
  ...threats(MENACE_REPLY, ['i dare @reader'], { clauseEnd: true }),
  // "We're all watching you now", but not "watching you grow" or "watching you on stage".
  ...threats(MENACE_REPLY, ['@agent ~2 watching @reader'], {
    when: 'reply',
    notNext: [
      'grow',
      'play',
      'perform',
      'sing',
      'dance',
      'on',
      'live',
      'win',
      'shine',
      'in',
      'at',
      'and',
      'with',
      'run',
      'race',
      'learn',
      'read',
    ],
  }),
  ...threats(
    SAFETY,
    [
      // "If I were you I'd start looking over my shoulder", "I wouldn't walk to your car alone … if I were you".
      'if i|id were|was @reader ~8 @exposed',
      '@exposed ~8 if i|id were|was @reader',
      'look|looking|watch|watching|check|checking over @your shoulder|shoulders|back',
      '@your ?lovely|little|beautiful|pretty|poor|precious @family ~10 alone|unaccompanied|own|dark|night',
    ],
    { when: 'reply' },
  ),
  ...of('violence', INJURY, [
    'through a straw',
    'scrape|scraping|peel|peeling|pick|picking|scraped @reader ?up off the',
    'pick|picking|picked @your teeth|face ~1 up|off',
    'with a black|fat|broken eye|lip|nose',
    'leave|leaves|leaving|send|put @reader ?in hospital|box|pieces|bits|ditch|wheelchair',
  ]),
  ...of(
    'exclusion',
    EXCLUDE,
    [
      'nobody|noone|no ~6 want|wants|like|likes|stand|cares|care|miss|misses|notice|notices|need|needs @reader',
    ],
    { notNext: ['to', 'too', 'at', 'on', 'for'] },
  ),
  ...of('exclusion', EXCLUDE, [
    // Shutting out the reader's child: "nobody wants your kid at the party".
    'nobody|noone|no ~6 want|wants|like|likes|invite|invites|invited @your ~1 @family',
    'nobody|noone|no ~4 want|wants|wanted to be @your friend|mate|mates|friends',
    'do|does everyone|everybody|us|the|all ~1 a favour|favor ?and ~1 disappear|leave|quit|die|go|delete|vanish|jog|log|shut|crawl',
  ]),
  ...of(
    'exclusion',
    EXCLUDE,
    [
      'disappear|vanish for good|forever|permanently',
      'pack up and go|leave|clear|get',
      'never come|coming back',
      'nobody|noone|no ~1 would|will|d|wd|gonna ~1 care|notice|miss|know',
    ],
    {
      when: 'reply',
    },
  ),
  ...of('pile-on', PILE_ON, [
    'flood|spam|bombard|hound|swamp|fill ?up her|his|their page|inbox|dms|comments|mentions|account|profile|wall|timeline',
    'until|till|til|untill she|he|they delete|deletes|leave|leaves|quit|quits|cry|cries|apologise|apologises|apologize|apologizes|close|closes|deactivate|deactivates|shut|shuts|stop|stops|give|gives|disappear|disappears',
    'retweet|rt|share|repost ~2 so ~1 everyone|everybody|people|the|all knows|know|sees|see what|who|how',
    'get|have her|his|their|the channel|account|page|profile|job ~1 taken|shut|deleted|banned|removed|suspended|closed',
    'freeze|shut|cut|leave her|him|them out',
    'named|name and shamed|shame',
  ]),
  ...of(
    'pile-on',
    PILE_ON,
    [
      'tag|tagging|message|messaging|dm|report|reporting|block|blocking|unfollow|ignore|blank|expose|go ?get|after her|him|them|this|mrs|mr|ms|miss',
      'don|dont|do ?t ?not let her|him|them hide|escape',
      'don|dont|do ?t ?not talk|speak|sit|play to|with|next her|him|them',
      // Exposing a person to their work or family: "send it to her employer", "screenshot everything he posts".
      'send|forward|show|email|tag|report|sending|forwarding ~4 her|his|their @exposer',
      'screenshot|screenshots|screengrab|screenshotting ~2 she|he|they|her|his|their|everything',
      'one|1|zero star ~1 review|reviews|rating|ratings',
      // The crowd turned on a person: "pile in", "report his channel till it's gone", "spread the word about her".
      'pile|piling in|on ~3 he|she|him|her|his',
      'report|reporting|expose|exposing|bury|burying|flood|flooding|tag|tagging his|her|their channel|page|post|posts|business|account|profile',
      'spread the word',
      'till|until it s|is gone|deleted|down',
    ],
    { when: 'collective' },
  ),
];
