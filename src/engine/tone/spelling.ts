/**
 * British English spelling for the style rule. The engine does not load a dictionary itself: building one
 * (nspell with the en-GB Hunspell dictionary) takes hundreds of milliseconds and ~20 MB, which must never
 * happen on a page's main thread while someone types. A host that can afford it installs a checker with
 * setSpellChecker(); until then spelling is simply not checked, and the rest of the style rule runs as usual.
 */

export interface SpellChecker {
  correct(word: string): boolean;
  /**
   * A checker that learns its answers over time (the extension's asks its service worker) changes this number
   * whenever an answer changes: the engine's cache of findings per passage is keyed by it.
   */
  readonly version?: number;
}

let checker: SpellChecker | undefined;

/** The installed spell checker, if any. */
export function spellChecker(): SpellChecker | undefined {
  return checker;
}

/** Installs (or removes) the spell checker the style rule uses. */
export function setSpellChecker(replacement: SpellChecker | undefined): void {
  checker = replacement;
}
