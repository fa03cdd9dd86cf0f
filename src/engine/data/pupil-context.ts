/**
 * Words around a first name that say whose name it is: a child's (pupil context, praise said to a child) or an
 * adult's (titles and staff roles). Written for Post Guard; each entry notes where it comes from.
 * Phrases are lower case and matched on folded word keys; `#` stands for any number or number word
 * ("year 2", "year two"), and `year#` for a year-group code ("Y2", "Yr2").
 */

export interface PupilCue {
  /** Words of the phrase, folded. */
  phrase: string;
  /** Most words allowed between the end of the phrase and a name after it; -1: the name never follows. */
  nameAfter: number;
  /** Most words allowed between a name and the start of the phrase after it; -1: the name never precedes. */
  nameBefore: number;
  /** Why it says "child". */
  note: string;
}

const POLICY =
  'Welbeck policy, "Social Media Use – Staff": information which could identify a pupil or class';
const PRAISE = 'Celebration posts schools and teachers write about children (praise, awards, assemblies)';
const CLASS = 'A pupil described by their class or year group';

export const PUPIL_CUES: readonly PupilCue[] = [
  { phrase: 'in my class', nameAfter: 4, nameBefore: 4, note: CLASS },
  { phrase: 'in our class', nameAfter: 4, nameBefore: 4, note: CLASS },
  { phrase: 'from my class', nameAfter: 4, nameBefore: 4, note: CLASS },
  { phrase: 'in class #', nameAfter: 3, nameBefore: 3, note: CLASS },
  { phrase: 'from class #', nameAfter: 3, nameBefore: 3, note: CLASS },
  { phrase: 'in year #', nameAfter: 3, nameBefore: 3, note: CLASS },
  { phrase: 'from year #', nameAfter: 3, nameBefore: 3, note: CLASS },
  { phrase: 'in year#', nameAfter: 3, nameBefore: 3, note: CLASS },
  { phrase: 'from year#', nameAfter: 3, nameBefore: 3, note: CLASS },
  { phrase: 'in reception', nameAfter: 3, nameBefore: 3, note: CLASS },
  { phrase: 'from reception', nameAfter: 3, nameBefore: 3, note: CLASS },
  { phrase: 'in nursery', nameAfter: 3, nameBefore: 3, note: CLASS },
  { phrase: 'one of my pupils', nameAfter: 3, nameBefore: 3, note: POLICY },
  { phrase: 'one of our pupils', nameAfter: 3, nameBefore: 3, note: POLICY },
  { phrase: 'one of my students', nameAfter: 3, nameBefore: 3, note: POLICY },
  {
    phrase: 'one of my children',
    nameAfter: 3,
    nameBefore: 3,
    note: 'How primary teachers speak of their class',
  },
  { phrase: 'our pupil', nameAfter: 1, nameBefore: -1, note: POLICY },
  { phrase: 'my pupil', nameAfter: 1, nameBefore: -1, note: POLICY },
  { phrase: 'my student', nameAfter: 1, nameBefore: -1, note: POLICY },
  { phrase: 'our student', nameAfter: 1, nameBefore: -1, note: POLICY },
  { phrase: 'a pupil called', nameAfter: 0, nameBefore: -1, note: POLICY },
  { phrase: 'a pupil named', nameAfter: 0, nameBefore: -1, note: POLICY },
  { phrase: 'a child called', nameAfter: 0, nameBefore: -1, note: POLICY },
  { phrase: 'a child named', nameAfter: 0, nameBefore: -1, note: POLICY },
  { phrase: 'a boy called', nameAfter: 0, nameBefore: -1, note: POLICY },
  { phrase: 'a boy named', nameAfter: 0, nameBefore: -1, note: POLICY },
  { phrase: 'a girl called', nameAfter: 0, nameBefore: -1, note: POLICY },
  { phrase: 'a girl named', nameAfter: 0, nameBefore: -1, note: POLICY },
  { phrase: 'well done', nameAfter: 2, nameBefore: -1, note: PRAISE },
  { phrase: 'congratulations', nameAfter: 2, nameBefore: -1, note: PRAISE },
  { phrase: 'congrats', nameAfter: 2, nameBefore: -1, note: PRAISE },
  { phrase: 'happy birthday', nameAfter: 2, nameBefore: -1, note: PRAISE },
  { phrase: 'so proud of', nameAfter: 1, nameBefore: -1, note: PRAISE },
  {
    phrase: 'little',
    nameAfter: 0,
    nameBefore: -1,
    note: 'How adults speak of a young child ("little Jack")',
  },
  { phrase: 'star of the week', nameAfter: 2, nameBefore: 3, note: PRAISE },
  { phrase: 'star of the day', nameAfter: 2, nameBefore: 3, note: PRAISE },
  { phrase: 'pupil of the week', nameAfter: 2, nameBefore: 3, note: PRAISE },
  { phrase: 'student of the week', nameAfter: 2, nameBefore: 3, note: PRAISE },
  { phrase: 'writer of the week', nameAfter: 2, nameBefore: 3, note: PRAISE },
  { phrase: 'reader of the week', nameAfter: 2, nameBefore: 3, note: PRAISE },
  { phrase: 'headteacher s award', nameAfter: 2, nameBefore: 3, note: PRAISE },
  { phrase: 'golden book', nameAfter: 3, nameBefore: 3, note: PRAISE },
  { phrase: 'certificate', nameAfter: 2, nameBefore: 3, note: PRAISE },
  { phrase: 'years old', nameAfter: -1, nameBefore: 4, note: 'An age next to a name ("Jack, 7 years old")' },
  { phrase: 'lost a tooth', nameAfter: -1, nameBefore: 1, note: 'Milestones posted about young children' },
  { phrase: 's first day', nameAfter: -1, nameBefore: 0, note: 'Milestones posted about young children' },
  { phrase: 'in my group', nameAfter: 3, nameBefore: 3, note: CLASS },
  { phrase: 'in my form', nameAfter: 3, nameBefore: 3, note: 'Secondary schools: a form group' },
];

