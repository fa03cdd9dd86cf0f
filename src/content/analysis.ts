import type { AnalysisContext, Finding } from '../engine/types';
import type { Settings } from '../settings/settings';
import { applySeverityOverrides } from '../settings/severity';
import { onSettingsChanged, readSettings } from '../platform/browser';
import { pageSpelling } from './spelling';
import { pageSentenceTags } from './sentence-tags';

export interface Analysis {
  settings: Settings;
  /**
   * Analyses the draft a slice at a time, giving the page a turn between slices, so a very long paste never
   * freezes it. Resolves to undefined when `stale()` says the draft changed meanwhile.
   */
  analyse(text: string, context: AnalysisContext, stale: () => boolean): Promise<Finding[] | undefined>;
  /** The whole draft at once: for the moment of publishing, when the answer is needed before the click goes on. */
  analyseNow(text: string, context: AnalysisContext): Finding[];
}

let loading: Promise<Analysis> | undefined;
let settingsRead: Promise<Settings> | undefined;

/**
 * Starts reading the school's settings, once. Chromium's first storage.managed read in a page can take over a
 * second (it waits for policy to load), so this starts as soon as a composer appears, long before it is typed
 * in; the engine itself still loads only on focus.
 */
export function prefetchSettings(): Promise<Settings> {
  settingsRead ??= readSettings();
  settingsRead.catch(() => {
    settingsRead = undefined;
  });
  return settingsRead;
}
let loaded: Analysis | undefined;

/** The analysis if it has already loaded (it loads when a composer is first focused). */
export function loadedAnalysis(): Analysis | undefined {
  return loaded;
}

/**
 * Calls `listener` whenever the service worker's answers change what a draft checked before would show: a word
 * found misspelt, or the grammar of a sentence tagged. Returns how to stop.
 */
export function onLookupAnswers(listener: () => void): () => void {
  const stops = [pageSpelling.onMisspelt(listener), pageSentenceTags.onTagged(listener)];
  return () => stops.forEach((stop) => stop());
}

/** Moves on with every answer counted by onLookupAnswers: a draft checked before this changed must be checked again. */
export function lookupsVersion(): string {
  return `${pageSpelling.version}.${pageSentenceTags.version}`;
}

const pageTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The analysis engine and the school's settings, loaded on first use: the engine is its own chunk so that a
 * page pays for it only once a composer is focused. A failed load is retried on the next check.
 */
export function loadAnalysis(): Promise<Analysis> {
  loading ??= Promise.all([import('../engine/index'), prefetchSettings()]).then(([engine, initial]) => {
    // Spelling is looked up in the service worker, so only while the school has the style rule on. The engine
    // is its own chunk: its one copy of setSpellChecker is reached through the loaded module.
    const useSpelling = (current: Settings): void =>
      engine.setSpellChecker(current.severityOverrides.style === 'off' ? undefined : pageSpelling);
    // Settings saved on the options page or set by the school's policy apply from the next check on.
    let settings = initial;
    useSpelling(settings);
    engine.setSentenceTagger(pageSentenceTags);
    onSettingsChanged((state) => {
      settings = state.settings;
      useSpelling(settings);
    });
    return {
      get settings() {
        return settings;
      },
      async analyse(text, context, stale) {
        const run = new engine.AnalysisRun(text, context, settings);
        while (!run.step(engine.SLICE_BUDGET_MS)) {
          await pageTurn();
          if (stale()) return undefined;
        }
        return applySeverityOverrides(run.findings, settings);
      },
      analyseNow: (text, context) =>
        applySeverityOverrides(engine.analyse(text, context, settings), settings),
    };
  });
  loading.then(
    (analysis) => (loaded = analysis),
    () => undefined,
  );
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
