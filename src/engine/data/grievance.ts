/**
 * Grievance, as data for src/engine/rules/grievance.ts: who a complaint is about (the school as an employer, its
 * leaders and governors, colleagues, the workload) and what the post does to them (a verdict, an outburst, sarcastic
 * thanks, a burden put on staff). The rule counts an act only with a target in the same sentence or a short
 * sentence beside it; workload complaints that name the job count alone. Written for Post Guard; each group says
 * why it is here.
 */
import type { ConductEntry } from './tone-conduct';

export type GrievanceKind = 'target' | 'verdict' | 'outburst' | 'sarcasm' | 'burden' | 'workload';

export interface GrievanceEntry extends ConductEntry {
  kind: GrievanceKind;
  /** Ordinary in lower case ("head" of hair): a target only with a capital letter. */
  capitalOnly?: boolean;
}

const words = (
  kind: GrievanceKind,
  note: string,
  terms: readonly string[],
  capitalOnly?: true,
): GrievanceEntry[] =>
  terms.map((term) => (capitalOnly ? { term, kind, note, capitalOnly } : { term, kind, note }));

const POLICY = 'the policy: "Do not use social media to air internal grievances"';

/** Who a grievance is about: the school's leaders and governance, colleagues, the job. */
export const GRIEVANCE_TARGETS: readonly GrievanceEntry[] = [
  ...words('target', 'The school as an employer, its leaders, governors and staff', [
    'our head', 'the head', 'my head', 'headteacher', 'head teacher', 'headmaster', 'headmistress', 'our head teacher', 'leadership', 'management',
  'the head teacher', 'deputy head', 'deputy', 'slt', 'smt', 'senior leadership', 'senior management',
  'senior managers', 'the leadership team', 'governors', 'the governors', 'governing body', 'chair of governors', 'the trust',
  'our trust', 'the academy trust', 'mat', 'ceo', 'exec head', 'executive head', 'line manager', 'my line manager',
  'my boss', 'the boss', 'bosses', 'my manager', 'hr', 'payroll', 'colleague', 'colleagues',
  'my colleague', 'a colleague', 'staff room', 'staffroom', 'my school', 'this school', 'our school', 'at work',
  'my job', 'this job', 'the job', 'senco', 'business manager', 'phase leader', 'year leader', 'subject lead',
  'the school', 'workload', 'my workload', 'my workplace', 'workplace', 'employer', 'my employer',
  ]),
  ...words('target', 'The school\'s leaders named without their title: who runs it, who decides', [
    'the people running', 'people running', 'the people in charge', 'people in charge', 'in charge', 'the people upstairs',
    'people upstairs', 'anyone upstairs', 'nobody upstairs', 'upstairs', 'whoever decided', 'whoever thought', 'whoever runs', 'whoever organises', 'whoever planned',
    'the powers that be', 'senior team', 'the senior team', 'leadership team', 'our leadership', 'leaders',
    'head of department', 'head of year', 'hod', 'hoy', 'exec head', 'academy chain', 'the chain', 'trust ceo',
    'office team', 'admin team', 'our place', 'this place', 'the bloke in charge', 'the woman in charge', 'our deputy',
    'the deputy', 'this headteacher', 'our headteacher', 'the head\'s', 'our head\'s', 'head\'s', 'dear slt',
    'the management', 'our management', 'school\'s management', 'my employer', 'this head', 'that head',
    'senior leaders', 'our senior leaders', 'the bosses', 'our bosses', 'higher ups', 'higher-ups', 'top brass',
    'the board', 'trust bosses', 'academy bosses', 'department head', 'dept head', 'head of dept', 'my hod',
    'our hod', 'curriculum lead', 'management team', 'those above us', 'the people at the top',
  ]),
  ...words('target', 'Whoever made a decision, named only by the decision: "whoever signed off", "the person who decided"', [
    'whoever signed', 'whoever in', 'who decided', 'who signed off', 'signed off', 'principal', 'our principal',
    'the principal', 'line management', 'the exec',
  ]),
  ...words('target', 'The employer\'s side beyond the school: the department and the inspectorate as they bear on staff', [
    'the dfe', 'dfe', 'department for education', 'ofsted',
  ]),
  ...words('target', 'Policies the school sets: a complaint about them is about who set them', [
    'policy', 'policies', 'marking policy', 'restructure', 'restructuring', 'wellbeing day', 'wellbeing',
  ]),
  ...words('target', 'The head teacher, written "Head" at the start of a sentence', ['head'], true),
  ...words('target', 'The workload the school sets: its meetings, data, scrutiny and duties', [
    'planning time', 'ppa', 'paperwork', 'data drop', 'data drops', 'book scrutiny', 'scrutiny', 'observations',
    'observation', 'learning walks', 'twilight', 'staff meeting', 'staff meetings', 'pay freeze', 'duties',
    'duty rota', 'marking', 'initiative', 'working party', 'dress code for staff', 'residential', 'timetable',
    'budget', 'stationery budget', 'tlr', 'pay rise', 'emails', 'email at 10pm',
  ]),
]; // prettier-ignore

