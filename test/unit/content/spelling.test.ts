import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  onSettingsChanged,
  readSettings,
  sendExtensionMessage,
  type SettingsState,
} from '../../../src/platform/browser';
import { SpellingLookup } from '../../../src/content/spelling';
import { loadAnalysis } from '../../../src/content/analysis';
import { analyse } from '../../../src/engine/analyse';
import { style } from '../../../src/engine/rules/style';
import { setSpellChecker } from '../../../src/engine/tone/spelling';
import { resolveSettings } from '../../../src/settings/resolve';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

// Small limits, so that splitting into batches and skipping long words show with a few words.
vi.mock('../../../src/platform/browser', () => ({
  MAX_SPELLING_WORDS: 3,
  MAX_SPELLING_WORD_LENGTH: 12,
  MAX_TAGGED_SENTENCES: 50,
  sendExtensionMessage: vi.fn(),
  readSettings: vi.fn(),
  onSettingsChanged: vi.fn(),
}));

const context = { platform: 'x' as const, account: 'personal' as const, hasMedia: false };

/** The service worker's answer: these words are misspelt. */
const MISSPELT = new Set(['assemblly', 'recieve', 'colr']);
const send = vi.mocked(sendExtensionMessage);
const asked = (): string[][] =>
  send.mock.calls.map(([message]) => (message.type === 'check-spelling' ? message.words : []));

beforeEach(() => {
  vi.useFakeTimers();
  send.mockReset();
  send.mockImplementation(async (message) =>
    message.type === 'check-spelling' ? message.words.filter((word) => MISSPELT.has(word)) : undefined,
  );
});
afterEach(() => {
  vi.useRealTimers();
  setSpellChecker(undefined);
});

describe('SpellingLookup (the content script’s spell checker)', () => {
  it('counts a new word as correct and asks about new words once, together, when the checks pause', async () => {
    const lookup = new SpellingLookup();
    expect(lookup.correct('assemblly')).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(lookup.correct('colour')).toBe(true);
    expect(lookup.correct('assemblly')).toBe(true);
    // Each new word moves the batch on: nothing is sent while words keep coming.
    await vi.advanceTimersByTimeAsync(200);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(asked()).toEqual([['assemblly', 'colour']]);
  });

  it('remembers the answers and never asks about the same word again', async () => {
    const lookup = new SpellingLookup();
    lookup.correct('assemblly');
    lookup.correct('colour');
    await vi.advanceTimersByTimeAsync(250);
    expect(lookup.correct('assemblly')).toBe(false);
    expect(lookup.correct('colour')).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not ask again about a word whose answer is still coming', async () => {
    let answer: (words: string[]) => void = () => {};
    send.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve as typeof answer)));
    const lookup = new SpellingLookup();
    lookup.correct('assemblly');
    await vi.advanceTimersByTimeAsync(250);
    expect(lookup.correct('assemblly')).toBe(true);
    await vi.advanceTimersByTimeAsync(250);
    expect(send).toHaveBeenCalledTimes(1);
    answer(['assemblly']);
    await vi.advanceTimersByTimeAsync(0);
    expect(lookup.correct('assemblly')).toBe(false);
  });

  it('tells its listeners, and changes its version, only when an answer shows a new misspelling', async () => {
    const lookup = new SpellingLookup();
    const listener = vi.fn();
    const stop = lookup.onMisspelt(listener);
    lookup.correct('colour');
    await vi.advanceTimersByTimeAsync(250);
    expect(listener).not.toHaveBeenCalled();
    expect(lookup.version).toBe(0);

    lookup.correct('recieve');
    lookup.correct('friends');
    await vi.advanceTimersByTimeAsync(250);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(lookup.version).toBe(1);

    // Known words are answered from memory: nothing new, no call.
    lookup.correct('recieve');
    lookup.correct('colour');
    await vi.advanceTimersByTimeAsync(250);
    expect(listener).toHaveBeenCalledTimes(1);

    stop();
    lookup.correct('colr');
    await vi.advanceTimersByTimeAsync(250);
    expect(lookup.correct('colr')).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(lookup.version).toBe(2);
  });

  it('splits a long list of new words into requests the service worker accepts, and skips overlong words', async () => {
    const lookup = new SpellingLookup();
    for (const word of ['one', 'two', 'three', 'four', 'five', 'antidisestablishment']) lookup.correct(word);
    await vi.advanceTimersByTimeAsync(250);
    expect(asked()).toEqual([
      ['one', 'two', 'three'],
      ['four', 'five'],
    ]);
    expect(lookup.correct('antidisestablishment')).toBe(true);
  });

  it('fails open: when the service worker cannot answer, words count as correct and are asked about later', async () => {
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const lookup = new SpellingLookup();
    const listener = vi.fn();
    lookup.onMisspelt(listener);
    lookup.correct('assemblly');
    await vi.advanceTimersByTimeAsync(250);
    expect(lookup.correct('assemblly')).toBe(true);
    expect(listener).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(250);
    expect(asked()).toEqual([['assemblly'], ['assemblly']]);
    expect(lookup.correct('assemblly')).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('makes the engine check a passage again once the answer shows a misspelling', async () => {
    const lookup = new SpellingLookup();
    setSpellChecker(lookup);
    // The same settings and rules each time, so the engine's passage cache is the same each time.
    const settings = { ...DEFAULT_SETTINGS };
    const rules = [style];
    const spelling = () =>
      analyse('The assemblly is on Friday', context, settings, rules).map((finding) => finding.match);

    expect(spelling()).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    // Without the checker's version in the cache's key, the passage's old findings ([]) would come back.
    expect(spelling()).toEqual(['assemblly']);
    expect(asked()).toEqual([['assemblly']]);
  });
});

describe('spelling in the content script’s analysis', () => {
  it('asks the service worker only while the school has the style rule on', async () => {
    const styleOff = resolveSettings({ severityOverrides: { style: 'off' } }, {});
    vi.mocked(readSettings).mockResolvedValue(styleOff.settings);
    const analysis = await loadAnalysis();
    const tips = () =>
      analysis.analyseNow('The assemblly is on Friday', context).filter((f) => f.category === 'style');

    expect(tips()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).not.toHaveBeenCalled();

    // The school switches the style rule back on (options page or policy).
    const settingsChanged = vi.mocked(onSettingsChanged).mock.calls[0]![0];
    settingsChanged(resolveSettings({}, {}) satisfies SettingsState);
    expect(tips()).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    expect(asked()).toEqual([['assemblly']]);
    expect(tips().map((finding) => finding.match)).toEqual(['assemblly']);
  });
});
