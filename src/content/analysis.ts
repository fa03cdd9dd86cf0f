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
  /**
   * Compiles the school's settings and runs the rules once over a short sample, a slice per `turn()`, so that
   * the first real check does not pay for it (regular expressions are compiled on first use).
   */
  warm(platform: AnalysisContext['platform'], turn: () => Promise<void>): Promise<void>;
}

/**
 * Longer than this and the engine's chunk (or the settings) is taken as lost: the checks show as off, and the
 * next check tries again. The chunk is read from the extension's own files: it takes well under a second.
 */
export const ENGINE_LOAD_TIMEOUT_MS = 10_000;

/**
 * Exercises the rules the way a post does (a class, a name, a school, a number, a date, a tone word), repeated to
 * over 1,000 characters: V8 compiles a regular expression to machine code once it is used on a text that long
 * (src/engine/analyse.ts compileInSteps), and that should happen here, in idle time.
 */
const WARM_UP_TEXT =
  'Well done to Year 4 for a brilliant trip today! Thank you Mrs Smith, call 01234 567890 on 3rd March. Really annoying weather though. '.repeat(
    9,
  );

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

/** Rejects with `message` when `promise` has not settled after `ms` milliseconds. */
function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Gives the page a turn between slices: a message to ourselves runs after the page's waiting input and frames,
 * without the 4 ms that nested setTimeout(0) calls are held back by (HTML standard, timer nesting level).
 */
const turns = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
const waitingForTurn: (() => void)[] = [];
if (turns) turns.port1.onmessage = () => waitingForTurn.shift()?.();
const pageTurn = (): Promise<void> =>
  new Promise((resolve) => {
    if (!turns) {
      setTimeout(resolve, 0);
      return;
    }
    waitingForTurn.push(resolve);
    turns.port2.postMessage(undefined);
  });

/**
 * The analysis engine and the school's settings, loaded on first use: the engine is its own chunk so that a
 * page pays for it only once a composer is focused. A failed load is retried on the next check.
 */
export function loadAnalysis(): Promise<Analysis> {
  loading ??= withTimeout(
    Promise.all([import('../engine/index'), prefetchSettings()]),
    ENGINE_LOAD_TIMEOUT_MS,
    'Post Guard’s checks did not load in time',
  ).then(([engine, initial]) => {
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
      async warm(platform, turn) {
        const sample = {
          text: WARM_UP_TEXT,
          context: { platform, account: 'personal' as const, hasMedia: false },
        };
        for (const steps = engine.compileInSteps(settings, undefined, sample); ;) {
          await turn();
          const deadline = performance.now() + engine.SLICE_BUDGET_MS;
          let done = false;
          while (!done && performance.now() < deadline) done = steps.next().done === true;
          if (done) break;
        }
      },
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

/**
 * Loads and warms the checks while the page is idle, a slice per idle period, once a composer has appeared:
 * the first focus then finds them ready.
 */
export async function warmAnalysis(
  platform: AnalysisContext['platform'],
  idle: (callback: () => void) => void,
): Promise<void> {
  const analysis = await loadAnalysis();
  await analysis.warm(platform, () => new Promise((resolve) => idle(resolve)));
}