export const GRIEVANCE_ACTS: readonly GrievanceEntry[] = [
  ...words('verdict', `A verdict on the school's leaders or colleagues (${POLICY})`, [
    'has no idea', 'have no idea', 'has no clue', 'have no clue', 'clueless', 'useless', 'incompetent', 'a joke',
    'is a joke', 'are a joke', 'a shambles', 'shambles', 'shambolic', 'a disgrace', 'disgraceful', 'pathetic', 'hopeless',
    'out of touch', 'out of their depth', 'out of his depth', 'out of her depth', "doesn't care", "don't care",
    'does not care', 'do not care', "couldn't care less", 'never listens', 'never listen', "doesn't listen",
    "don't listen", 'dumped', 'dumping', 'piled on', 'piling on', 'offloaded', 'thrown at us', 'treated like dirt',
    'treated like rubbish', 'treated like crap', 'undervalued', 'not valued', 'unappreciated', 'taken for granted',
    'overworked', 'underpaid', 'exploited', 'bullied', 'bullying', 'micromanage', 'micromanaged', 'micromanaging',
    'toxic', 'nightmare', 'sick of', 'fed up with', 'fed up of', 'had enough of', 'hate my job', 'hate this job',
    'hate working', 'dreading', 'ridiculous', 'unreasonable', 'unfair', 'favouritism', 'favourites', 'two-faced',
    'backstabbing', 'back-stabbing', 'lazy', 'does nothing', 'do nothing', 'never does', 'idiots', 'morons',
    'cowards', 'spineless', 'snakes', 'liars', 'lied', 'lying', 'threw me under the bus', 'under the bus',
    'passive aggressive', 'power trip', 'jumped up', 'jobsworth', 'no support', 'zero support', 'not supported',
    'unsupported', 'hung out to dry', 'left to fend', 'no backbone', 'waste of time', 'pointless', 'absolute joke',
    'appalling', 'burnt out', 'burned out', 'at breaking point', "can't cope with", 'crying in the toilets',
    'cried in the toilets', 'want to quit', 'going to quit', 'makes me want to quit', 'makes me want to resign',
    'insane', 'fuming', 'furious', 'livid', 'demoralising', 'demoralised', 'demotivating', 'soul destroying',
    "can't stand", 'cannot stand', 'ignores', 'ignored', 'worst year', 'takes credit', 'took credit', 'miserable',
    "still haven't", "still hasn't", 'criticised', 'moan', 'moans', 'cancelled our', 'cut tas', 'cuts',
  ]),
  ...words('verdict', `A verdict said in other words (${POLICY})`, [
    'shameful', 'disgusting', 'shocking', 'gutless', 'bully', 'a bully', 'gossips', 'no clue', 'not a clue',
    'never met a child', 'not once', 'beyond a joke', 'half-baked', 'half baked', 'rubbish', 'wouldn\'t know',
    'couldn\'t organise', 'couldn\'t run', 'couldn\'t plan', 'set foot', 'blames', 'blamed', 'blame the staff',
    'took all the credit', 'took the credit', 'just numbers',
    'numbers to them', 'ignoring', 'ignoring every', 'not on', 'out of order', 'no backbone',
    'walking disaster', 'cares about league tables', 'the nerve', 'had the nerve', 'the cheek',
    'catch people out', 'makes up new rules', 'never said thank you',
    'no money for', 'kept well away', 'kept away from', 'pity the',
  ]),
  ...words('verdict', `Neglect or self-interest laid at a leader's door: a pet project, unanswered emails, a fiefdom (${POLICY})`, [
    'pet project', 'vanity project', 'nobody wanted', 'no one wanted', 'nobody asked for', 'no one asked for',
    "hasn't replied", "haven't replied", 'never replies', 'never replied', 'never answers', 'doing nothing',
    'done nothing', 'treats * like', 'treat * like', 'treating * like', 'personal kingdom', 'little kingdom',
    'own little empire', 'little empire', 'binned', 'binned them', 'binned it', 'awful', 'hr complaint',
    'off with stress', 'signed off with stress', 'off sick with stress',
  ]),
  ...words('verdict', `Incompetence, unfairness and contempt, in the everyday words and idioms staff use for them (${POLICY})`, [
    "haven't a clue", "hasn't a clue", "haven't got a clue", "hasn't got a clue", 'lost the plot', "couldn't lead",
    "couldn't manage", 'in a brewery', 'car crash', 'train wreck', 'circus', 'clown show', 'clowns', 'farce',
    'laughing stock', 'embarrassing', 'embarrassment', 'muppets', 'a mess', 'chaos', 'chaotic', 'disorganised',
    'dire', 'terrible', 'horrendous', 'atrocious', 'diabolical', 'woeful', 'abysmal', 'rude', 'arrogant',
    'patronising', 'condescending', 'smug', 'heartless', 'ruthless', 'greedy', 'lip service', 'all talk',
    'empty promises', 'broken promises', 'sick to death', 'had it with', 'end of my tether', 'feel worthless',
    'worthless', 'made to feel', 'feel like dirt', 'low morale', 'morale is', 'rock bottom', 'dread', 'i dread',
    'a bully', 'bullies', 'micromanages', 'favourite', 'her mate', 'his mate', 'their mates', 'jobs for the boys',
    'no respect', 'zero respect', 'never thanked', 'no thanks', 'thanks for nothing', 'wrecked', 'ruined',
  ]),
  ...words('verdict', `What the target does to staff, said as its effect: blame shifted, staff kept in the dark, indifference (${POLICY})`, [
    'allergic to', 'only care about', 'only cares about', "everyone else's fault", "everyone's fault",
    'never had to do', 'clearly never', 'nobody was told', 'no one was told',
  ]),
  ...words('outburst', `Anger or despair at work, said as a short outburst (${POLICY})`, [
    'raging', 'seething', 'livid', 'fuming', 'furious', 'absolutely done', 'done with', 'packing it all in',
    'pack it all in', 'walking out', 'lol at', 'what a joke', 'you couldn\'t make it up', 'couldn\'t make it up',
  ]),
  ...words('burden', `A burden put on staff by the school (${POLICY})`, [
    'expected to', 'expects us', 'expect us', 'expecting a reply', 'force', 'forced', 'forcing', 'heaping',
    'heaping more', 'piling more', 'unpaid', 'told off', 'cutting our', 'cut our', 'moved my ppa', 'compulsory',
    'rewrite every', 'hour week', 'hour weeks', 'treat us like', 'treats us like',
  ]),
]; // prettier-ignore

