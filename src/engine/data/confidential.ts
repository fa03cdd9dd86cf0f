/**
 * Confidential material, as data for src/engine/rules/confidential.ts: safeguarding and pupil-welfare details,
 * school business before it is public, and hints of secrets. Phrases that name the material count alone or with a
 * school word nearby (CONFIDENTIAL, CONFIDENTIAL_ALONE); the rest is read as a target and an act: a child or a case
 * with what is disclosed about them ("Little lad in my class told me what goes on at home"), and a hint of a
 * secret ("can't say much but…", "watch this space") about the school, its staff or a family. Written for Post
 * Guard; each group says where it comes from.
 */
import type { ConductEntry } from './tone-conduct';

const phrases = (kind: string, note: string, terms: readonly string[]): ConductEntry[] =>
  terms.map((term) => ({ term, kind, note }));

// ---- Already-named material --------------------------------------------------------------------------------------------

const SAFEGUARDING =
  'Safeguarding and pupil welfare: Keeping Children Safe in Education (DfE) requires such information to be shared only with those who need it';
const UNANNOUNCED =
  'School business not yet public (inspections, restructures, staffing): "commercially sensitive material"';
const SECRECY = 'Says itself that it is confidential or secret';

export const CONFIDENTIAL: readonly ConductEntry[] = [
  ...phrases('safeguarding', SAFEGUARDING, [
    'disclosure', 'disclosed', 'made a disclosure', 'a disclosure today', 'safeguarding concern', 'safeguarding issue',
    'safeguarding referral', 'safeguarding meeting', 'safeguarding case', 'child protection', 'cp plan', 'cp case',
    'cp meeting', 'cp conference', 'child in need', 'cin meeting', 'cin plan', 'social services', 'social worker',
    "pupil's social worker", 'children’s services', "children's services", 'mash referral', 'mash', 'made a referral',
    'referred to', 'lado', 'early help', 'looked after child', 'looked-after child', 'foster care',
    'foster placement', 'care order', 'domestic abuse', 'domestic violence', 'neglect', 'being neglected',
    'self harm', 'self-harm', 'self harming', 'self-harming', 'suicidal', 'abuse at home', 'abused', 'police came',
    'police were called', 'police involved', 'arrested', 'court case', 'custody battle', 'excluded', 'exclusion',
    'permanent exclusion', 'permanently excluded', 'fixed term exclusion', 'suspended', 'suspension', 'ehcp',
    'ehc plan', 'diagnosis', 'diagnosed with', 'assessed for', 'adhd', 'autism diagnosis', 'free school meals', 'fsm', 'pupil premium', 'young carer', 'bereavement', 'bereaved', 'his mum died', 'her mum died', 'his dad died', 'her dad died', 'parents are separating', 'parents split up',
    'in prison', 'behaviour plan', 'attendance panel', 'fine for attendance', 'prevent referral',
    'channel referral', 'fgm', 'county lines', 'cse', 'sexual abuse', 'camhs', 'camhs referral', 'social care',
    'being abused',
  ]),
  ...phrases('unannounced', UNANNOUNCED, [
    'ofsted are coming', 'ofsted is coming', 'ofsted are in', 'ofsted call', 'ofsted called', 'the call came',
    'got the call', 'ofsted next week', 'ofsted tomorrow', 'inspection next week', 'inspection tomorrow',
    'being inspected', 'mock ofsted', 'ofsted grade', 'ofsted result', 'ofsted outcome', 'requires improvement',
    'special measures', 'restructure', 'restructuring', 'redundancies', 'redundancy', 'being made redundant',
    'job cuts', 'staff cuts', 'budget cuts', 'academy conversion', 'academisation', 'converting to an academy',
    'joining a trust', 'merger', 'merging with', 'closing down', 'school is closing', 'going to close', 'head is leaving', 'head is retiring', 'resigned', 'has been suspended', 'under investigation', 'disciplinary',
    'tribunal', 'grievance', 'whistleblowing', 'staff are leaving', 'not been announced',
    'not announced yet', 'before it is announced', "before it's announced", "haven't told parents",
    'parents don’t know yet', "parents don't know yet", 'not public yet',
    'handed in their notice', 'handed in her notice', 'handed in his notice', 'signed off', "won't be back",
    'walked off site', 'job losses', 'losing half', 'taking us over', 'take us over', 'academised', 'closure',
    'graded inadequate', 'inadequate', 'interviews for a new head', "isn't coming back", 'ofsted phone call',
    'ofsted rang', 'ofsted phoned', 'ofsted have called', 'ofsted has called', 'inspection outcome',
    'inspection result', 'inspection results', 'inspection grade', 'inspection judgement', 'planning to close',
    'plans to close', 'to close our', 'being let go', 'let go', 'pending investigation', 'allegation against',
    'allegations against', 'an allegation', 'malpractice', 'under review', 'draft report', 'draft inspection',
    'leaving at christmas', 'leaving at easter', 'leaving in july', 'new head by', 'takeover', 'taken over',
    'inspectors arrive', 'inspectors are in', 'inspectors are coming', 'ofsted in tomorrow', 'ofsted on monday',
    'the inspectors', 'inspectors will be in', 'deficit', 'hiding them from parents', 'hiding it from parents',
  ]),
  ...phrases('secrecy', SECRECY, [
    'confidential', 'strictly confidential', 'in confidence', 'between us', 'between you and me', 'between ourselves',
    'keep it quiet', 'keep this quiet', 'keep it to yourself', 'keep this to yourself', 'keep it under your hat',
    "don't tell anyone", 'do not tell anyone', "don't repeat this", 'off the record', "shouldn't be saying this",
    "shouldn't really say", "not supposed to say", "i'm not meant to say", 'not meant to tell', 'top secret', 'hush hush', 'hush-hush', 'on the quiet', 'on the qt', 'mum’s the word', "mum's the word",
    "don't spread this", 'for your eyes only', 'leaked', 'insider info', 'inside info', 'heard on the grapevine',
    'rumour is', 'rumour has it', "don't share this", 'do not share this', "can't say more", 'cannot say more', 'not supposed to tell',
  ]),
]; // prettier-ignore

