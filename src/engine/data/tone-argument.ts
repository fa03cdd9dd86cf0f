/**
 * Sentence patterns for the argument rule (src/engine/rules/argument.ts): what a combative reply does to the
 * person it answers, whatever its words. Four acts: a verdict on their words ("that's utter nonsense", "clueless
 * comment"), a challenge to their competence ("did you even read it?", "you've never set foot in a classroom"), a
 * dismissal ("who made you the expert?", "give it a rest") and an accusation ("you're twisting my words"). The
 * policy's do's: "Avoid entering into debate/ argument". Syntax: src/engine/tone/patterns.ts. Written for Post
 * Guard; the acts follow the incivility markers of Coe, Kenski and Rains 2014 ("Online and uncivil?", Journal of
 * Communication: name-calling, aspersion, accusations of lying, vulgarity, pejorative for speech). The fixed
 * phrases stay in tone-conduct.ts (ARGUMENT).
 */
import type { PatternEntry } from '../tone/patterns';

export interface ArgumentPattern extends PatternEntry {
  act: 'verdict' | 'competence' | 'dismissal' | 'accusation';
  /** The match must end its clause: "Give up." but not "give up your seat". */
  clauseEnd?: boolean;
  /** Words that, right after the match, make it ordinary: "it makes no sense to drive". */
  notNext?: readonly string[];
  /**
   * Said in one clause and not negated inside the match: "you're not wrong" agrees, and in "You're right, the date
   * was wrong" the verdict is on the date.
   */
  affirmed?: boolean;
  /** Only as the first words of a sentence: "Wrong." and "Wrong on every count", not "the wrong bus". */
  opensSentence?: boolean;
  /** Only in a sentence that ends with a question mark: "Did you actually read it?" but not "Did you actually win!". */
  question?: boolean;
}

export const ARGUMENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  reader: ['you', 'u', 'ya', 'yall', 'yourself', 'yourselves'],
  /** Pejoratives for what someone said (Coe et al. 2014: "pejorative for speech"). */
  verdict: [
    'nonsense', 'rubbish', 'ridiculous', 'absurd', 'laughable', 'clueless', 'ignorant', 'daft', 'stupid', 'dumb',
    'idiotic', 'drivel', 'garbage', 'tosh', 'twaddle', 'codswallop', 'bs', 'bollocks', 'pathetic', 'delusional',
    'deluded', 'ludicrous', 'moronic', 'stupidest', 'dumbest', 'daftest', 'silliest', 'ignorance', 'claptrap',
    'baloney', 'rot', 'crap', 'trash', 'tantrum',
  ],
  /** Words that pass a verdict on the reader's view when said to them ("you've got that backwards"). */
  wrongness: [
    'wrong', 'backwards', 'backward', 'uninformed', 'misinformed', 'ignorant', 'clueless', 'deluded', 'delusional',
    'mistaken', 'nonsense', 'rubbish', 'drivel', 'tantrum', 'dense', 'thick', 'embarrassing',
  ],
  /** What the reader has no grasp of, in a challenge to their competence: "not the faintest idea". */
  grasp: ['idea', 'clue', 'faintest', 'foggiest', 'notion', 'understanding'],
  /** Where the reader has never been or worked, in "you've never set foot in a school". */
  school: ['school', 'schools', 'classroom', 'classrooms', 'class', 'teacher', 'teachers', 'kids', 'children', 'staffroom', 'playground'],
  /** What a verdict is passed on: the other person's words. */
  said: [
    'comment', 'comments', 'take', 'point', 'argument', 'opinion', 'idea', 'claim', 'post', 'reply', 'logic',
    'view', 'statement', 'reasoning', 'thing', 'question', 'nonsense', 'rant', 'theory', 'response', 'thread',
    'tweet', 'message',
  ],
}; // prettier-ignore

const VERDICT = 'A pejorative verdict on what the other person said (Coe et al. 2014: pejorative for speech)';
const COMPETENCE =
  "Questions the other person's knowledge, reading or right to speak (Coe et al. 2014: aspersion)";