/**
 * Praise that is a complaint when negated: "Nobody in the senior team has a clue", "not once has anyone upstairs
 * said thank you", "leadership never listens".
 */
export const GRIEVANCE_NEGATED_PRAISE: readonly GrievanceEntry[] = words('verdict', `Praise denied (${POLICY})`, [
  'has a clue', 'have a clue', 'has any idea', 'have any idea', 'said thank you', 'says thank you', 'listens',
  'listen to us', 'listened', 'cares', 'care about us', 'backs us', 'backed us', 'supports us', 'supported us',
  'set foot', 'thanked us', 'valued', 'values us', 'appreciated', 'back staff', 'backs staff', 'back us up',
  'backs us up', 'back staff up', 'consulted', 'consult us', 'asked us',
]); // prettier-ignore

/**
 * Cues that are innocent alone ("Cheers to our head!", "Gutted to say goodbye to our deputy"): they count only
 * when the post has a second grievance cue about a target.
 */
export const GRIEVANCE_WEAK_ACTS: readonly GrievanceEntry[] = [
  ...words('outburst', `Dismay that is often innocent alone (${POLICY})`, [
    'quit', 'quitting', 'resign', 'gutted', 'properly gutted', "can't believe", 'cannot believe', 'no chance',
    'unbelievable', 'why does', 'why do', 'why is', 'why are', 'treated like',
  ]),
  ...words('sarcasm', `Thanks or praise that is sarcastic beside a burden (${POLICY})`, [
    'genius move', 'genius idea', 'bright idea', 'brilliant idea', 'love that for me', 'living the dream',
    'classic', 'cheers', 'thanks ever so much', 'thanks so much', 'thanks leadership', 'thanks bosses',
    'shoutout to', 'shout out to', 'really needed that', 'just what we needed', 'nothing says', 'regards',
    'clearly think', 'love how', 'nice of', 'funny how', 'brilliant planning', 'great planning',
    'top planning', 'meanwhile', 'not one', 'already decided', 'well done to', 'cheers for that', 'oh great',
    'oh good', 'fab', 'top leadership', 'great leadership', 'inspired leadership', 'stellar', 'bravo', 'slow clap',
    'the irony', 'irony', 'lol', 'love being told', 'love it when',
    'love that', 'genius', 'cracking', 'blessed', 'idea of', "'s idea of", 'promised us', 'instead',
  ]),
  ...words('outburst', `Exhaustion or leaving, a grievance when another cue puts it on the school (${POLICY})`, [
    'exhausted', 'shattered', 'drained', 'burnt out', 'burned out', 'broken', 'stressed', 'dreading', 'notice in',
    'my notice', 'leaving', 'left',
  ]),
  ...words('burden', `Timing and extra load that are complaints beside another cue (${POLICY})`, [
    'surprise', 'on a friday', 'friday afternoon', 'at 10pm', 'by 7am', 'ten minutes', 'cancelled', 'again',
    'another', 'extra', 'optional', 'without asking', 'without consulting', 'without telling', 'no consultation',
    'not consulted', 'no notice', 'zero notice', 'last minute', 'on top of', 'more paperwork', 'rewrite', 'redo',
    'cutting', 'cut',
  ]),
]; // prettier-ignore

