/**
 * Clause helpers over the terms of one sentence: who does what (subject, verb, object), whether it is negated, a
 * question, addressed to the reader, or an order ("Get them out"). The conduct rules use them to read what a
 * sentence does to its target, so that new wordings of the same act are caught.
 *
 * The terms come from compromise's tagger when it has run on the sentence (src/engine/nlp/tagger.ts), else from
 * a coarse tagger here that knows only closed word classes (pronouns, modals, negatives, question words,
 * auxiliaries) and a few endings. Every helper works on both; tagged terms make subject and verb more exact.
 */

/** One word of a sentence with its part-of-speech tags (compromise tag names: Verb, Modal, Negative, Pronoun…). */
export interface StructureTerm {
  text: string;
  /** Lower case, apostrophes and accents folded ("couldn't" → "couldn't", "Héllo" → "hello"). */
  normal: string;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  tags: readonly string[];
}

export interface ClauseParts {
  /** Term indices, inclusive; undefined when the clause has none written ("Get them out"). */
  subject?: { first: number; last: number };
  /** The main verb (after any modal or auxiliary). */
  verb?: number;
  object?: { first: number; last: number };
  /** The verb is negated: "couldn't organise", "has never listened", "doesn't care". */
  negated: boolean;
}

const PRONOUNS = new Set([
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'yours', 'u', 'ur', 'he', 'him', 'his', 'she', 'her', 'it',
  'its', 'they', 'them', 'their', 'myself', 'yourself', 'yourselves', 'ourselves', 'themselves',
]); // prettier-ignore
const SECOND_PERSON = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  'u',
  'ur',
  "you're",
  'youre',
  'ya',
  'yall',
]);
const MODALS = new Set([
  'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', "can't", 'cant', 'cannot',
  "couldn't", 'couldnt', "won't", 'wont', "wouldn't", 'wouldnt', "shouldn't", 'shouldnt', "mustn't", "ll", "'ll",
]); // prettier-ignore
const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'m", "'re", "'s", 'has', 'have', 'had', "'ve", 'do',
  'does', 'did', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "don't", "doesn't",
  "didn't", 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'hasnt', 'havent',
]); // prettier-ignore
const NEGATIVES = new Set([
  'not',
  'never',
  "n't",
  'no',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'cannot',
]);
const QUESTION_WORDS = new Set(['who', 'what', 'why', 'how', 'when', 'where', 'which', 'whose', 'whom']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'every',
  'each',
  'some',
  'any',
  'all',
]);
const PREPOSITIONS = new Set([
  'for', 'to', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'into', 'after', 'before', 'over', 'under',
  'round', 'around', 'since', 'until', 'till', 'than', 'as', 'like',
]); // prettier-ignore
const RELATIVES = new Set(['who', 'whoever', 'which', 'whom', 'whatever']);
const CONJUNCTIONS = new Set([
  'and',
  'but',
  'or',
  'so',
  'because',
  'cos',
  'if',
  'while',
  'although',
  'though',
  'then',
]);

export const hasTag = (term: StructureTerm | undefined, tag: string): boolean =>
  term !== undefined && term.tags.includes(tag);

