/**
 * Closed classes of English words that tell whether a word that is also a name is used as the name or as the
 * ordinary word: what stands before a noun (determiners, possessives), what follows a verb or a question modal
 * (pronouns, quantifiers, "to"), and the finite verb forms a subject is followed by. Function words are a closed
 * class; the lists were written for Post Guard from a standard grammar of English (the determiner, pronoun and
 * preposition tables and the irregular-verb table of the Collins COBUILD English Grammar), not copied. Matched on
 * folded word keys.
 */

/** Words that make the next word a common noun or adjective: "a ruby necklace", "the ivy", "our summer fair". */
export const DETERMINERS: ReadonlySet<string> = new Set(
  `a an the this that these those every each no some any such what which whose my our your their its his
   another either neither both much more most all`.split(/\s+/),
);

/** Adjectives that come before a noun in posts, so the next word is a noun: "red rose", "wild poppies". */
export const NOUN_ADJECTIVES: ReadonlySet<string> = new Set(
  `new great real pure full high low false big wild red white pink yellow purple blue deep dark early late mid
   old fresh single giant golden`.split(/\s+/),
);

/** Prepositions: a capital after one is weaker evidence of a name ("in Summer", "at Ruby's"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  `of by in on at for with into from to about after before during until without through under over near like
   than as`.split(/\s+/),
);

/** Subject pronouns: "I hope", "we will" make the word after them a verb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  `i we you they he she it who everyone everybody someone people`.split(/\s+/),
);

/**
 * Words that follow a verb or a question modal at the start of a sentence and cannot follow a name that is its
 * subject: "Hope you…", "Hope to…", "Will we…", "Will there be…", "Hope everyone…".
 */
export const AFTER_A_VERB_USE: ReadonlySet<string> = new Set(
  `you we they i it there this that these those the a an all everyone everybody anyone someone to so your our
   he she us them`.split(/\s+/),
);

/** Copula, auxiliaries and verbs of state: a season or an idea can be their subject ("Summer is here"). */
export const STATE_VERBS: ReadonlySet<string> = new Set(
  `is was s has had seems seemed remains remained starts started begins began ends ended comes came arrives
   arrived lasts lasted returns returned means meant matters mattered feels felt looks looked will would can could
   may might must should shall does did isn wasn hasn`.split(/\s+/),
);

/** Irregular past forms and frequent present forms of verbs of what a person does. */
const ACTION_VERBS = `won made drew read sang wrote brought gave showed told said took ran went got found beat
  built lost swam threw caught taught bought left met led sat stood wore ate spoke chose knew grew flew fell kept
  slept held heard thought saw sold spent sent did became hid rode rang shook stole struck swung tore woke dug
  says loves likes wants enjoys plays reads writes sings draws makes helps goes gets thinks knows needs tries wins
  runs turns joins leads brings shows takes gives scores dances swims paints builds tells asks laughs smiles cries
  worked finished helped scored painted`;

/** Finite verbs that follow a subject: the state verbs and the action verbs. */
export const FINITE_VERBS: ReadonlySet<string> = new Set([...STATE_VERBS, ...ACTION_VERBS.split(/\s+/)]);

/** Adverbs and time words that may follow a name or a noun alike ("Ruby today", "Summer again"). */
export const ADVERBS: ReadonlySet<string> = new Set(
  `today tonight yesterday tomorrow now here there again also always really very too just still even then
   once twice first last so not never`.split(/\s+/),
);

/** Words that join or open a clause rather than name a thing: "Rose and…", "Summer but…". */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(
  `and or but nor if because when while though although where whether`.split(/\s+/),
);

/** Third-person pronouns: later in the sentence they say the subject was a person ("… her poem made…"). */
export const THIRD_PERSON: ReadonlySet<string> = new Set(['her', 'his', 'she', 'he', 'herself', 'himself']);

/** A finite verb by its form or the lists: the state and action verbs, and regular past tenses ("scored"). */
export function isFiniteVerb(key: string): boolean {
  return FINITE_VERBS.has(key) || (/^\p{L}{3,}ed$/u.test(key) && !/(?:eed|ied)$/.test(key));
}

/** Whether a finite verb is a verb of state (weak evidence of a person as its subject). */
export function isStateVerb(key: string): boolean {
  return STATE_VERBS.has(key);
}

/**
 * Nouns for people, as posts about children use them: what a child is called ("our star", "a credit to the
 * school"), the people a child is listed with ("Hope and friends", "Ruby and mum"), and roles. A word that is
 * also a name, beside one of these, may be the child, so these never count as evidence for the ordinary word.
 * Nouns ending in an agent suffix (-er, -or, -ist, -ian: "reader", "author", "artist", "musician") count too
 * (isPersonNoun). Written for Post Guard from the person nouns of school celebration posts.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `star superstar champion champ rep representative hero heroine monitor captain prefect ambassador leader
   winner pupil student child children kid kids girl girls boy boys baby toddler friend friends mate mates
   buddy classmate classmates teammate teammates team family mum mom mummy dad daddy mam nan nana nanna grandma
   grandad grandpa granny brother brothers sister sisters twin twins cousin cousins co crew gang everyone
   everybody others member members delight credit pleasure treasure asset natural talent gem sweetheart angel
   person people one lady gentleman girlie chap legend role model musician poet athlete pupils students joy soul
   character spark ray bundle help`.split(/\s+/),
);

/** A noun for a person: the list, or an agent noun by its ending ("swimmer", "author", "artist", "comedian"). */
export function isPersonNoun(key: string): boolean {
  return PERSON_NOUNS.has(key) || /^\p{L}{3,}(?:er|or|ist|ian)s?$/u.test(key);
}

/**
 * What is said of a time and not of a person: "Summer is here", "Autumn is (nearly) over", "May is upon us". After
 * the copula, with only adverbs between, they make a season or month the subject.
 */
export const TIME_PREDICATES: ReadonlySet<string> = new Set(`here over upon coming near gone`.split(/\s+/));

/**
 * What is said of a feeling or an idea and not of a person: "Joy is catching", "Hope is everywhere", "Faith is
 * priceless".
 */
export const IDEA_PREDICATES: ReadonlySet<string> = new Set(
  `catching contagious infectious everywhere priceless timeless eternal universal`.split(/\s+/),
);

/** Adverbs of degree and time that may stand between the copula and what it says: "is nearly here". */
export const DEGREE_ADVERBS: ReadonlySet<string> = new Set(
  `so very nearly almost just really finally already truly quite always not never officially well`.split(
    /\s+/,
  ),
);

/** The copula, present and past, for a word used as its subject ("Hope is…", "Summer was…"). */
export const COPULA: ReadonlySet<string> = new Set(['is', 'was', 'isn', 'wasn']);

/** Relative pronouns that follow a person and not a thing ("It was Will who spotted…"). */
export const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);
