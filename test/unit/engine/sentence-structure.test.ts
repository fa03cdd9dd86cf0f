import { describe, expect, it } from 'vitest';
import {
  addressesReader,
  clauseParts,
  isImperative,
  isNegatedTerm,
  isQuestion,
  sentenceTerms,
  type StructureTerm,
} from '../../../src/engine/nlp/sentence-structure';
import { sharedToneTokens } from '../../../src/engine/tone/tokens';

/** Coarse terms of the first sentence of a text (no tagger). */
function coarse(text: string): { terms: readonly StructureTerm[]; text: string } {
  const found = sentenceTerms(text, sharedToneTokens(text), 0)!;
  expect(found.tagged).toBe(false);
  return found;
}

const words = (terms: readonly StructureTerm[], span?: { first: number; last: number }): string =>
  span
    ? terms
        .slice(span.first, span.last + 1)
        .map((term) => term.normal)
        .join(' ')
    : '';

describe('sentence structure (coarse tags)', () => {
  it('joins contractions and finds the negated verb and its subject', () => {
    const { terms } = coarse("Our head couldn't organise a fire drill");
    expect(terms.map((term) => term.normal)).toContain("couldn't");
    const parts = clauseParts(terms);
    expect(parts.negated).toBe(true);
    expect(words(terms, parts.subject)).toBe('our head');
    expect(terms[parts.verb!]!.normal).toBe('organise');
    expect(words(terms, parts.object)).toBe('a fire drill');
  });

  it('keeps a relative clause inside the subject', () => {
    const { terms } = coarse("The people who run the rota couldn't plan a picnic");
    const parts = clauseParts(terms);
    expect(words(terms, parts.subject)).toBe('the people who run the rota');
    expect(parts.negated).toBe(true);
    expect(terms[parts.verb!]!.normal).toBe('plan');
  });

  it('does not call a plain statement negated', () => {
    const { terms } = coarse('Our head ran the fun run');
    expect(clauseParts(terms).negated).toBe(false);
    expect(isNegatedTerm(terms, 3)).toBe(false);
  });

  it('reads questions, second person and orders', () => {
    const question = coarse('Why does nobody listen?');
    expect(isQuestion(question.terms, question.text)).toBe(true);
    const statement = coarse('Nobody listens.');
    expect(isQuestion(statement.terms, statement.text)).toBe(false);
    expect(addressesReader(coarse('You should see this').terms)).toBe(true);
    expect(addressesReader(coarse('They should see this').terms)).toBe(false);
    expect(isImperative(coarse('Get them out').terms)).toBe(true);
    expect(isImperative(coarse('They got out').terms)).toBe(false);
  });

  it('uses the tagger when it answers, and keeps its offsets relative to the sentence', () => {
    const text = 'Hello. Vote them out!';
    const tag = (sentence: string): StructureTerm[] =>
      sentence.split(/\s+/).map((word, i, all) => {
        const start = all.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
        return {
          text: word,
          normal: word.toLowerCase(),
          start,
          end: start + word.length,
          tags: i === 0 ? ['Verb', 'Imperative'] : [],
        };
      });
    const found = sentenceTerms(text, sharedToneTokens(text), 1, tag)!;
    expect(found.tagged).toBe(true);
    expect(found.offset).toBe(7);
    expect(found.text).toBe('Vote them out!');
    expect(isImperative(found.terms)).toBe(true);
  });
});
