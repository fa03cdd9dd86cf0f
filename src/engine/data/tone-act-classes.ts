/**
 * Broad word classes for the conduct readings (src/engine/tone/act-reading.ts and the readers beside it): who a
 * sentence is aimed at and what it does to them, in classes of words rather than phrases, so that a new wording
 * of the same act is read the same way. Each class names where it comes from. Words are base forms: the readers
 * also match their regular inflections (drunk → drunks, drunken; regret → regrets, regretted, regretting), see
 * `wordKeys` in act-reading.ts. Written for Post Guard (issue 13); the acts follow the threat categories of
 * the UK Crown Prosecution Service's guidance on communications offences (threats, menace, encouraging others)
 * and the incivility and hate-speech categories cited in tone-argument.ts and tone-hostility.ts.
 */

export interface WordClass {
  words: readonly string[];
  note: string;
}

const wordClass = (note: string, words: readonly string[]): WordClass => ({ note, words });

export const ACT_CLASSES = {
  // --- who is addressed or named -------------------------------------------------------------------------------
  reader: wordClass('The person addressed (second person)', ['you', 'u', 'ya', 'yer', 'your', 'ur', 'yours', 'yourself']),
  writer: wordClass('The writer or the writer’s side (first person)', ['i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'we', 'us', 'our', 'were']),
  thirdPerson: wordClass('A third person a crowd could be turned on', ['him', 'her', 'his', 'hers', 'she', 'he', 'them', 'woman', 'man', 'bloke', 'teacher', 'head', 'page', 'account', 'business', 'mentions', 'inbox']),
  future: wordClass('What will happen: future or intention', ['ll', 'will', 'going', 'gonna', 'about', 'shall', 'soon', 'next']),
  // --- harassment ----------------------------------------------------------------------------------------------
  harm: wordClass(
    'Harm or a bad end for the target (CPS guidance: threats to the person or property)',
    [
      'regret', 'sorry', 'pay', 'suffer', 'hurt', 'ambulance', 'hospital', 'slap', 'smack', 'punch', 'kick',
      'kicking', 'batter', 'battering', 'beating', 'hiding', 'thump', 'stab', 'burn', 'smash', 'ruin', 'destroy',
      'finish', 'end', 'hell', 'misery', 'nightmare', 'enemy', 'consequence', 'pain', 'grave', 'dead', 'bury',
      'wreck', 'sack', 'fired', 'lesson', 'upset', 'shut',
    ],
  ),
  menace: wordClass(
    'Words of veiled menace: a warning, an unwanted "pity", being alone or watched (CPS guidance: menacing character)',
    ['careful', 'shame', 'pity', 'alone', 'shoulder', 'wisely', 'dark', 'interesting', 'cross', 'happen', 'unfortunate', 'accident', 'sudden'],
  ),
  knowing: wordClass('Knowing or finding where someone is (surveillance)', ['know', 'knew', 'found', 'find', 'seen', 'clocked', 'watching', 'followed', 'tracked', 'spotted', 'recognise']),
  life: wordClass(
    "The target's life outside the thread: home, family, work, routine (CPS guidance: threats to family or property)",
    [
      'live', 'address', 'house', 'home', 'street', 'road', 'gym', 'car', 'reg', 'plate', 'kid', 'kids', 'family',
      'wife', 'husband', 'son', 'daughter', 'lad', 'mum', 'dad', 'children', 'job', 'work', 'boss', 'employer',
      'route', 'walk', 'routine', 'door', 'window', 'garden', 'tuesdays', 'mondays', 'wednesdays', 'thursdays',
      'fridays', 'weekends', 'nights', 'career',
    ],
  ),
  enforcers: wordClass('People brought in to do harm on the writer’s behalf', ['brother', 'brothers', 'mates', 'lads', 'boys', 'cousins', 'friends', 'family', 'people', 'solicitor', 'lawyer']),
  exposure: wordClass('Whoever the target would be exposed to, and the evidence (threats to expose)', ['boss', 'employer', 'governors', 'head', 'headteacher', 'wife', 'husband', 'screenshots', 'messages', 'everyone', 'everybody', 'world', 'council', 'papers', 'press']),
  seeing: wordClass('Seeing or hearing of something', ['see', 'hear', 'hearing', 'know', 'read', 'find', 'learn', 'send', 'show', 'forward']),
  crowd: wordClass('A call to a crowd', ['everyone', 'everybody', 'all', 'guys', 'lads', 'ladies', 'folks', 'people', 'lets', 'let', 'share', 'tag', 'retweet', 'rt']),
  crowdAct: wordClass(
    'What a crowd is asked to do to someone (a pile-on)',
    ['tag', 'share', 'report', 'flood', 'spam', 'bombard', 'message', 'email', 'tell', 'bury', 'hound', 'troll', 'drag', 'expose', 'name', 'shame', 'boycott', 'make', 'ensure', 'sure', 'spread'],
  ),
  crowdHarm: wordClass(
    'The end a pile-on aims at',
    ['hell', 'misery', 'gone', 'never', 'until', 'sacked', 'fired', 'closed', 'down', 'ruin', 'again', 'exactly', 'regret', 'leave', 'quit', 'learn'],
  ),
  deserve: wordClass('Someone deserving or needing harm', ['deserve', 'deserves', 'needs', 'need', 'asking', 'due']),
  condition: wordClass('The condition of an ultimatum', ['or', 'else', 'if', 'unless', 'one', 'keep', 'carry', 'until', 'before', 'by', 'last']),
  coming: wordClass('The writer coming to the target', ['coming', 'come', 'sort', 'deal', 'visit', 'round', 'over', 'down', 'make']),
  // --- argument ------------------------------------------------------------------------------------------------
  verdict: wordClass(
    'A verdict on what someone said, in words the negative lexicon does not rate (Coe et al. 2014: pejorative for speech)',
    [
      'nonsense', 'rubbish', 'tosh', 'twaddle', 'drivel', 'codswallop', 'bollocks', 'claptrap', 'fantasy', 'false',
      'untrue', 'wrong', 'made-up', 'fiction', 'fairy', 'myth', 'garbage', 'trash', 'daft', 'backward', 'clueless',
      'ignorant', 'laughable', 'nope', 'incorrect', 'nonsensical', 'baloney', 'rot', 'tripe', 'bilge', 'guff',
      'drivel', 'waffle', 'unbearable', 'predictable', 'holes', 'fallacy', 'desperate', 'pathetic', 'ridiculous',
      'shambolic', 'feeble', 'flimsy', 'lame', 'naive', 'absurd', 'muddled', 'half-baked', 'bogus', 'nonsense',
    ],
  ),
  deixis: wordClass('What a verdict is aimed at: the other person’s words, or them', ['that', 'thats', 'this', 'it', 'its', 'your', 'you', 'ur', 'what', 'such', 'utter', 'absolute', 'complete', 'total', 'pure', 'another', 'load', 'these', 'those']),
  ridicule: wordClass(
    'Mock titles and sarcastic praise for the other person (Coe et al. 2014: aspersion)',
    ['expert', 'genius', 'einstein', 'sherlock', 'guru', 'professor', 'armchair', 'keyboard', 'warrior', 'bless', 'cute', 'imagine', 'classic', 'whatever'],
  ),
  said: wordClass('What the other person said', ['comment', 'take', 'point', 'argument', 'opinion', 'claim', 'post', 'reply', 'logic', 'view', 'statement', 'reasoning', 'theory', 'response', 'tweet', 'message', 'words', 'facts', 'figures', 'maths', 'grammar', 'spelling', 'source', 'sources']),
  understanding: wordClass(
    "The other person's reading, knowledge or listening, in a challenge to it",
    ['read', 'reading', 'understand', 'understood', 'know', 'idea', 'clue', 'listen', 'listening', 'bother', 'bothered', 'grasp', 'point', 'facts', 'source', 'evidence', 'research', 'considered', 'understanding'],
  ),
  challenge: wordClass('Words that doubt the other person', ['actually', 'even', 'ever', 'clearly', 'obviously', 'seriously', 'genuinely', 'honestly', 'bother', 'no', 'never', 'missed', 'refuse', 'refuses', 'pretend', 'pretending', 'single', 'slowly', 'bothered']),
  twisting: wordClass('Accusing the other person of bad faith in how they speak', ['twist', 'twisting', 'mouthing', 'spouting', 'banging', 'lecture', 'lectured', 'lecturing', 'preach', 'preaching', 'whinge', 'whinging', 'moan', 'moaning', 'ranting', 'rant', 'kicking']),
  saying: wordClass('Saying or hearing something, which with "again" or "keep" becomes a complaint', ['repeat', 'repeating', 'saying', 'say', 'said', 'telling', 'hear', 'explaining', 'explain', 'suits']),
  again: wordClass('Again and again', ['keep', 'keeps', 'still', 'again', 'only', 'always', 'round', 'every']),
  hedge: wordClass('Softens a correction into a query, thanks or an apology', ['maybe', 'perhaps', 'apologies', 'oops', 'thanks', 'thank', 'please', 'glad', 'agree', 'sorted', 'kind', 'lovely', 'appreciate', 'helpful']),
  // --- group acts ----------------------------------------------------------------------------------------------
  trait: wordClass(
    'Negative traits said of a whole group, in words the negative lexicon does not rate (HateCheck: derogation)',
    [
      'drunk', 'drunken', 'thief', 'thieves', 'scrounge', 'scrounger', 'sponger', 'chancer', 'fiddle', 'beg',
      'beggar', 'knife', 'knives', 'gang', 'groom', 'grooming', 'smelly', 'stink', 'thick', 'backward', 'savage',
      'primitive', 'emotional', 'hysterical', 'weak', 'brat', 'spoilt', 'risk', 'danger',
      'threat', 'predator', 'filth', 'filthy', 'dirty', 'lazy', 'dishonest', 'sponge',
      'outnumber', 'ruin', 'ruining', 'breed', 'swarm',
      'swarming', 'flood', 'flooding', 'invade', 'invasion', 'plague', 'vermin', 'rat', 'rats', 'rabbits',
      'cockroach', 'parasite', 'leech', 'leeches', 'animal', 'animals', 'disease', 'infest', 'psychiatrist',
      'rubbish', 'useless', 'terror', 'terrorist',
    ],
  ),
  removal: wordClass(
    'Removing or keeping a group out (HateCheck: calls for exclusion)',
    ['deport', 'deported', 'send', 'sent', 'ship', 'kick', 'boot', 'move', 'moved', 'turn', 'turned', 'ban', 'banned', 'remove', 'removed', 'expel', 'lock', 'locked', 'keep', 'kept', 'belong', 'back', 'out', 'gone', 'places', 'place', 'near', 'anywhere', 'allowed', 'adopt', 'lead', 'teach', 'teaching', 'vote', 'drive', 'work'],
  ),
  generalising: wordClass('Quantifiers that make a claim about every member of a group', ['all', 'always', 'every', 'each', 'single', 'last', 'lot', 'whole', 'nothing', 'just', 'only', 'never', 'typical', 'half', 'most', 'same']),
  denial: wordClass('A modal denying a group an ability or a place', ['can', 'cannot', 'cant', 'shouldn', 'shouldnt', 'mustn', 'mustnt', 'aren', 'arent', 'won', 'wont', 'never', 'shouldnt', 'couldn', 'should', 'must', 'need', 'needs']),
  notVerdict: wordClass(
    'Words the negative lexicon rates low that describe feelings, harm suffered or school life, not a verdict on anyone',
    [
      'sad', 'sorry', 'worried', 'worry', 'scared', 'afraid', 'fear', 'upset', 'hurt', 'grief', 'grieving',
      'devastated', 'lonely', 'miss', 'missed', 'missing', 'suffering', 'victim', 'victims', 'struggle',
      'struggling', 'poor', 'tragic', 'tragedy', 'killed', 'died', 'death', 'dead', 'loss', 'lost', 'cancer',
      'ill', 'sick', 'illness', 'injured', 'injury', 'pain', 'crying', 'cry', 'tears', 'tired', 'exhausted',
      'cold', 'rain', 'flood', 'flooded', 'problem', 'problems', 'issue', 'issues', 'difficult', 'hard',
      'challenge', 'challenging', 'fight', 'fighting', 'cancel', 'cancelled', 'delay', 'delayed', 'closed',
      'attack', 'attacked', 'abuse', 'abused', 'discrimination', 'racism', 'prejudice', 'hate', 'hatred',
      'bullying', 'bullied', 'war', 'refugee', 'refugees', 'poverty', 'hunger', 'homeless', 'mistake',
      'mistakes', 'wrong', 'no', 'not', 'never', 'stop', 'alone', 'pressure', 'stress', 'stressed', 'anxious',
      'anxiety', 'frustrated', 'annoyed', 'angry', 'disappointed', 'concerned', 'confused', 'unhappy', 'nervous',
      'fled', 'flee', 'fleeing', 'persecution', 'persecuted', 'excluded', 'isolated', 'unfair',
      'unfairly', 'disabled', 'disability', 'crisis', 'emergency', 'danger', 'dangerous', 'risk', 'warning',
    ],
  ),
  teaching: wordClass(
    'School life and teaching about a group, which keeps a sentence about a group clean',
    ['celebrate', 'celebrating', 'welcome', 'proud', 'history', 'topic', 'lesson', 'assembly', 'debate', 'charity', 'talk', 'club', 'festival', 'mubarak', 'diwali', 'eid', 'hanukkah', 'pride', 'month', 'week', 'fled', 'refugees', 'shared', 'traditions', 'heritage', 'culture', 'support', 'supporting', 'award', 'congratulations', 'well', 'brilliant', 'amazing', 'fantastic', 'lovely', 'thank', 'thanks', 'data', 'facts', 'myth', 'propaganda', 'dehumanising', 'prejudice', 'racist', 'racism', 'reported', 'police', 'hate'],
  ),
  // --- school logistics, for every reading ---------------------------------------------------------------------
  logistics: wordClass(
    'School logistics, school places and thanks: a sentence about these is an announcement, not an act against someone',
    [
      'trip', 'deposit', 'payment', 'form', 'forms', 'details', 'letter', 'app', 'newsletter', 'office', 'term',
      'club', 'sale', 'pta', 'quiz', 'disco', 'kit', 'property', 'charity', 'sponsor', 'bake', 'cake', 'assembly',
      'homework', 'uniform', 'lunch', 'menu', 'concert', 'sats', 'exam', 'exams', 'tickets', 'raffle',
      'fundraiser', 'fundraising', 'playground', 'weather', 'ice', 'icy', 'frost', 'frosty', 'snow', 'crash',
      'roadworks', 'race', 'sports', 'calendar', 'holiday', 'laminator', 'socks', 'colour', 'consent', 'hall',
      'display', 'library', 'classroom', 'thank', 'thanks', 'congratulations', 'birthday', 'welcome',
    ],
  ),
} as const satisfies Record<string, WordClass>; // prettier-ignore

export type ActClassName = keyof typeof ACT_CLASSES;
