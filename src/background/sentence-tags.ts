import nlp from 'compromise';
import { createCompromiseTagger } from '../engine/nlp/compromise-tagger';
import type { TaggedTerm } from '../engine/nlp/tagger';

/**
 * Tags the sentences content scripts ask about, with compromise. A service worker may not import() modules, so
 * compromise is bundled in; its lexicon is built on the first sentence (about 300 ms), never when the worker wakes
 * for something else. Nothing asked is kept beyond the tagger's small in-memory cache of recent sentences.
 */
export function createSentenceTagService(): (sentences: string[]) => Promise<TaggedTerm[][]> {
  const tagger = createCompromiseTagger(() => nlp);
  return async (sentences) => sentences.map((sentence) => [...(tagger.tag(sentence) ?? [])]);
}