/**
 * Fear of saying what one thinks of the employer: the target is implied by the sack ("what I really think would get
 * me sacked"), so these count alone.
 */
export const GRIEVANCE_FEAR: readonly GrievanceEntry[] = words('verdict', `Afraid to say it at work (${POLICY})`, [
  'get me sacked', 'get me fired', 'get me the sack', 'get me struck off', 'cost me my job', 'lose my job if',
  "more than my job's worth", "can't say what i think", "can't say what i really", 'not allowed to say what i',
]); // prettier-ignore

/** Workload complaints that count alone: the policy's grievance is about the job, and these name it. */
export const WORKLOAD: readonly GrievanceEntry[] = words('workload', `Names a complaint about the job (${POLICY})`, [
  'dumped marking on us', 'dumped more marking', 'more marking dumped', 'marking dumped on', 'another pointless meeting',
  'pointless meetings', 'pointless staff meeting', 'another staff meeting', 'unpaid overtime', 'unpaid hours',
  'working until midnight', 'no ppa', 'lost my ppa', 'ppa taken', 'cover again', 'covering again',
  'no one tells us anything', 'nobody tells us anything', 'last minute changes', 'data drop again',
  'paperwork for the sake of', 'box ticking', 'box-ticking', 'observation again', 'drop-in again',
  'learning walk again', 'workload is insane', 'workload is ridiculous', 'workload is unmanageable',
  'workload is killing', 'hate my job', 'hate this job', 'hate working here', 'not paid enough', "don't pay us enough",
  'pay rise', 'payslip', 'wrong pay', 'no pay rise',
]); // prettier-ignore
