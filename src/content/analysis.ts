import type { AnalysisContext, Finding } from '../engine/types';
import type { Settings } from '../settings/settings';
import { applySeverityOverrides } from '../settings/severity';
import { onSettingsChanged, readSettings } from '../platform/browser';

export interface Analysis {
  settings: Settings;
  analyse(text: string, context: AnalysisContext): Finding[];
}

let loading: Promise<Analysis> | undefined;

/**
 * The analysis engine and the school's settings, loaded on first use: the engine is its own chunk so that a
 * page pays for it only once a composer is focused. A failed load is retried on the next check. Settings
 * changed on the options page or by the school's policy apply from the next check on.
 */
export function loadAnalysis(): Promise<Analysis> {
  loading ??= Promise.all([import('../engine/index'), readSettings()]).then(([engine, initial]) => {
    let settings = initial;
    onSettingsChanged((state) => {
      settings = state.settings;
    });
    return {
      get settings() {
        return settings;
      },
      analyse: (text, context) => applySeverityOverrides(engine.analyse(text, context, settings), settings),
    };
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
