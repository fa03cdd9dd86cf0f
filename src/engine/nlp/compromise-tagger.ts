import type nlpType from 'compromise';
import { MAX_TAGGED_SENTENCE_LENGTH, type SentenceTagger, type TaggedTerm } from './tagger';

interface CompromiseTerm {
  text: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** compromise's entry point; hosts load it their own way (a lazy import in the service worker, require in Node). */
export type Compromise = typeof nlpType;

/** Tags one sentence (or short passage) with compromise; offsets are relative to `sentence`. */
export function tagWithCompromise(nlp: Compromise, sentence: string): TaggedTerm[] {
  if (sentence.length > MAX_TAGGED_SENTENCE_LENGTH) return [];
  const sentences = nlp(sentence).json({ offset: true, terms: { offset: true } }) as {
    terms: CompromiseTerm[];
  }[];
  const terms: { -readonly [K in keyof TaggedTerm]: TaggedTerm[K] }[] = [];
  for (const { terms: words } of sentences) {
    for (const word of words) {
      // compromise's term offset covers the word itself; its `text` can carry attached punctuation.
      const start = word.offset.start;
      const previous = terms.at(-1);
      if (word.offset.length === 0 && previous) {
        // A contraction's hidden half ("didn't" → did + not): its tags (Negative) belong to the written word.
        previous.tags = [...previous.tags, ...word.tags];
        continue;
      }
      terms.push({
        text: sentence.slice(start, start + word.offset.length),
        normal: word.normal,
        start,
        end: start + word.offset.length,
        tags: word.tags,
      });
    }
  }
  return terms;
}

/**
 * A synchronous tagger for hosts that can afford compromise's start-up (Node: tests, CLI, eval, bench; the
 * extension's service worker). `nlp` is asked for compromise on the first sentence only. Remembers the last answers, as the rules ask about the same sentence in turn.
 */
export function createCompromiseTagger(nlp: () => Compromise, cacheSize = 500): SentenceTagger {
  const cache = new Map<string, TaggedTerm[]>();
  return {
    tag(sentence) {
      let terms = cache.get(sentence);
      if (!terms) {
        terms = tagWithCompromise(nlp(), sentence);
        cache.set(sentence, terms);
        if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
      }
      return terms;
    },
  };
}
