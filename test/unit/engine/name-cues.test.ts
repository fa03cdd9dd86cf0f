/// <reference types="vite/client" />
/**
 * Runs every name cue's table of examples (src/engine/names/cues/<id>.examples.ts). A finder or follow-up cue must
 * propose the valid example's span and nothing in an invalid one; a reading cue must weigh the valid example's
 * word with its sign and give 0 on the invalid one's. Every cue has a table.
 */
import { describe, expect, it } from 'vitest';
import { FINDER_CUES, FOLLOW_UP_CUES, traceNameCues } from '../../../src/engine/names/find-person-names';
import { READING_CUES } from '../../../src/engine/names/read-word-name';
import { plainView, type WordSense } from '../../../src/engine/names/cues/cue';
import type { CueExample } from '../../../src/engine/names/cues/examples';
import { tagLookup } from '../../../src/engine/names/sentence-tags';
import { UK_FIRST_NAMES, firstNameAmbiguity } from '../../../src/engine/data/uk-first-names';
import { wordClassesOf } from '../../../src/engine/data/name-word-classes';
import { isMostlyCapitalised, tokenize } from '../../../src/engine/text/tokens';

interface ExamplesModule {
  valid?: CueExample[];
  invalid?: CueExample[];
}

const modules = import.meta.glob<ExamplesModule>('../../../src/engine/names/cues/*.examples.ts', {
  eager: true,
});
const tables = new Map<string, ExamplesModule>();
for (const [path, module] of Object.entries(modules)) {
  const id = /([^/]+)\.examples\.ts$/.exec(path)?.[1];
  if (id) tables.set(id, module);
}

/** The spans a finder or follow-up cue proposes in a text. */
function proposals(cueId: string, text: string): string[] {
  return traceNameCues(text)
    .filter((proposal) => proposal.via === cueId)
    .map((proposal) => text.slice(proposal.start, proposal.end));
}

/** The weight a reading cue gives the first token written as `word`. */
function weight(cueId: string, text: string, word: string): number {
  const cue = READING_CUES.find((candidate) => candidate.id === cueId)!;
  const tokens = tokenize(text);
  const index = tokens.findIndex((token) => text.slice(token.start, token.end) === word);
  expect(index, `“${word}” is a token of “${text}”`).toBeGreaterThanOrEqual(0);
  const key = tokens[index]!.key;
  const ambiguity = firstNameAmbiguity(key);
  const sense: WordSense = {
    ambiguity: ambiguity === 'none' ? 'word' : ambiguity,
    classes: wordClassesOf(key),
  };
  const view = plainView(
    tokens,
    text,
    isMostlyCapitalised(tokens),
    (k) => UK_FIRST_NAMES.has(k),
    tagLookup(tokens, text),
  );
  return cue.weigh(view, index, sense);
}

const hasTagger = tagLookup(tokenize('Ruby won.'), 'Ruby won.')(0) !== undefined;
/** Reading cues that say "name" (positive) rather than "word" (negative). */
const NEGATIVE = new Set([
  'determiner-before',
  'verb-use',
  'modifies-noun',
  'copula-complement',
  'listed-with-word',
]);

describe('every cue has a table', () => {
  it.each([...FINDER_CUES, ...FOLLOW_UP_CUES, ...READING_CUES].map((cue) => cue.id))('%s', (id) => {
    const table = tables.get(id);
    expect(table?.valid?.length ?? 0).toBeGreaterThan(0);
    expect(table?.invalid?.length ?? 0).toBeGreaterThan(0);
  });
});

for (const cue of [...FINDER_CUES, ...FOLLOW_UP_CUES]) {
  describe(`finder cue ${cue.id}`, () => {
    const table = tables.get(cue.id) ?? {};
    it.each(table.valid ?? [])('proposes $match in $text', ({ text, match }) => {
      expect(proposals(cue.id, text)).toContain(match);
    });
    it.each(table.invalid ?? [])('is silent on $text', ({ text }) => {
      expect(proposals(cue.id, text)).toEqual([]);
    });
  });
}

for (const cue of READING_CUES) {
  describe(`reading cue ${cue.id}`, () => {
    const table = tables.get(cue.id) ?? {};
    const needsTags = cue.id.startsWith('tagged-') && !hasTagger;
    it.skipIf(needsTags).each(table.valid ?? [])('weighs $match in $text', ({ text, match }) => {
      const got = weight(cue.id, text, match);
      if (NEGATIVE.has(cue.id)) expect(got).toBeLessThan(0);
      else expect(got).toBeGreaterThan(0);
    });
    it.each(table.invalid ?? [])('gives 0 to $match in $text', ({ text, match }) => {
      expect(weight(cue.id, text, match)).toBe(0);
    });
  });
}
