/**
 * Property tests of analyse() over text no one would write by hand: random Unicode (lone surrogates, control
 * characters, astral symbols, combining marks), words the rules look for, and huge repeats. Seeded, so a failure
 * is reproduced by running again; `npm run fuzz` runs many more cases (FUZZ_RUNS) with a new seed (FUZZ_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, AnalysisRun } from '../../../src/engine/analyse';
import { EXAMPLE_SETTINGS } from '../../../src/engine/rules/examples';
import type { AnalysisContext, Finding } from '../../../src/engine/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const TIMEOUT_MS = Math.max(60_000, RUNS * 100);

/** Words and marks the rules react to, so that random text reaches their code and not only the no-match path. */
const WORDS = [
  'Jack',
  'Thompson',
  'Jack Thompson',
  'Emily Brown',
  'Zoë',
  "O'Brien",
  'Year 4',
  'Oak Class',
  'Welbeck Primary School',
  '#WelbeckPrimary',
  '@WelbeckPrimary',
  'views are my own',
  '07700 900123',
  'jack@example.com',
  'shit',
  'f*ck',
  'idiot',
  'vote Labour',
  'confidential',
  '!!!',
  'teh',
  '\n',
  '\r\n',
  ' ',
  '\u00a0',
  '.',
  '?',
];

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
const control = fc.integer({ min: 0, max: 0x1f }).map((unit) => String.fromCharCode(unit));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 8 }) },
  { weight: 1, arbitrary: surrogate },
  { weight: 1, arbitrary: control },
);
const ordinary = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));
/** A short stretch repeated until it is long: 100 to 20,000 characters of it. */
const repeated = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 100, max: 20_000 }))
  .map(([pieces, length]) => {
    const unit = pieces.join('') || 'x';
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });
const text = fc.oneof({ weight: 9, arbitrary: ordinary }, { weight: 1, arbitrary: repeated });
const context: fc.Arbitrary<AnalysisContext> = fc.record({
  platform: fc.constantFrom('x', 'facebook', 'youtube'),
  account: fc.constantFrom('personal', 'official', 'unknown'),
  hasMedia: fc.boolean(),
  isReply: fc.boolean(),
});

function expectInside(text: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    expect(finding.start).toBeGreaterThanOrEqual(0);
    expect(finding.end).toBeGreaterThanOrEqual(finding.start);
    expect(finding.end).toBeLessThanOrEqual(text.length);
    expect(finding.match).toBe(text.slice(finding.start, finding.end));
    if (finding.suggestion) {
      expect(finding.suggestion.start).toBeGreaterThanOrEqual(0);
      expect(finding.suggestion.end).toBeGreaterThanOrEqual(finding.suggestion.start);
      expect(finding.suggestion.end).toBeLessThanOrEqual(text.length);
    }
  }
}

describe('analyse on random text', () => {
  it(
    'never throws, and every finding lies inside the text and quotes it exactly',
    () => {
      fc.assert(
        fc.property(text, context, (draft, where) => {
          expectInside(draft, analyse(draft, where, EXAMPLE_SETTINGS));
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'finds the same, slice by slice, as in one go',
    () => {
      fc.assert(
        fc.property(text, context, (draft, where) => {
          const whole = analyse(draft, where, EXAMPLE_SETTINGS);
          // A new settings object: nothing cached from the call above.
          const run = new AnalysisRun(draft, where, { ...EXAMPLE_SETTINGS });
          while (!run.step(0)) {
            // One passage or one piece of a whole-post rule per step.
          }
          expect(run.findings).toEqual(whole);
        }),
        { seed: SEED + 1, numRuns: Math.ceil(RUNS / 3) },
      );
    },
    TIMEOUT_MS,
  );
});
