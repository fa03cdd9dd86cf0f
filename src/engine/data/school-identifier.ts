/**
 * Word lists for recognising a school's name (src/engine/school/school-matcher.ts). Each entry says where it
 * comes from. Sources: the school types in the Department for Education's "Get Information about Schools"
 * register (type of establishment, religious character), and the everyday words staff use about school life.
 */

/**
 * Endings that say what kind of school a name belongs to. They are stripped from the end of the school's
 * name to find its distinctive core ("Welbeck Primary School" -> "Welbeck"). Longest first.
 */
export const SCHOOL_TYPE_SUFFIXES: readonly string[] = [
  'church of england primary school', // GIAS religious character + phase
  'c of e primary school', // common abbreviation of the above
  'primary school', // GIAS phase: primary
  'junior school', // GIAS: junior schools (KS2)
  'infant school', // GIAS: infant schools (KS1)
  'nursery school', // GIAS: maintained nursery schools
  'first school', // three-tier areas (e.g. Northumberland)
  'middle school', // three-tier areas
  'high school', // secondary schools
  'secondary school', // secondary schools
  'grammar school', // selective secondary schools
  'free school', // GIAS: free schools
  'primary academy', // academy trusts' naming
  'school', // generic
  'academy', // GIAS: academy converters and sponsor-led academies
  'primary', // "Welbeck Primary"
  'juniors', // informal plural used by staff and parents
  'junior',
  'infants', // informal plural used by staff and parents
  'infant',
  'church of england', // GIAS religious character
  'c of e', // abbreviation of Church of England
  'ce', // abbreviation of Church of England
  'c.e.', // abbreviation with full stops
  'catholic', // GIAS religious character
  'rc', // Roman Catholic
  'community', // GIAS: community schools
  'federation', // federated schools share a name
  'college', // some secondary schools
];

/**
 * Kind-of-school words that, written after the core of the name, make it clearly the school
 * ("Welbeck Primary", "Welbeck Academy", "Welbeck Juniors").
 */
export const SCHOOL_KIND_WORDS: readonly string[] = [
  'Primary School', // the usual full form
  'Primary', // the usual short form
  'School', // generic
  'Academy', // academies
  'Primary Academy', // academy trusts' naming
  'Juniors', // informal: the junior department
  'Infants', // informal: the infant department
  'Junior School',
  'Infant School',
  'Nursery', // the school's nursery
  'PTA', // parent-teacher association: "Welbeck PTA"
  'PTFA', // parent, teacher and friends association
];

/**
 * Words that, right after the bare core of the name, show it is the school rather than a place of the same name
 * ("Welbeck staff", "Welbeck's pupils"). Everyday vocabulary of school life.
 */
export const SCHOOL_CONTEXT_NOUNS: readonly string[] = [
  'pupils', // the children at the school
  'pupil',
  'children', // "Welbeck children"
  'kids', // informal
  'staff', // "Welbeck staff"
  'staffroom', // the staff room
  'teachers',
  'teacher',
  'parents', // "Welbeck parents"
  'families', // "Welbeck families"
  'family', // "the Welbeck family" (school community)
  'community', // "the Welbeck community"
  'governors', // school governing body
  'head', // "the Welbeck head"
  'headteacher',
  'playground',
  'assembly',
  'nativity', // Christmas play
  'choir',
  'football', // school teams
  'netball',
  'team', // "the Welbeck team"
  'leavers', // Year 6 leavers
  'uniform', // school uniform
  'fete', // summer fair
  'fair', // summer or Christmas fair
  'sports', // "Welbeck sports day"
  'open', // "Welbeck open day"
  'ofsted', // inspection
  'kitchen', // "the Welbeck kitchen team"
  'office', // school office
  'library',
  'hall',
  'classroom',
  'classrooms',
  'class',
  'reunion', // ex-pupils
  'panto', // staff pantomime
  'concert',
];

/**
 * Words of school life: "at Welbeck" or "from Welbeck" in a passage with one of these is about the school
 * ("Sports day at Welbeck", "the children at Welbeck"), not a walk round the Welbeck estate.
 */
export const SCHOOL_LIFE_WORDS: readonly string[] = [
  'school', 'pupils', 'pupil', 'children', 'kids', 'class', 'classes', 'classroom', 'teach', 'teacher', 'teachers',
  'teaching', 'staff', 'head', 'headteacher', 'assembly', 'playground', 'term', 'inset', 'ofsted', 'sats',
  'nativity', 'sports', 'parents', 'pta', 'governors', 'lesson', 'lessons', 'marking', 'reception', 'nursery',
  'year', 'supply', 'job', 'colleagues', 'leavers', 'pickup', 'homework', 'phonics', 'trip', 'residential',
]; // prettier-ignore

/** Verbs that, before "at <core>", show the writer works or studies at the school ("I teach at Welbeck"). */
export const SCHOOL_WORK_VERBS: readonly string[] = [
  'work', // "I work at Welbeck"
  'works',
  'working',
  'worked',
  'teach', // "I teach at Welbeck"
  'teaches',
  'teaching',
  'taught',
  'job', // "my new job at Welbeck"
  'role', // "my role at Welbeck"
  'post', // "a post at Welbeck"
  'placement', // trainee teachers
  'staff', // "on the staff at Welbeck"
  'volunteer', // volunteers
  'volunteering',
  'started', // "started at Welbeck"
  'starting',
  'start',
  'headteacher', // "headteacher at Welbeck"
  'teacher', // "a teacher at Welbeck"
  'assistant', // "teaching assistant at Welbeck"
  'ta', // teaching assistant
  'senco', // special needs coordinator
  'governor',
  'head', // "head at Welbeck"
  'supply', // "on supply at Welbeck"
];