/** Words that place a confidential phrase in school: only then is "excluded", "budget" or "results" sensitive. */
export const SCHOOL_CONTEXT: readonly ConductEntry[] = phrases('school', 'Places the sentence in school', [
  'pupil', 'pupils', 'child', 'children', 'kid', 'kids', 'student', 'students', 'class', 'classes', 'school',
  'our school', 'my school', 'year', 'reception', 'nursery', 'parent', 'parents', 'family', 'families', 'staff',
  'colleague', 'colleagues', 'head', 'headteacher', 'governors', 'slt', 'teacher', 'teachers', 'ta', 'lesson',
  'one of mine', 'one of my', 'little one', 'boy', 'girl', 'ofsted', 'trust', 'academy', 'at work', 'my job',
  'deputy', 'staffing', 'support staff', 'our place', 'mum', 'dad', 'carer', 'pick-up', 'pick up', 'drop-off',
  'drop off',
]); // prettier-ignore

/** Confidential phrases that count without a school word nearby. */
export const CONFIDENTIAL_ALONE: readonly string[] = [
  'academised', 'graded inadequate', 'interviews for a new head', 'walked off site', 'taken into care',
  'safeguarding concern', 'safeguarding issue', 'safeguarding referral', 'safeguarding case', 'child protection',
  'cp plan', 'cp case', 'cp conference', 'social services', 'social worker', 'made a disclosure', 'a disclosure today',
  'mash referral', 'lado', 'confidential', 'strictly confidential', 'between you and me', 'keep it quiet',
  'keep this quiet', 'off the record', "don't tell anyone", 'do not tell anyone', 'ofsted are coming',
  'ofsted is coming', 'got the call', 'ofsted next week', 'ofsted tomorrow', 'restructure', 'restructuring',
  'redundancies', 'not been announced', 'not announced yet', 'not public yet', 'special measures',
  'permanently excluded', 'permanent exclusion', 'looked after child', 'looked-after child', 'prevent referral',
  'channel referral', "shouldn't be saying this", 'keep it to yourself', 'keep this to yourself',
  'between ourselves', 'in confidence', 'fgm', 'county lines', 'cin meeting', 'cp meeting', 'early help',
  'camhs referral', "don't share this", 'do not share this', 'not supposed to say', 'not supposed to tell',
  'social care', 'ofsted rang', 'ofsted phoned', 'inspection outcome', 'inspection result', 'inspection grade',
]; // prettier-ignore

/** A child or a case: who a welfare disclosure is about. */
export const CHILD_REFERENCES: readonly ConductEntry[] = phrases('child', 'Refers to a particular child or family in the writer\'s care', [
  'one of my', 'one of mine', 'one of our', 'little lad', 'little one', 'little girl', 'little boy', 'poor little',
  'girl in my', 'boy in my', 'child in my', 'pupil in my', 'kid in my', 'in my class', 'in my form', 'my form',
  'my tutees', 'one of my tutees', 'tutee', 'a year * boy', 'a year * girl', 'year * boy', 'year * girl', 'the family',
  'a family', 'that family', 'one of our families', 'our families', 'mum of', 'dad of', 'stepdad', 'stepmum',
  'his mum', 'her mum', 'his dad', 'her dad', 'the boy', 'the girl', 'a pupil', 'pupil', 'a child', 'the child',
  'reception kids', 'year 3s', 'year 6 boy', 'my pupils', 'his ehcp', 'her ehcp', 'one of the kids',
  'one of the children', 'one of the pupils', 'one of the families', 'a mum', 'a dad', 'a parent', 'one mum',
  'my lot', 'one of my lot', 'a lad in', 'lad in year', 'a girl in year', 'a boy in year', 'little one in',
  'in my tutor group', 'my tutor group', 'my pupil', "my pupil's", 'child in', 'a child in', 'boy in', 'girl in',
  'one of our pupils', 'one of our children', 'our year * boy', 'our year * girl', 'mum', 'dad',
]); // prettier-ignore

