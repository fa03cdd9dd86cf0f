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
