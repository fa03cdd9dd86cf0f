import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendExtensionMessage } from '../../../src/platform/browser';
import { SentenceTagsLookup } from '../../../src/content/sentence-tags';

vi.mock('../../../src/platform/browser', () => ({
  MAX_TAGGED_SENTENCES: 2,
  sendExtensionMessage: vi.fn(),
}));

const send = vi.mocked(sendExtensionMessage);
const term = (text: string) => ({
  text,
  normal: text.toLowerCase(),
  start: 0,
  end: text.length,
  tags: ['Noun'],
});

beforeEach(() => {
  vi.useFakeTimers();
  send.mockReset();
  send.mockImplementation(async (message) =>
    message.type === 'tag-sentences' ? message.sentences.map((sentence) => [term(sentence)]) : undefined,
  );
});
afterEach(() => vi.useRealTimers());

describe('SentenceTagsLookup (the page’s tagger, answered by the service worker)', () => {
  it('has no tags at first, asks in batches once checks pause, then answers and asks for a re-check', async () => {
    const lookup = new SentenceTagsLookup();
    const recheck = vi.fn();
    lookup.onTagged(recheck);
    expect(lookup.tag('Hope won.')).toBeUndefined();
    expect(lookup.tag('Will sang.')).toBeUndefined();
    expect(lookup.tag('Ruby ran.')).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(250);
    // Three sentences, at most two a message.
    expect(send).toHaveBeenCalledTimes(2);
    expect(recheck).toHaveBeenCalledTimes(1);
    expect(lookup.version).toBe(1);
    expect(lookup.tag('Hope won.')).toEqual([term('Hope won.')]);
    await vi.advanceTimersByTimeAsync(250);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('stays without tags, and asks again later, when the service worker cannot answer', async () => {
    send.mockRejectedValueOnce(new Error('no service worker'));
    const lookup = new SentenceTagsLookup();
    expect(lookup.tag('Hope won.')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(250);
    expect(lookup.version).toBe(0);
    expect(lookup.tag('Hope won.')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(250);
    expect(lookup.tag('Hope won.')).toEqual([term('Hope won.')]);
  });
});
