import type { Finding, Platform } from '../engine/types';
import { readSettings } from '../platform/browser';

export interface Analysis {
  analyse(text: string, platform: Platform): Finding[];
}

let loading: Promise<Analysis> | undefined;

/**
 * The analysis engine and the school's settings, loaded on first use: the engine is its own chunk so that a
 * page pays for it only once a composer is focused. A failed load is retried on the next check.
 */
export function loadAnalysis(): Promise<Analysis> {
  loading ??= Promise.all([import('../engine/index'), readSettings()]).then(([engine, settings]) => ({
    analyse: (text, platform) =>
      engine.analyse(text, { platform, account: 'unknown', hasMedia: false }, settings),
  }));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
