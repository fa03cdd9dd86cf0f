/**
 * The features the conduct classifier reads from a passage (src/engine/tone/conduct-classifier.ts), shared with its
 * training script (scripts/train-conduct.ts) so that training and the extension read text the same way. Per
 * sentence: its words (lower case, plurals folded) and pairs of neighbouring words, the conduct rules' word classes
 * found in it (a grievance target, a political target, a judging word, a child, a secrecy hint…), a class seen with
 * another class in the same sentence (target beside verdict), second person, a question, sarcasm markers. Pure and
 * linear in the length of the text.
 */
import {
  CHILD_REFERENCES,
  CONFIDENTIAL,
  CONFIDENTIAL_HINTS,
  SENSITIVE_SUBJECTS,
  WELFARE_ACTS,
} from '../data/confidential';
import {
  GRIEVANCE_ACTS,
  GRIEVANCE_FEAR,
  GRIEVANCE_TARGETS,
  GRIEVANCE_WEAK_ACTS,
  WORKLOAD,
} from '../data/grievance';
import { CIVIC, PARTISAN_ACTS } from '../data/partisan';
import { POLITICAL_TARGETS } from '../data/uk-politics';
import { compileLexicon, type Lexicon, type LexiconEntry } from './lexicon';
import { judgingWords, STRONGLY_NEGATIVE } from './negative-evaluation';
import type { ToneToken } from './tokens';

interface WordClass {
  name: string;
  lexicon: Lexicon<LexiconEntry & { kind?: string }>;
  /** Read the entry's kind into the feature's name ("politics:party", "politics:election"). */
  byKind: boolean;
}

let classes: WordClass[] | undefined;

const wordClass = (
  name: string,
  entries: readonly (LexiconEntry & { kind?: string })[],
  byKind = false,
): WordClass => ({ name, lexicon: compileLexicon(entries), byKind });

/** Compiled on first use, not on load: the rules compile their own copies for their own reading. */
function wordClasses(): WordClass[] {
  classes ??= [
    wordClass('grievance-target', GRIEVANCE_TARGETS),
    wordClass('grievance-act', GRIEVANCE_ACTS, true),
    wordClass('grievance-weak', GRIEVANCE_WEAK_ACTS, true),
    wordClass('grievance-fear', GRIEVANCE_FEAR),
    wordClass('workload', WORKLOAD),
    wordClass('politics', POLITICAL_TARGETS, true),
    wordClass('partisan-act', PARTISAN_ACTS, true),
    wordClass('civic', CIVIC),
    wordClass('confidential', CONFIDENTIAL),
    wordClass('secrecy', CONFIDENTIAL_HINTS),
    wordClass('child', CHILD_REFERENCES),
    wordClass('welfare', WELFARE_ACTS),
    wordClass('subject', SENSITIVE_SUBJECTS),
  ];
  return classes;
}

const SECOND_PERSON = new Set(['you', 'your', "you're", 'youre', 'yourself', 'yourselves', 'ya', 'u', 'ur']);
/** Eye-roll, upside-down and unamused faces, clapping, and the face with rolling eyes' cousins: sarcasm. */
const SARCASM_EMOJI = /[\u{1F644}\u{1F643}\u{1F612}\u{1F44F}\u{1F611}\u{1F610}\u{1F926}\u{1F937}]/u;

/** Folds a word's plural and possessive: "bosses" → "boss", "heads" → "head", "head's" → "head". */
export function lemma(key: string): string {
  const word = key.replace(/['’]s$/, '');
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** One sentence's features and where it lies in the text. */
export interface SentenceFeatures {
  start: number;
  end: number;
  features: Set<string>;
}

/**
 * The features of each sentence in the tokens, in order. `pairs: false` leaves out the word pairs, for models
 * trained without them (they are most of the strings made).
 */
export function sentenceFeatures(
  text: string,
  tokens: readonly ToneToken[],
  pairs = true,
): SentenceFeatures[] {
  const sentences: SentenceFeatures[] = [];
  const bySentence = new Map<number, SentenceFeatures>();
  let previous: ToneToken | undefined;
  for (const token of tokens) {
    let sentence = bySentence.get(token.sentence);
    if (!sentence) {
      sentence = { start: token.start, end: token.end, features: new Set<string>() };
      bySentence.set(token.sentence, sentence);
      sentences.push(sentence);
      previous = undefined;
    }
    sentence.end = token.end;
    const word = lemma(token.key);
    if (word === '') continue;
    sentence.features.add(`w:${word}`);
    if (pairs) sentence.features.add(`b:${previous ? lemma(previous.key) : '^'}_${word}`);
    if (SECOND_PERSON.has(token.key)) sentence.features.add('second-person');
    if (token.upper && token.key.length > 2) sentence.features.add('capitals');
    if (token.prefix === '#') sentence.features.add('hashtag');
    if (token.quoted) sentence.features.add('quoted');
    previous = token;
  }
  for (const sentence of sentences) {
    const after = text.slice(sentence.end, sentence.end + 3);
    const span = text.slice(sentence.start, sentence.end + 3);
    if (after.includes('?')) sentence.features.add('question');
    if (after.includes('!')) sentence.features.add('exclamation');
    if (SARCASM_EMOJI.test(span)) sentence.features.add('sarcasm-emoji');
  }

  const classesIn = new Map<number, Set<string>>();
  const add = (tokenIndex: number, name: string): void => {
    const sentence = tokens[tokenIndex]!.sentence;
    let names = classesIn.get(sentence);
    if (!names) classesIn.set(sentence, (names = new Set()));
    names.add(name);
  };
  for (const wordClass of wordClasses())
    for (const match of wordClass.lexicon.find(tokens))
      add(
        match.first,
        wordClass.byKind && match.entry.kind ? `${wordClass.name}:${match.entry.kind}` : wordClass.name,
      );
  for (const match of judgingWords(tokens))
    add(match.first, match.entry.rating <= STRONGLY_NEGATIVE ? 'judging-strong' : 'judging-mild');
  for (const [index, names] of classesIn) {
    const sentence = bySentence.get(index);
    if (!sentence) continue;
    const sorted = [...names].sort();
    for (const name of sorted) sentence.features.add(`c:${name}`);
    // A class beside another in the same sentence: the target and what is done to it.
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) sentence.features.add(`cc:${sorted[i]}+${sorted[j]}`);
  }
  return sentences;
}

/** The passage's features: the union of its sentences'. */
export function passageFeatures(sentences: readonly SentenceFeatures[]): Set<string> {
  const all = new Set<string>();
  for (const sentence of sentences) for (const feature of sentence.features) all.add(feature);
  return all;
}