/** Words and phrases that, right after a name, praise a child ("Hope!" is not enough; "Well done Hope" is). */
export const NAME_CUES_BEFORE: readonly string[] = [
  'well done',
  'congratulations',
  'congrats',
  'happy birthday',
  'thank you',
  'thank you so much',
  'thank you very much',
  'thanks',
  'thanks so much',
  'thanks very much',
  'bravo',
  'go',
  'welcome',
  'proud of',
  'star of the week',
  'little',
];

/**
 * Titles that make the next name an adult's ("Mr James", "Miss Grace", "Dr Patel"). Source: forms of address
 * used for school staff and visitors in UK primary schools.
 */
export const ADULT_TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'miss',
  'ms',
  'mx',
  'dr',
  'sir',
  'dame',
  'lady',
  'lord',
  'prof',
  'professor',
  'rev',
  'reverend',
  'madam',
  'madame',
  'mme',
  'mister',
  'missus',
  'auntie',
  'aunty',
  'aunt',
  'uncle',
  'nan',
  'nanny',
  'nana',
  'grandma',
  'grandad',
  'granddad',
  'grandpa',
  'granny',
  'gran',
  'grandmother',
  'grandfather',
  'coach',
  'captain',
  'father',
  'councillor',
  'cllr',
  'judge',
  'officer',
  'sergeant',
  'pc',
  'president',
  'king',
  'queen',
  'prince',
  'princess',
  'saint',
  'st',
]);

/**
 * Roles that make a name next to them an adult's: "our head Sarah", "Sarah, our TA". Source: staff roles in a UK
 * primary school (DfE school workforce categories) and family words for parents and partners.
 */
export const ADULT_ROLES: ReadonlySet<string> = new Set([
  'head',
  'headteacher',
  'headmaster',
  'headmistress',
  'head teacher',
  'deputy',
  'deputy head',
  'teacher',
  'teachers',
  'ta',
  'tas',
  'hlta',
  'colleague',
  'colleagues',
  'governor',
  'governors',
  'chair',
  'caretaker',
  'senco',
  'dsl',
  'manager',
  'head of',
  'principal',
  'inspector',
  'volunteer',
  'volunteers',
  'chef',
  'cook',
  'cleaner',
  'secretary',
  'administrator',
  'librarian',
  'nurse',
  'doctor',
  'author',
  'visitor',
  'speaker',
  'parent',
  'parents',
  'mum',
  'mom',
  'mother',
  'dad',
  'husband',
  'wife',
  'partner',
  'fiance',
  'fiancee',
  'boyfriend',
  'girlfriend',
  'friend',
  'mp',
  'mayor',
  'vicar',
  'minister',
  'coordinator',
  'assistant',
  'staff',
  'lunchtime supervisor',
  'supervisor',
  'trainee',
  'student teacher',
  'ect',
  'nqt',
]);

/** Words that make the child named next a member of staff's own ("my son", "our little one"). */
export const OWN_CHILD_OWNERS: ReadonlySet<string> = new Set(['my', 'our']);

/**
 * Family words for one's own children and young relatives, after "my" or "our": "My son Arlo starts school
 * tomorrow" is about the member of staff's child, not a pupil. Source: the family words staff use in personal
 * posts (kinship terms of English); written for Post Guard.
 */
export const OWN_CHILD_WORDS: ReadonlySet<string> = new Set([
  'son',
  'sons',
  'daughter',
  'daughters',
  'kid',
  'kids',
  'boy',
  'boys',
  'girl',
  'girls',
  'eldest',
  'oldest',
  'youngest',
  'middle one',
  'little one',
  'little ones',
  'little girl',
  'little boy',
  'baby',
  'baby girl',
  'baby boy',
  'twins',
  'triplets',
  'niece',
  'nieces',
  'nephew',
  'nephews',
  'grandson',
  'grandsons',
  'granddaughter',
  'granddaughters',
  'grandchild',
  'grandchildren',
  'stepson',
  'stepdaughter',
  'step son',
  'step daughter',
  'godson',
  'goddaughter',
  'god daughter',
  'god son',
  'godchild',
  'own child',
  'own children',
]);
// "my children" and "my class" are how primary teachers speak of their pupils: not in the list.
