import { afterEach, describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { createCompromiseTagger, tagWithCompromise } from '../../../src/engine/nlp/compromise-tagger';
import { setSentenceTagger, tagSentence, MAX_TAGGED_SENTENCE_LENGTH } from '../../../src/engine/nlp/tagger';
import { installNodeTagger } from '../../../scripts/lib/engine-host';

afterEach(installNodeTagger);

describe('sentence tagging with compromise', () => {
  it('gives each word its offsets in the sentence and its part of speech', () => {
    const sentence = '“Ruby” was a superstar in assembly today – her poem made the hall cry.';
    const terms = tagWithCompromise(nlp, sentence);
    for (const term of terms) expect(sentence.slice(term.start, term.end)).toBe(term.text);
    const was = terms.find((term) => term.text === 'was')!;
    expect(was.tags).toContain('Verb');
    expect(terms[0]!.text).toBe('Ruby');
  });

  it('keeps a contraction as the word written, with the negation of its hidden half', () => {
    const terms = tagWithCompromise(nlp, "You didn't listen.");
    const didnt = terms.find((term) => term.text === "didn't")!;
    expect(didnt.tags).toContain('Negative');
    expect(terms.every((term) => term.end > term.start)).toBe(true);
  });

  it('answers from the installed tagger only, and never for an over-long sentence', () => {
    setSentenceTagger(undefined);
    expect(tagSentence('Hope won the spelling bee.')).toBeUndefined();
    setSentenceTagger(createCompromiseTagger(() => nlp));
    expect(tagSentence('Hope won the spelling bee.')?.map((term) => term.text)).toEqual([
      'Hope',
      'won',
      'the',
      'spelling',
      'bee',
    ]);
    expect(tagSentence('word '.repeat(MAX_TAGGED_SENTENCE_LENGTH))).toBeUndefined();
  });
});
