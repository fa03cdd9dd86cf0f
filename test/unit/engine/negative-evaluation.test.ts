/**
 * The broad class of judging words (src/engine/tone/negative-evaluation.ts, data generated from the VADER lexicon by
 * scripts/build-negative-evaluation.ts): what it finds, and the words with a school sense it must leave out.
 */
import { describe, expect, it } from 'vitest';
import { NEGATIVE_EVALUATION } from '../../../src/engine/data/negative-evaluation';
import { judgingWords, STRONGLY_NEGATIVE } from '../../../src/engine/tone/negative-evaluation';
import { toneTokens } from '../../../src/engine/tone/tokens';

const found = (text: string): string[] => judgingWords(toneTokens(text)).map((match) => match.entry.term);

describe('judging words', () => {
  it('finds verdicts the conduct lists do not name, with their rating', () => {
    expect(found('The handling of the pay offer was deceitful.')).toEqual(['deceitful']);
    const [match] = judgingWords(toneTokens('Their attitude is disgusting.'));
    expect(match?.entry.rating).toBeLessThanOrEqual(STRONGLY_NEGATIVE);
  });

  it('leaves out negated and quoted words', () => {
    expect(found('The new timetable is not stupid at all.')).toEqual([]);
    expect(found('The play is called "The Cruel Giant".')).toEqual([]);
  });

  it('leaves out words with a school or everyday sense', () => {
    const words = new Set(NEGATIVE_EVALUATION.map(([word]) => word));
    for (const word of ['mock', 'mocks', 'detention', 'suspended', 'negative', 'tired', 'shattered', 'sad'])
      expect(words.has(word), word).toBe(false);
    expect(found('Mock exams start on Monday; detention is cancelled.')).toEqual([]);
  });

  it('leaves swear words and slurs to the rules that own them', () => {
    const words = new Set(NEGATIVE_EVALUATION.map(([word]) => word));
    expect(words.has('fuck')).toBe(false);
  });
});
