/// <reference types="vite/client" />
/**
 * British English spelling for the style rule, with nspell (MIT) and the en-GB Hunspell dictionary from the
 * dictionary-en-gb package ((MIT AND BSD)). The dictionary is half a megabyte, so it is never loaded with the
 * page: loadSpelling() imports it on demand (vite splits it into its own chunk), and the style rule starts that
 * load the first time it runs inside the extension. Until the dictionary is there, spelling is simply not
 * checked. Text already analysed before then is re-checked when it changes.
 */

export interface SpellChecker {
  correct(word: string): boolean;
}

let checker: SpellChecker | undefined;
let loading: Promise<SpellChecker | undefined> | undefined;

/** The spell checker if it has loaded, else undefined. */
export function spellChecker(): SpellChecker | undefined {
  return checker;
}

/** Loads the dictionary (once); resolves to undefined if it cannot be loaded here (e.g. a plain Node script). */
export function loadSpelling(): Promise<SpellChecker | undefined> {
  loading ??= (async () => {
    try {
      const [{ default: nspell }, aff, dic] = await Promise.all([
        import('nspell'),
        import('../../../node_modules/dictionary-en-gb/index.aff?raw'),
        import('../../../node_modules/dictionary-en-gb/index.dic?raw'),
      ]);
      checker = nspell({ aff: aff.default, dic: dic.default });
      return checker;
    } catch {
      return undefined;
    }
  })();
  return loading;
}

/** True when running inside the browser extension (where the dictionary should be loaded on first use). */
export function inExtension(): boolean {
  const runtime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
  return typeof runtime?.id === 'string';
}

/** Replaces the spell checker (tests). */
export function setSpellChecker(replacement: SpellChecker | undefined): void {
  checker = replacement;
}
