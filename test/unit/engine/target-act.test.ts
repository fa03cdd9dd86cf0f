import { describe, expect, it } from 'vitest';
import { pairSpan, pairTargets, refusalsAfter, type Located } from '../../../src/engine/tone/target-act';
import { readSentences } from '../../../src/engine/tone/sentence-reading';
import { setSentenceTagger, sentenceTagger } from '../../../src/engine/nlp/tagger';
import { sharedToneTokens, type ToneToken } from '../../../src/engine/tone/tokens';

/** The token range of the first occurrence of `words` (lower case, space-separated keys). */
function at(tokens: readonly ToneToken[], words: string): Located {
  const keys = words.split(' ');
  const first = tokens.findIndex((_, i) => keys.every((key, k) => tokens[i + k]?.key === key));
  if (first < 0) throw new Error(`not found: ${words}`);
  const last = first + keys.length - 1;
  return { first, last, start: tokens[first]!.start, end: tokens[last]!.end };
}

describe('pairing targets with acts', () => {
  it('pairs within a sentence and with a short sentence beside it, not across long ones', () => {
    const text =
      'The head cancelled our PPA. Fuming. Then we had a long and perfectly ordinary afternoon of maths. Furious.';
    const tokens = sharedToneTokens(text);
    const head = at(tokens, 'the head');
    const fuming = at(tokens, 'fuming');
    const furious = at(tokens, 'furious');
    const pairs = pairTargets(tokens, [head], [fuming, furious]);
    expect(pairs.map((pair) => pair.act)).toEqual([fuming]);
    expect(text.slice(pairSpan(pairs[0]!).start, pairSpan(pairs[0]!).end)).toBe(
      'The head cancelled our PPA. Fuming',
    );
  });

  it('lets a rule refuse a combination', () => {
    const tokens = sharedToneTokens('Our head is useless.');
    expect(pairTargets(tokens, [at(tokens, 'our head')], [at(tokens, 'useless')], 3, () => false)).toEqual(
      [],
    );
  });
});

describe('sentence readings', () => {
  const read = (text: string) => {
    const tokens = sharedToneTokens(text);
    return { tokens, readings: readSentences(text, tokens) };
  };

  for (const tagged of [true, false]) {
    describe(tagged ? 'with tags' : 'without tags', () => {
      const installed = sentenceTagger();
      const withTagger = <T>(run: () => T): T => {
        if (!tagged) setSentenceTagger(undefined);
        try {
          return run();
        } finally {
          setSentenceTagger(installed);
        }
      };

      it('finds a denial said of the subject', () => {
        withTagger(() => {
          const { tokens, readings } = read("The people running my school couldn't organise a fire drill.");
          const [reading] = readings;
          const subject = tokens.slice(reading!.subject!.first, reading!.subject!.last + 1).map((t) => t.key);
          expect(subject).toContain('people');
          expect(reading!.denial).toBeDefined();
        });
      });

      it('finds no denial in praise', () => {
        withTagger(() => {
          expect(read('Our head organised a brilliant fire drill.').readings[0]!.denial).toBeUndefined();
        });
      });

      it('reads an order and a question', () => {
        withTagger(() => {
          expect(read('Get them out.').readings[0]!.imperative).toBe(true);
          expect(read('Why does nobody listen?').readings[0]!.question).toBe(true);
        });
      });
    });
  }
});

describe('refusals said of a target', () => {
  const refusals = (text: string, target: string): string[] => {
    const tokens = sharedToneTokens(text);
    return refusalsAfter(tokens, [at(tokens, target)]).map((found) => text.slice(found.start, found.end));
  };

  it('finds a negated modal and its verb after the target, anywhere in the sentence', () => {
    expect(refusals('Cover again because the head won’t hire supply.', 'the head')).toEqual(['won’t hire']);
    expect(refusals('Ministers refuse to fund it.', 'ministers')).toEqual(['refuse to fund']);
    expect(refusals("SLT simply can't organise a rota.", 'slt')).toEqual(["can't organise"]);
  });

  it('leaves praise, plans and news in the same shape alone', () => {
    expect(refusals("Our head couldn't be prouder.", 'our head')).toEqual([]);
    expect(refusals("The head can't wait to see you all.", 'the head')).toEqual([]);
    expect(refusals('The head can swim.', 'the head')).toEqual([]);
    // Too far from the target to be said of it.
    expect(refusals('The head says the builders really still won’t finish.', 'the head')).toEqual([]);
  });
});
