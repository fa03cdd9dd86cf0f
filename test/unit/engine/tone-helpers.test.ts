/** The tone rules' shared helpers: token stream, run-together words, real words, lexicons, masked swears, context. */
import { describe, expect, it } from 'vitest';
import { TONE_REAL_WORDS } from '../../../src/engine/data/tone-real-words';
import { findDiscrimination } from '../../../src/engine/rules/discriminatory';
import { findHarassment } from '../../../src/engine/rules/harassment';
import { findOffensive } from '../../../src/engine/rules/offensive';
import { isNegated, isSelfDirected } from '../../../src/engine/tone/context';
import { compileLexicon } from '../../../src/engine/tone/lexicon';
import { findMaskedSwears } from '../../../src/engine/tone/masked';
import { splitPoint } from '../../../src/engine/tone/run-together';
import { toneTokens } from '../../../src/engine/tone/tokens';
import { inflections, misspellings } from '../../../src/engine/tone/word-forms';

const keys = (text: string) => toneTokens(text).map((token) => token.key);
const matches = (text: string, hits: { start: number; end: number }[]) =>
  hits.map((hit) => text.slice(hit.start, hit.end));

describe('run-together words', () => {
  it('splits two known words run together, keeping offsets', () => {
    const text = 'Ihate them, justpathetic';
    const tokens = toneTokens(text);
    expect(tokens.map((token) => token.key)).toEqual(['i', 'hate', 'them', 'just', 'pathetic']);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'I',
      'hate',
      'them',
      'just',
      'pathetic',
    ]);
  });

  it('never splits a real word, a known word or an @handle', () => {
    expect(splitPoint('therapist')).toBe(-1);
    expect(splitPoint('pathetic')).toBe(-1);
    expect(splitPoint('assessment')).toBe(-1);
    expect(keys('@justpathetic')).toEqual(['justpathetic']);
    expect(keys('The therapist visited')).toEqual(['the', 'therapist', 'visited']);
  });

  it('lets the rules read the split words', () => {
    expect(
      matches('These immigrantsdisgust me', findDiscrimination('These immigrantsdisgust me')),
    ).toHaveLength(1);
    expect(matches('You are sopathetic', findOffensive('You are sopathetic'))).toEqual(['pathetic']);
  });
});

describe('real words (generated from the en-GB dictionary)', () => {
  it('is filled, sorted and lower case', () => {
    expect(TONE_REAL_WORDS.length).toBeGreaterThan(100);
    expect([...TONE_REAL_WORDS].sort()).toEqual(TONE_REAL_WORDS);
    for (const word of TONE_REAL_WORDS) expect(word).toMatch(/^[a-z]+$/);
  });

  it('holds the everyday words one letter from a swear word, so they are never flagged', () => {
    expect(TONE_REAL_WORDS).toContain('site');
    expect(TONE_REAL_WORDS).toContain('sitting');
    expect(findOffensive('Visit our site while sitting down')).toEqual([]);
  });

  it('still catches a misspelt swear word that is not a real word', () => {
    expect(matches('you bastrd', findOffensive('you bastrd'))).toEqual(['bastrd']);
  });
});

describe('word forms and lexicons', () => {
  it('inflects and misspells', () => {
    expect(inflections('hate', 'verb')).toEqual(expect.arrayContaining(['hates', 'hated', 'hating']));
    expect(misspellings('idiot')).toEqual(expect.arrayContaining(['idot', 'iidot'.slice(1)]));
  });

  it('matches phrases with wildcards, longest first, without overlaps', () => {
    const lexicon = compileLexicon([
      { term: 'know where', note: 'test' },
      { term: 'i know where * live', note: 'test' },
    ]);
    const found = lexicon.find(toneTokens('I know where you live'));
    expect(found.map((match) => match.entry.term)).toEqual(['i know where * live']);
  });

  it('respects real words in fuzzy matching', () => {
    const lexicon = compileLexicon([{ term: 'shite', note: 'test' }], {
      fuzzy: true,
      realWords: new Set(['site']),
    });
    expect(lexicon.find(toneTokens('site shte'))).toHaveLength(1);
  });
});

describe('masked swears', () => {
  it('finds masked words and leaves punctuation alone', () => {
    // "sh!t" fits both "shit" and "shat": either way it is found, at the grade of the strongest fit.
    expect(findMaskedSwears('what the f*ck, sh!t').map((found) => found.level)).toEqual(['strong', 'strong']);
    expect(findMaskedSwears('Hello!! What?! 10% off')).toEqual([]);
  });
});

describe('context', () => {
  it('reads negation and self-direction', () => {
    const tokens = toneTokens("I don't hate anyone");
    expect(isNegated(tokens, 3)).toBe(true);
    const self = toneTokens('Feeling like an idiot today');
    expect(isSelfDirected(self, 3)).toBe(true);
    const other = toneTokens('You are an idiot');
    expect(isSelfDirected(other, 3)).toBe(false);
  });

  it('keeps "everyone report to the hall" apart from a pile-on', () => {
    expect(findHarassment('Everyone report to the hall at 9')).toEqual([]);
    expect(findHarassment('Everyone report her account')).toHaveLength(1);
  });
});

describe('insults aimed at people', () => {
  it('reads exclamations and dismissals', () => {
    expect(matches('What a clown.', findOffensive('What a clown.'))).toEqual(['clown']);
    expect(findOffensive('What a joke book!')).toEqual([]);
    expect(matches('Oh shut up.', findOffensive('Oh shut up.'))).toEqual(['shut up']);
    expect(findOffensive('We shut up shop at three.')).toEqual([]);
  });
});
