import type { SpellChecker } from '../engine/index';
import { MAX_SPELLING_WORD_LENGTH, MAX_SPELLING_WORDS, sendExtensionMessage } from '../platform/browser';

/** New words wait this long and go to the service worker together: one request per pause, not per key. */
const BATCH_DELAY_MS = 250;
/** Words remembered at most: half-typed words add up over a long day of writing. */
const KNOWN_LIMIT = 5000;

/**
 * The style rule's spell checker on a page. The dictionary lives in the service worker (building it here would
 * freeze the page), and the engine asks synchronously, so answers come from a cache: a word not known yet counts
 * as correct for now and is asked about with the next batch. When an answer shows a misspelling, `version`
 * changes and listeners are told, so the draft is checked again. If the service worker cannot answer, spelling
 * is skipped, and the words are asked about again the next time they are checked.
 */
export class SpellingLookup implements SpellChecker {
  private readonly known = new Map<string, boolean>();
  /** Words waiting for the next batch, and words asked about and not answered yet. */
  private readonly queued = new Set<string>();
  private readonly asking = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private answered = 0;

  get version(): number {
    return this.answered;
  }

  correct(word: string): boolean {
    const known = this.known.get(word);
    if (known !== undefined) return known;
    if (word.length <= MAX_SPELLING_WORD_LENGTH && !this.queued.has(word) && !this.asking.has(word)) {
      this.queued.add(word);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.ask(), BATCH_DELAY_MS);
    }
    return true;
  }

  /** Calls `listener` whenever an answer shows a word checked as correct is misspelt. Returns how to stop. */
  onMisspelt(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async ask(): Promise<void> {
    const words = [...this.queued];
    this.queued.clear();
    const batches: string[][] = [];
    for (let start = 0; start < words.length; start += MAX_SPELLING_WORDS) {
      batches.push(words.slice(start, start + MAX_SPELLING_WORDS));
    }
    const found = await Promise.all(batches.map((batch) => this.askBatch(batch)));
    if (!found.includes(true)) return;
    this.answered++;
    for (const listener of this.listeners) listener();
  }

  /** Asks about one batch and remembers the answers; resolves to whether any word is misspelt. */
  private async askBatch(words: string[]): Promise<boolean> {
    for (const word of words) this.asking.add(word);
    try {
      const misspelt = new Set(await sendExtensionMessage({ type: 'check-spelling', words }));
      for (const word of words) this.remember(word, !misspelt.has(word));
      return words.some((word) => misspelt.has(word));
    } catch {
      // No service worker to ask (the extension was updated or reloaded under this page): no spelling.
      return false;
    } finally {
      for (const word of words) this.asking.delete(word);
    }
  }

  private remember(word: string, correct: boolean): void {
    this.known.set(word, correct);
    if (this.known.size > KNOWN_LIMIT) this.known.delete(this.known.keys().next().value!);
  }
}

/** The page's one lookup: every composer on the page shares its answers. */
export const pageSpelling = new SpellingLookup();
