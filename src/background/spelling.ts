import nspell from 'nspell';
import { MAX_SPELLING_WORD_LENGTH, MAX_SPELLING_WORDS } from '../platform/browser';

/**
 * British English spelling for the content scripts' style rule. Building nspell from the en-GB Hunspell files
 * takes a few hundred milliseconds and over 10 MB, so it happens here in the service worker, never on a page,
 * and only when the first spelling request comes. Chrome stops an idle service worker; the next request builds
 * it again.
 */
export function createSpellingService(aff: string, dic: string): (words: readonly string[]) => string[] {
  let correct: ((word: string) => boolean) | undefined;
  return (words) => {
    const asked = words
      .slice(0, MAX_SPELLING_WORDS)
      .filter((word) => word.length > 0 && word.length <= MAX_SPELLING_WORD_LENGTH);
    if (asked.length === 0) return [];
    correct ??= buildSpeller(aff, dic);
    return asked.filter((word) => !correct!(word));
  };
}

/**
 * Whether a word is in the dictionary as written or with a capital: the style rule asks in lower case, and a
 * place or a name ("paris") is in the dictionary with its capital.
 */
export function buildSpeller(aff: string, dic: string): (word: string) => boolean {
  const speller = nspell({ aff, dic });
  return (word) => speller.correct(word) || speller.correct(word.charAt(0).toUpperCase() + word.slice(1));
}
