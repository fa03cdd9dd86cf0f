import type { SentenceTagger, TaggedTerm } from '../engine/index';
import { MAX_TAGGED_SENTENCES, sendExtensionMessage } from '../platform/browser';
import { MAX_TAGGED_SENTENCE_LENGTH } from '../engine/nlp/tagger';
import { BatchedLookup } from './batched-lookup';

/**
 * The rules' sentence tagger on a page. compromise starts in about 300 ms, which must never freeze a page, so the
 * service worker runs it: the rules' pre-filtered sentences are asked about together once typing pauses, and the
 * draft is checked again when their tags arrive. Until then the rules use their own cues (and, for a
 * never-publish pupil, warn rather than stay silent). The sentences go only to this extension's service worker,
 * which keeps nothing.
 */
export class SentenceTagsLookup implements SentenceTagger {
  private readonly lookup = new BatchedLookup<readonly TaggedTerm[]>({
    ask: (sentences) => sendExtensionMessage({ type: 'tag-sentences', sentences }),
    maxQuestionLength: MAX_TAGGED_SENTENCE_LENGTH,
    maxBatch: MAX_TAGGED_SENTENCES,
    changesFindings: () => true,
    knownLimit: 1000,
  });

  get version(): number {
    return this.lookup.version;
  }

  tag(sentence: string): readonly TaggedTerm[] | undefined {
    return this.lookup.answer(sentence);
  }

  /** Calls `listener` whenever new tags arrive. Returns how to stop. */
  onTagged(listener: () => void): () => void {
    return this.lookup.onChange(listener);
  }
}

/** The page's one tagger: every composer on the page shares its answers. */
export const pageSentenceTags = new SentenceTagsLookup();
