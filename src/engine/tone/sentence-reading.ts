/**
 * What the conduct rules read from a sentence's structure, in tone-token indices: its subject, a denial said of
 * the subject ("couldn't organise", "wouldn't know", "has done nothing"), and whether it is an order, a question or
 * addressed to the reader. Built on src/engine/nlp/sentence-structure.ts, with compromise's tags when the host has
 * tagged the sentence and coarse tags otherwise. Only the sentences a rule asks for are read: the rule's word lists
 * are the cheap pre-filter that decides which sentences the tagger sees.
 */
import {
  addressesReader,
  clauseParts,
  isImperative,
  isQuestion,
  sentenceTerms,
  type StructureTerm,
} from '../nlp/sentence-structure';
import { tagSentence } from '../nlp/tagger';
import type { ToneToken } from './tokens';

export interface TokenRange {
  first: number;
  last: number;
}

export interface SentenceReading {
  /** The sentence's index (ToneToken.sentence). */
  index: number;
  subject?: TokenRange;
  /** The denial said of the subject: a negated modal and its verb, or a verb whose object is "nothing". */
  denial?: TokenRange;
  imperative: boolean;
  question: boolean;
  secondPerson: boolean;
}

const NOTHING = new Set(['nothing', 'none', 'zero', 'nowt', 'no']);

/** Token indices covered by a term (offsets relative to the sentence at `offset`). */
function tokenRange(
  tokens: readonly ToneToken[],
  sentenceTokens: readonly number[],
  offset: number,
  terms: readonly StructureTerm[],
  firstTerm: number,
  lastTerm: number,
): TokenRange | undefined {
  const start = terms[firstTerm]!.start + offset;
  const end = terms[lastTerm]!.end + offset;
  const covered = sentenceTokens.filter((i) => tokens[i]!.start >= start && tokens[i]!.end <= end);
  if (covered.length === 0) return undefined;
  return { first: covered[0]!, last: covered[covered.length - 1]! };
}

/** Readings of the sentences for which `wanted` says yes, in order. */
export function readSentences(
  text: string,
  tokens: readonly ToneToken[],
  wanted: (sentence: number) => boolean = () => true,
): SentenceReading[] {
  const bySentence = new Map<number, number[]>();
  tokens.forEach((token, i) => {
    if (!wanted(token.sentence)) return;
    const list = bySentence.get(token.sentence);
    if (list) list.push(i);
    else bySentence.set(token.sentence, [i]);
  });
  const readings: SentenceReading[] = [];
  for (const [index, own] of bySentence) {
    const found = sentenceTerms(
      text,
      own.map((i) => tokens[i]!),
      index,
      tagSentence,
    );
    if (!found) continue;
    const { terms, offset } = found;
    const parts = clauseParts(terms);
    const reading: SentenceReading = {
      index,
      imperative: isImperative(terms),
      question: isQuestion(terms, found.text),
      secondPerson: addressesReader(terms),
    };
    if (parts.subject)
      reading.subject = tokenRange(tokens, own, offset, terms, parts.subject.first, parts.subject.last);
    if (parts.verb !== undefined) {
      const helpers = terms.slice(parts.subject ? parts.subject.last + 1 : 0, parts.verb);
      const modalDenial = parts.negated && helpers.some((term) => term.tags.includes('Modal'));
      const objectStart = parts.object?.first ?? terms.length;
      // "done nothing", "has no idea": the denial ends at the word after "nothing"/"no" within the object's start.
      let nothingAt = -1;
      for (let i = objectStart; i < Math.min(objectStart + 2, parts.object ? parts.object.last + 1 : 0); i++)
        if (NOTHING.has(terms[i]!.normal)) nothingAt = i;
      if (modalDenial || nothingAt >= 0) {
        const first = parts.subject ? parts.subject.last + 1 : parts.verb;
        const last = nothingAt >= 0 ? Math.min(nothingAt + 1, parts.object!.last) : parts.verb;
        reading.denial = tokenRange(tokens, own, offset, terms, first, last);
      }
    }
    readings.push(reading);
  }
  return readings;
}
