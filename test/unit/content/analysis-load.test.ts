import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSettings } from '../../../src/platform/browser';
import { ENGINE_LOAD_TIMEOUT_MS, loadAnalysis } from '../../../src/content/analysis';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

vi.mock('../../../src/platform/browser', () => ({
  MAX_SPELLING_WORDS: 200,
  MAX_SPELLING_WORD_LENGTH: 40,
  MAX_TAGGED_SENTENCES: 50,
  sendExtensionMessage: vi.fn(),
  readSettings: vi.fn(),
  onSettingsChanged: vi.fn(),
}));
// The engine's chunk never arrives: its import neither resolves nor fails.
vi.mock('../../../src/engine/index', () => new Promise(() => undefined));

beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(readSettings).mockResolvedValue(DEFAULT_SETTINGS);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('loadAnalysis', () => {
  it('gives up on an engine chunk that never loads, so the composer can say its checks are off', async () => {
    const loading = loadAnalysis();
    const outcome = loading.then(
      () => 'loaded',
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(ENGINE_LOAD_TIMEOUT_MS + 1);
    expect(await outcome).toBe('Post Guard’s checks did not load in time');
    // The next check tries again.
    expect(loadAnalysis()).not.toBe(loading);
  });
});