const WELFARE =
  'What happens to a child at home or in care, told by the adult they trusted (Keeping Children Safe in Education: share only with the DSL)';

/** What is disclosed about a child: counts with a child reference in the same sentence or one beside it. */
export const WELFARE_ACTS: readonly ConductEntry[] = phrases('safeguarding', WELFARE, [
  'told me what', 'told me something', 'told me about', 'what goes on at home', 'goes on at home', 'at home',
  'in tears', 'bruises', 'bruised', 'hits', 'hit her', 'hit him', 'taken into care', 'into care', 'in care',
  'in prison', 'self-harming', 'self harming', 'fleeing', 'escalated', 'pass it', 'passed it', 'the dsl', 'dsl',
  'reported it', 'a referral', 'referral', 'police', 'officers', 'excluded', 'excluded for good', 'assessed',
  'being assessed', 'ehcp', 'came through', 'social worker', 'children\'s services', 'child protection plan',
  'heartbreaking', 'something horrible', 'something awful', 'going through something', 'won\'t engage',
  'rough day', 'disclosed', 'tough time at home', 'hard time at home', 'not good at home', 'ran away',
  'run away', 'running away', 'no breakfast', 'hungry', 'logged it', 'logged a concern', 'social care',
  'the safeguarding team', 'being abused', 'abused', 'tac meeting', 'team around the child', 'core group',
  'strategy meeting', 'section 47', 'lac review', 'pep meeting', 'moved placement', 'placement', 'custody',
  'managed move', 'sent home', 'camhs', 'self-harm', 'self harm', 'police in', 'the police', 'on a cp plan',
  'cp plan', 'protection plan', 'excluded today', 'turned up with', 'no one at home', 'nobody at home',
  "didn't turn up", 'devastated', 'worried sick',
]); // prettier-ignore

const HINT =
  'Hints at a secret or at news not yet public (the policy: "Do not publish confidential or commercially sensitive material")';

/**
 * Hints of a secret: innocent about a play or Sports Day ("Watch this space for photos"), confidential about the
 * school, its staff or a family. They count only with a sensitive subject in the same sentence or one beside it.
 */
export const CONFIDENTIAL_HINTS: readonly ConductEntry[] = phrases('secrecy', HINT, [
  "can't say much", 'cannot say much', "can't say who", "can't say more", "can't go into it", "can't go into details",
  "can't go into", 'watch this space', 'not allowed to say', 'under wraps', 'keep that one', "let's just say",
  'lets just say', 'not meant to share', 'keep it hush', 'hush', 'lips are sealed', 'my lips are sealed',
  'whisper it', 'nothing official yet', 'not official yet', 'nothing official', 'heard it here first',
  "can't spill", 'sneak peek', "i'll dm you", 'dm you', 'between us', 'embargoed', 'rumours', 'rumour',
  "nobody's been told", 'nobody has been told', "parents don't know", 'parents have no idea', "hasn't told anyone",
  'say no more', 'guess who', 'apparently', 'got a feeling', 'not allowed', 'before it is public', 'heard',
  'massive news', 'big news', 'big changes', 'official news', "won't say", 'not saying which', 'not saying who',
  'will be revealed', 'all will be revealed', 'something big', 'knows yet', 'know yet', 'not supposed to know',
  'not meant to know', 'shh', 'shhh', "can't name names", 'no names', "can't give details", "can't give any details",
  'not allowed to talk', 'sworn to secrecy', 'mark my words', "didn't hear it from me", 'heard a whisper',
  'whispers', 'unofficially', "won't be long before", 'find out why', 'really left', "staff don't know",
  "can't comment", 'no comment', 'between you and me', 'keep this between', 'not public', 'obviously i can\'t',
  "i can't give", 'not for sharing',
]); // prettier-ignore

/** Subjects that make a hint of a secret confidential: the school's future, its staff, a child or a family. */
export const SENSITIVE_SUBJECTS: readonly ConductEntry[] = phrases('subject', 'The school\'s business, its staff, a child or a family', [
  'our school', 'our place', 'the school', 'this school', 'staffing', 'staff', 'member of staff', 'the head',
  'our head', 'next head', 'new head', 'deputy', 'our deputy', 'trust', 'the trust', 'ofsted', 'inspection',
  'inspectors', 'inspection report', 'changes', 'family', 'families', 'pupil', 'pupils', 'child', 'boy', 'girl',
  'colleague', 'budget', 'deficit', 'leaving', 'teachers', 'teacher', 'support staff', 'closure',
  'merging', 'the governors', 'governors', 'job losses', 'notice', 'maternity', "who's leaving", 'leadership',
  'our leadership', 'slt', 'management', 'nursery', 'kids', 'headship', 'head teacher', 'headteacher', 'department', 'restructure', 'redundancy', 'redundancies',
  'exam board', 'coursework', 'disciplinary', 'suspension', 'allegation', 'merger', 'the top', 'at the top',
  'a certain colleague', 'colleague', 'staffroom',
]); // prettier-ignore