const isNegativeTerm = (term: StructureTerm): boolean =>
  hasTag(term, 'Negative') || NEGATIVES.has(term.normal) || /n['’]?t$/.test(term.normal);

/** Coarse tags for one word, from closed word classes and endings: the fallback when compromise has not run. */
export function coarseTags(normal: string): string[] {
  const tags: string[] = [];
  if (PRONOUNS.has(normal)) tags.push('Pronoun', 'Noun');
  if (MODALS.has(normal)) tags.push('Verb', 'Modal', 'Auxiliary');
  else if (AUXILIARIES.has(normal)) tags.push('Verb', 'Auxiliary');
  if (NEGATIVES.has(normal) || /n['’]t$/.test(normal)) tags.push('Negative');
  if (QUESTION_WORDS.has(normal)) tags.push('QuestionWord');
  if (DETERMINERS.has(normal)) tags.push('Determiner');
  if (PREPOSITIONS.has(normal)) tags.push('Preposition');
  if (CONJUNCTIONS.has(normal)) tags.push('Conjunction');
  if (tags.length === 0 && normal.length > 3 && /[^e]ed$/.test(normal)) tags.push('Verb', 'PastTense');
  return tags;
}

/** Terms for a sentence from its words alone (coarse tags), for when the tagger has not run yet. */
export function coarseTerms(words: readonly { text: string; start: number; end: number }[]): StructureTerm[] {
  return words.map((word) => {
    const normal = word.text.toLowerCase().replace(/’/g, "'");
    return { text: word.text, normal, start: word.start, end: word.end, tags: coarseTags(normal) };
  });
}

const isVerb = (term: StructureTerm): boolean => hasTag(term, 'Verb');
const isHelper = (term: StructureTerm): boolean => hasTag(term, 'Modal') || hasTag(term, 'Auxiliary');
const isNominal = (term: StructureTerm): boolean =>
  hasTag(term, 'Noun') ||
  hasTag(term, 'Pronoun') ||
  hasTag(term, 'Determiner') ||
  hasTag(term, 'Adjective') ||
  hasTag(term, 'Possessive') ||
  (!isVerb(term) && !hasTag(term, 'Preposition') && !hasTag(term, 'Conjunction') && !isNegativeTerm(term));

/**
 * Subject, main verb, object and negation of the first clause starting at term `from`. The subject is the run of
 * nominal words before the first verb; the verb is the first verb after any modal or auxiliary; the object runs
 * from after the verb to the next preposition, conjunction or the end.
 */
export function clauseParts(terms: readonly StructureTerm[], from = 0): ClauseParts {
  let first = -1;
  for (let i = from; i < terms.length; i++) {
    if (isVerb(terms[i]!)) {
      first = i;
      break;
    }
  }
  if (first === -1) return { negated: false };
  // "Whoever runs the rota couldn't…", "The people who run my school can't…": the first verb belongs to a relative
  // clause inside the subject; the main verb starts at the next modal or auxiliary.
  const relative = terms.slice(from, first).some((term) => RELATIVES.has(term.normal));
  let relativeSubject = false;
  if (relative) {
    const next = terms.findIndex((term, i) => i > first && isHelper(term));
    if (next > first) {
      first = next;
      relativeSubject = true;
    }
  }
  let verb = first;
  let negated = false;
  for (let i = first; i < terms.length; i++) {
    const term = terms[i]!;
    if (isNegativeTerm(term)) negated = true;
    const helper = isHelper(term) || hasTag(term, 'Adverb') || (isNegativeTerm(term) && !isVerb(term));
    if (helper && i + 1 < terms.length) continue;
    verb = i;
    break;
  }
  const parts: ClauseParts = { verb, negated };
  let subjectFirst = first;
  if (relativeSubject) subjectFirst = from;
  else while (subjectFirst > from && isNominal(terms[subjectFirst - 1]!)) subjectFirst--;
  if (subjectFirst < first) parts.subject = { first: subjectFirst, last: first - 1 };
  let objectLast = verb;
  for (let i = verb + 1; i < terms.length; i++) {
    const term = terms[i]!;
    if (hasTag(term, 'Preposition') || hasTag(term, 'Conjunction') || isVerb(term)) break;
    objectLast = i;
  }
  if (objectLast > verb) parts.object = { first: verb + 1, last: objectLast };
  return parts;
}

/** True if term i is negated: a negative word among the (up to three) terms before it in its clause. */
export function isNegatedTerm(terms: readonly StructureTerm[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const term = terms[j]!;
    if (isNegativeTerm(term)) return true;
    if (hasTag(term, 'Conjunction')) return false;
  }
  return false;
}

/** True if the sentence asks a question: ends with "?", or opens with a question word or an inverted auxiliary. */
export function isQuestion(terms: readonly StructureTerm[], sentenceText: string): boolean {
  if (/\?\s*\S{0,3}\s*$/u.test(sentenceText)) return true;
  const opening = terms[0];
  if (!opening) return false;
  return hasTag(opening, 'QuestionWord') && isHelper(terms[1] ?? opening) && terms.length > 2;
}

/** True if the sentence speaks to the reader: "you", "your", "yourself". */
export function addressesReader(terms: readonly StructureTerm[]): boolean {
  return terms.some((term) => SECOND_PERSON.has(term.normal));
}

/**
 * True if the sentence is an order or a call to act: it opens with a bare verb and has no subject of its own
 * ("Get them out", "Vote them all out", "Make sure they're gone"), optionally after "please", "just" or "so".
 */
export function isImperative(terms: readonly StructureTerm[]): boolean {
  let i = 0;
  while (i < terms.length && /^(please|just|so|now|go|and|pls|plz)$/.test(terms[i]!.normal)) i++;
  const head = terms[i];
  if (!head) return false;
  if (hasTag(head, 'Imperative') || hasTag(head, 'Infinitive')) return !isHelper(head);
  // Coarse terms: an untagged opening word followed by an object pronoun ("Get them", "Kick them").
  const next = terms[i + 1];
  return (
    head.tags.length === 0 &&
    next !== undefined &&
    /^(them|him|her|it|us|em|'em|this|that)$/.test(next.normal)
  );
}

/** Tags a sentence's text, or says it has not been tagged yet (compromise's SentenceTagger.tag has this shape). */
const CONTRACTIONS = new Set(['t', 's', 're', 've', 'll', 'd', 'm']);

export type TagSentence = (sentence: string) => readonly StructureTerm[] | undefined;

export interface SentenceTerms {
  /** Offset of the sentence in the text: add it to a term's start and end. */
  offset: number;
  text: string;
  terms: readonly StructureTerm[];
  /** True when the terms come from the tagger, false when from the coarse tags. */
  tagged: boolean;
}

/**
 * The terms of sentence `sentence` of a text, given its words (each with the index of its sentence): tagged by
 * `tag` when it answers, else coarse.
 */
export function sentenceTerms(
  text: string,
  words: readonly { start: number; end: number; sentence: number }[],
  sentence: number,
  tag?: TagSentence,
): SentenceTerms | undefined {
  const own = words.filter((word) => word.sentence === sentence);
  if (own.length === 0) return undefined;
  const offset = own[0]!.start;
  // Keep a closing "?" or "!" with the sentence: isQuestion reads it.
  const end = /^[^\S\n]*[?!]+/.exec(text.slice(own[own.length - 1]!.end))?.[0].length ?? 0;
  const sentenceText = text.slice(offset, own[own.length - 1]!.end + end);
  const tagged = tag?.(sentenceText);
  if (tagged) return { offset, text: sentenceText, terms: tagged, tagged: true };
  // Word tokenizers split "couldn't" into "couldn" and "t": join contractions back into one term.
  const joined: { text: string; start: number; end: number }[] = [];
  for (const word of own) {
    const previous = joined[joined.length - 1];
    const suffix = text.slice(word.start, word.end).toLowerCase();
    if (
      previous &&
      /^['’]$/.test(text.slice(previous.end + offset, word.start)) &&
      CONTRACTIONS.has(suffix)
    ) {
      previous.end = word.end - offset;
      previous.text = text.slice(previous.start + offset, word.end);
    } else
      joined.push({
        text: text.slice(word.start, word.end),
        start: word.start - offset,
        end: word.end - offset,
      });
  }
  const terms = coarseTerms(joined);
  return { offset, text: sentenceText, terms, tagged: false };
}
