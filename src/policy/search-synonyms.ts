/**
 * Words staff use for what a social media policy calls something else, so that the policy search answers the
 * question asked ("photos" finds "pupil pictures", "politics" finds "Remain non partisan", "Instagram" finds the
 * policy's definition of social media). In each group, `policy` holds the words policies use, all of which mean the
 * same; `staff` holds the words staff ask with, which find the policy's words but are not looked for when the
 * question already uses a policy word ("friend" does not find "following the school rules"). Written
 * for Post Guard from the words of UK school social media policies and the questions staff ask about them; `source`
 * says where each group comes from.
 */
export interface SynonymGroup {
  policy: readonly string[];
  staff: readonly string[];
  source: string;
}

const STAFF_WORDS = 'Post Guard: everyday words for the policy’s terms';

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  {
    policy: ['photo', 'photograph', 'picture', 'image', 'video'],
    staff: ['pic', 'selfie', 'snap', 'footage', 'film'],
    source: 'Welbeck policy, Use of images; everyday words',
  },
  {
    policy: ['partisan'],
    staff: ['politics', 'political', 'vote', 'voting', 'election', 'government', 'mp', 'campaign', 'tory'],
    source: 'Welbeck policy “Remain non partisan”; UK political words',
  },
  {
    policy: ['friend', 'contact'],
    staff: ['follow', 'follower', 'message', 'dm', 'connect', 'connection', 'request'],
    source: 'Welbeck policy: “friend” or otherwise contact; platforms’ own words for connecting',
  },
  {
    policy: ['grievance'],
    staff: ['complain', 'complaint', 'moan', 'rant', 'vent', 'whinge', 'gripe', 'workload'],
    source: 'Welbeck policy “Do not use social media to air internal grievances”',
  },
  {
    policy: ['social', 'media', 'networking'],
    staff: [],
    source: 'Welbeck policy, Definitions: “social media”, “social networking”',
  },
  {
    // A platform's name asks whether the policy covers it: its definition of social media answers.
    policy: ['platform', 'define'],
    staff: [
      'instagram',
      'tiktok',
      'whatsapp',
      'snapchat',
      'linkedin',
      'threads',
      'bluesky',
      'reddit',
      'pinterest',
      'discord',
      'mastodon',
      'facebook',
      'youtube',
      'twitter',
      'tweet',
      'x',
      'app',
    ],
    source: 'Welbeck policy, Definitions: “any online platform…”; platform names (2026)',
  },
  {
    policy: ['bully', 'cyberbullying', 'abuse', 'harass', 'retaliate'],
    staff: ['troll', 'trolling', 'threat', 'threaten', 'pile'],
    source: 'Welbeck policy, Handling abuse and Cyber bullying',
  },
  {
    policy: ['confidential', 'sensitive'],
    staff: ['secret', 'leak', 'inspection', 'ofsted'],
    source: 'Welbeck policy “Do not publish confidential or commercially sensitive material”',
  },
  {
    policy: ['offensive', 'derogatory'],
    staff: ['swear', 'swearing', 'rude', 'insult', 'profanity'],
    source: STAFF_WORDS,
  },
  {
    policy: ['disclaimer', 'personal'],
    staff: ['views', 'view', 'opinion'],
    source: 'Welbeck policy “make it clear that their views are personal”',
  },
  { policy: ['lesson', 'curriculum'], staff: ['teaching', 'classroom'], source: STAFF_WORDS },
  {
    policy: ['break'],
    staff: ['lunch', 'lunchtime', 'playtime'],
    source: 'Welbeck policy “during their break times on their personal devices”',
  },
  { policy: ['device'], staff: ['phone', 'mobile', 'tablet', 'laptop'], source: STAFF_WORDS },
  { policy: ['parent', 'carer'], staff: ['guardian', 'mum', 'dad', 'family'], source: STAFF_WORDS },
  { policy: ['pupil', 'student', 'child'], staff: ['kid', 'learner', 'class'], source: STAFF_WORDS },
  { policy: ['tag'], staff: ['tagging', 'mention'], source: STAFF_WORDS },
  { policy: ['journalist'], staff: ['press', 'newspaper', 'reporter', 'news'], source: STAFF_WORDS },
  {
    policy: ['retweet', 'share'],
    staff: ['repost', 'reshare'],
    source: 'Welbeck policy “Take care who you retweet”',
  },
  {
    policy: ['copyright', 'permission'],
    staff: ['credit'],
    source: 'Welbeck policy “permission to ‘share’ other peoples’ materials”',
  },
  {
    policy: ['anonymous', 'anonymously', 'alias'],
    staff: ['fake', 'pseudonym', 'burner'],
    source: STAFF_WORDS,
  },
  {
    policy: ['debate', 'argument'],
    staff: ['argue', 'row', 'fight', 'disagree'],
    source: 'Welbeck policy “Avoid entering into debate/ argument”',
  },
  { policy: ['spelling', 'grammar'], staff: ['typo'], source: STAFF_WORDS },
  {
    policy: ['mistake'],
    staff: ['error', 'wrong'],
    source: 'Welbeck policy “report any mistakes using the school’s reporting process”',
  },
  {
    policy: ['breach', 'disciplinary'],
    staff: ['discipline', 'sack', 'fire', 'consequence', 'punish', 'trouble', 'rule'],
    source: STAFF_WORDS,
  },
  {
    policy: ['logo', 'branding'],
    staff: ['badge', 'brand', 'crest', 'uniform', 'profile'],
    source: 'Welbeck policy “Do not use the … logo and/or branding on personal accounts”',
  },
  { policy: ['password'], staff: ['login'], source: STAFF_WORDS },
  {
    policy: ['create', 'account'],
    staff: ['creation', 'start', 'setup', 'page', 'group', 'channel'],
    source: 'Welbeck policy, Process for creating new social media accounts',
  },
  {
    policy: ['inappropriate'],
    staff: ['unsuitable', 'website'],
    source: 'Welbeck policy: inappropriate website content report form',
  },
  {
    policy: ['evidence', 'screen'],
    staff: ['screenshot', 'proof'],
    source: 'Welbeck policy “screen prints of messages or web pages”',
  },
];
