import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onExtensionMessage, sendExtensionMessage } from '../../../src/platform/browser';

// The extension's messaging, as webextension-polyfill gives it: the listener added, and what sendMessage answers.
const runtime = vi.hoisted(() => ({ onMessage: { addListener: vi.fn() }, sendMessage: vi.fn() }));
vi.mock('webextension-polyfill', () => ({ default: { runtime } }));

const addListener = runtime.onMessage.addListener;
const sendMessage = runtime.sendMessage;

beforeEach(() => {
  addListener.mockReset();
  sendMessage.mockReset();
});

/** Installs handlers and returns the listener the service worker would have added. */
function listen() {
  const handlers = {
    'open-options': vi.fn(),
    'open-policy': vi.fn(),
    'check-spelling': vi.fn(async (message: { words: string[] }) =>
      message.words.filter((w) => w === 'colr'),
    ),
    'tag-sentences': vi.fn(async (message: { sentences: string[] }) =>
      message.sentences.map((sentence) => [
        { text: sentence, normal: sentence.toLowerCase(), start: 0, end: sentence.length, tags: ['Noun'] },
      ]),
    ),
  };
  onExtensionMessage(handlers);
  const listener = addListener.mock.calls[0]![0] as (message: unknown) => unknown;
  return { handlers, listener };
}

describe('messages between the content scripts and the service worker', () => {
  it('answers a spelling request through the Promise its handler returns', async () => {
    const { handlers, listener } = listen();
    const reply = listener({ type: 'check-spelling', words: ['colr', 'colour'] });
    await expect(reply).resolves.toEqual(['colr']);
    expect(handlers['check-spelling']).toHaveBeenCalledTimes(1);
  });

  it('answers a tagging request with one list of tagged words per sentence', async () => {
    const { handlers, listener } = listen();
    const reply = listener({ type: 'tag-sentences', sentences: ['Hope'] });
    await expect(reply).resolves.toEqual([
      [{ text: 'Hope', normal: 'hope', start: 0, end: 4, tags: ['Noun'] }],
    ]);
    expect(listener({ type: 'tag-sentences', sentences: 'Hope' })).toBeUndefined();
    expect(handlers['tag-sentences']).toHaveBeenCalledTimes(1);
  });

  it('rejects a tagging answer that does not give tagged words for each sentence asked about', async () => {
    sendMessage.mockResolvedValueOnce([[]]);
    await expect(sendExtensionMessage({ type: 'tag-sentences', sentences: ['a', 'b'] })).rejects.toThrow();
    sendMessage.mockResolvedValueOnce([[{ text: 'a', normal: 'a', start: 0, end: 1 }]]);
    await expect(sendExtensionMessage({ type: 'tag-sentences', sentences: ['a'] })).rejects.toThrow();
    sendMessage.mockResolvedValueOnce([[{ text: 'a', normal: 'a', start: 0, end: 1, tags: ['Noun'] }]]);
    await expect(sendExtensionMessage({ type: 'tag-sentences', sentences: ['a'] })).resolves.toHaveLength(1);
  });

  it('does not keep the sender of a message without an answer waiting', () => {
    const { handlers, listener } = listen();
    expect(listener({ type: 'open-policy' })).toBeUndefined();
    expect(handlers['open-policy']).toHaveBeenCalledTimes(1);
  });

  it('ignores messages that are not Post Guard’s, and spelling requests that are not lists of words', () => {
    const { handlers, listener } = listen();
    for (const message of [
      null,
      'check-spelling',
      { type: 'other' },
      { type: 'check-spelling', words: [1] },
    ]) {
      expect(listener(message)).toBeUndefined();
    }
    expect(listener({ type: 'check-spelling' })).toBeUndefined();
    expect(handlers['check-spelling']).not.toHaveBeenCalled();
  });

  it('resolves a spelling request to the misspelt words, and rejects when no list of words comes back', async () => {
    sendMessage.mockResolvedValueOnce(['colr']);
    await expect(sendExtensionMessage({ type: 'check-spelling', words: ['colr'] })).resolves.toEqual([
      'colr',
    ]);
    // No listener answered (an older service worker, or none): the caller skips spelling.
    sendMessage.mockResolvedValueOnce(undefined);
    await expect(sendExtensionMessage({ type: 'check-spelling', words: ['colr'] })).rejects.toThrow();
    sendMessage.mockResolvedValueOnce(undefined);
    await expect(sendExtensionMessage({ type: 'open-options' })).resolves.toBeUndefined();
  });
});
