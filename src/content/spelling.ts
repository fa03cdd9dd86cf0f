import type { SpellChecker } from '../engine/index';
import { MAX_SPELLING_WORD_LENGTH, MAX_SPELLING_WORDS, sendExtensionMessage } from '../platform/browser';
import { BatchedLookup } from './batched-lookup';

/**
 * The style rule's spell checker on a page. The dictionary lives in the service worker (building it here would
 * freeze the page): a word not known yet counts as correct for now and is asked about with the next batch. Only a
 * misspelling calls for a re-check of the draft. If the service worker cannot answer, spelling is skipped.
 */
export class SpellingLookup implements SpellChecker {
  private readonly lookup = new BatchedLookup<boolean>({
    ask: async (words) => {
      const misspelt = new Set(await sendExtensionMessage({ type: 'check-spelling', words }));
      return words.map((word) => !misspelt.has(word));
    },
    maxQuestionLength: MAX_SPELLING_WORD_LENGTH,
    maxBatch: MAX_SPELLING_WORDS,
    changesFindings: (correct) => !correct,
  });

  get version(): number {
    return this.lookup.version;
  }

  correct(word: string): boolean {
    return this.lookup.answer(word) ?? true;
  }

  /** Calls `listener` whenever an answer shows a word checked as correct is misspelt. Returns how to stop. */
  onMisspelt(listener: () => void): () => void {
    return this.lookup.onChange(listener);
  }
}

/** The page's one lookup: every composer on the page shares its answers. */
export const pageSpelling = new SpellingLookup();