const DISMISSAL = 'Shuts the other person down or talks down to them instead of answering the point';
const SARCASM =
  'A sarcastic taunt at the other person instead of an answer to the point (Coe et al. 2014: aspersion, pejorative for speech)';
const ACCUSATION = 'Accuses the other person of lying or bad faith (Coe et al. 2014: accusation of lying)';

const acts = (
  act: ArgumentPattern['act'],
  note: string,
  patterns: readonly string[],
  extra: Partial<ArgumentPattern> = {},
): ArgumentPattern[] => patterns.map((pattern) => ({ pattern, note, act, ...extra }));

export const ARGUMENT_PATTERNS: readonly ArgumentPattern[] = [
  ...acts('verdict', VERDICT, [
    'that|this|it|thats|what ?s|is|was ?just ?factually|frankly|simply|clearly|obviously|such ?a|an ?utter|absolute|complete|total|pure|load ?of @verdict',
    // "Not this nonsense again": a verdict on what keeps being said.
    'not this|that|more ?old @verdict',
    '@verdict again',
    // The verdict said of the reader: "you couldn't be more wrong".
    '@reader ~1 couldn|couldnt|could ?t ?not be more|any ?more wrong',
    '@reader re|are|were ~1 dead|plain|simply|utterly|totally|completely|100 wrong',
    // "A wrong one".
    'a|the wrong one|take|opinion|answer',
    // The reader's words kept up against the facts: "keep moving the goalposts".
    'moving|move|moved ~1 goalposts|goalpost',
    'utter|absolute|complete|total|pure|utterly|absolutely|completely|totally @verdict',
    '@verdict @said',
    'most|least ~1 @verdict|sensible ~1 @said',
    'the ignorance|stupidity|arrogance|audacity ~3 of|in|on',
    'confidently|completely|plainly|so|still|just wrong',
  ]),
  ...acts('competence', COMPETENCE, [
    '@reader ~2 no|haven|havent|never|not|didn|didnt|couldn|couldnt ~1 idea|clue|set|bothered|bother|listened|taught|worked|stepped',
    'did|do|have|can|could @reader even|actually|honestly ?bother ?to read|watch|listen|pass|look|check|understand|teach|taught|set|research|think|go',
    '@reader|things|stuff|something ~2 know|knows nothing',
    'learn|learned|learnt to read|spell|listen|think|count',
    'try reading|thinking|listening|learning',
    'read it again|properly|slowly',
    'think|thinking before @reader type|post|comment|speak|open|hit',
    'before ~2 spouting|mouthing|accusing|accuse|judging|typing|lecturing|preaching',
    'get|getting|got your|ur facts straight|right',
    'check|checking the|your|ur facts',
    'do|doing ?some|your|a ?little|bit ?of ?actual|proper|real research',
    'educate|inform|educating|informing yourself|yourselves',
    'google it',
    // A rhetorical question about the reader's reading or basic abilities.
    'who taught @reader ~1 to read|write|spell|count|think|use',
    '@reader ?clearly|obviously|probably ~1 didn|didnt|did|never|haven|havent ?t ?not ?even|actually|bother|bothered ?to read|watch|listen|open|check ~2 past|beyond|the|it|properly|anything',
    'read|reading|got|get past|beyond the headline|headlines|title|first',
    '@reader should|ought|shouldve ?to ?really know better',
    '@reader ~3 not|no|never|nt|haven|havent|hasn ~2 @grasp',
    'never|not|hasn|hasnt|haven|havent|nt ~3 worked|taught|been|set|stepped|spent ~4 @school',
    'stick to ~3 football|cooking|knitting|facebook|tiktok|twitter|day|what|gardening',
    'isn|isnt|is ?t ?not your|ur thing|area|subject|strong',
  ]),
  ...acts(
    'competence',
    COMPETENCE,
    [
      // "Do you honestly believe…?", "Have you ever actually spoken to a teacher?": a question that doubts the reader.
      'did|do|have|has|are|were|can|could @reader ~1 even|actually|honestly|seriously|really|genuinely ~1 believe|think|read|know|understand|spoken|speak|met|been|worked|work|taught|teach|listened|listen|looked|checked|care|bother',
      'what planet|world|universe ~1 are|is @reader',
      'are @reader ~1 for real|serious|kidding|joking|having a laugh',
      'which|what bit|part of ~9 didn|don|dont|didnt|doesn ?t @reader|they ~1 understand|get|follow|read',
    ],
    { question: true },
  ),
  ...acts('dismissal', DISMISSAL, [
    'nobody|noone asked|asks',
    'no one asked|asks',
    'did|has|does anyone|anybody ask|asked for your|ur|you',
    'who ~2 made @reader the|an|judge|expert|boss|queen|king',
    'why @reader ~1 think|thinks your|ur opinion|view|take|voice|say matters|counts',
    'your|ur opinion|view|take ~2 doesn|does|dont|don|do ?t ?not matter|count',
    'end of discussion|debate|story|conversation',
    'sit this one out',
    'wind|pipe your|ur neck in|down',
    'give it a rest|up',
    'get over it|yourself',
    'take the l|loss',
    'cope|seethe harder|more',
    'ratio|ratioed|ratiod',
    'spare me|us',
    'oh please',
    'keep digging',
    'embarrassing|humiliating|shaming yourself',
    'making|make|made a fool of yourself',
    'making|make yourself look',
    'look|looking worse|stupid|silly|daft|foolish|ridiculous',
    'whatever helps @reader sleep',
    'are @reader ~2 this|that|so|really|actually dense|thick|stupid|slow|dim',
    'this|that|so dense|thick',
    'bless @reader|your ?heart ?for trying',
    'imagine being|thinking|believing',
    'funny how people|those|folk|everyone who',
    'here we go again',
    'the usual suspects',
    'believe anything',
    'ah|oh yes|yeah|sure because',
    'wow just wow',
    'not going to|gonna keep explaining',
    'explained ~3 times',
    // Weariness at the other person: "I'm done explaining", "we've been over this a hundred times".
    'i|we ~2 done|tired|sick|bored|fed ~2 explaining|repeating|arguing|telling|correcting',
    'been|gone over|through this|it|that ~3 hundred|thousand|million|dozen|many times',
    // Condescending advice: "here's a thought: maybe listen to people who do the job".
    'maybe|perhaps ~1 listen|listening to ?the|other people|those|someone|experts|teachers|staff|others',
    // A sarcastic label for the other person: "another expert who's never set foot in a school".
    'another|typical|oh|yet ~2 expert|experts|genius|geniuses|professor|einstein|guru',
  ]),
  ...acts('verdict', VERDICT, ['@wrongness'], { opensSentence: true }),
  // The verdict said to the reader in any words: "you've got that completely backwards"; "you're not wrong" agrees.
  ...acts('verdict', VERDICT, ['@reader ~5 @wrongness'], { affirmed: true }),
  ...acts('dismissal', SARCASM, ['thought not', 'i ll|will wait'], { clauseEnd: true }),
  ...acts('verdict', VERDICT, ['makes|make|making ?zero|no|absolutely ?no sense', 'zero sense'], {
    notNext: ['to', 'for', 'if', 'when', 'because'],
  }),
  ...acts('dismissal', SARCASM, [
    // Sarcastic taunts that answer the person, not the point.
    'imagine typing|writing|posting|saying|believing|thinking',
    'tell me @reader ~8 without telling me',
    'the irony',
    'do better',
    'calm down',
    'did your|ur brain',
    'sources|source|citation ?needed',
    'keep saying that|it',
  ]),
  ...acts(
    'dismissal',
    DISMISSAL,
    [
      'give up',
      'try again',
      'pfft',
      'try harder',
      'yawn',
      'here ?s|is a|an thought|idea|suggestion',
      'lol|lmao|haha|lmfao no|nope',
    ],
    {
      clauseEnd: true,
    },
  ),
  ...acts('accusation', ACCUSATION, [
    'twisting|twist|twisted ~2 words',
    'making|make|made things|stuff|it up',
    'spreading|spread|telling|tell lies|misinformation|rumours',
    '@reader re|are lying|liars|liar',
    'and @reader know it',
  ]),
];
