/// <reference types="vite/client" />
/**
 * The held-out paraphrase sets (test/heldout/*.jsonl, see test/heldout/README.md) are measured on, never tuned on:
 * no held-out post may appear in a rule's table of examples or in the labelled corpus, whole or as a run of
 * SHARED_RUN words in a row, so that a rule fitted to its table is not measured on the same sentences.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleExample } from '../../../src/engine/rules/examples';

const HELDOUT = resolve(__dirname, '../../heldout');
const CORPUS = resolve(__dirname, '../../corpus/posts.jsonl');
/** Six words in a row in common is a copied or adapted line; shorter runs are ordinary phrases. */
const SHARED_RUN = 6;

interface HeldOutPost {
  text: string;
  category: string;
  expect: 'flag' | 'clean';
}

const jsonLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

const heldOutFiles = readdirSync(HELDOUT).filter((file) => file.endsWith('.jsonl'));
const heldOut: HeldOutPost[] = heldOutFiles.flatMap((file) => jsonLines<HeldOutPost>(join(HELDOUT, file)));

/** The batches in the order they were written (`grievance.jsonl`, `grievance.second.jsonl`, `grievance.third.jsonl`). */
const BATCHES = ['', 'second', 'third'];

const tables = import.meta.glob<{ valid?: RuleExample[]; invalid?: RuleExample[] }>(
  '../../../src/engine/rules/*.examples.ts',
  { eager: true },
);
const tuned: string[] = [
  ...Object.values(tables).flatMap((table) => [...(table.valid ?? []), ...(table.invalid ?? [])]),
  ...jsonLines<{ text: string }>(CORPUS),
].map((example) => example.text);

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Every run of SHARED_RUN words in the text (or the whole text if shorter), joined by spaces. */
function runs(text: string): string[] {
  const list = words(text);
  if (list.length <= SHARED_RUN) return [list.join(' ')];
  return list.slice(0, list.length - SHARED_RUN + 1).map((_, i) => list.slice(i, i + SHARED_RUN).join(' '));
}

describe('held-out paraphrase sets', () => {
  it('has posts to measure', () => {
    expect(heldOut.length).toBeGreaterThan(0);
    // The conduct sets say flag or clean; the names set (names.jsonl) has its own expectations, read by its evaluator.
    for (const post of heldOut.filter((row) => row.category !== undefined)) {
      expect(['flag', 'clean']).toContain(post.expect);
    }
  });

  it('shares no text with the rule tables or the corpus', () => {
    const tunedRuns = new Set(tuned.flatMap(runs));
    const tunedWhole = new Set(tuned.map((text) => words(text).join(' ')));
    const copied = heldOut
      .filter(
        (post) =>
          tunedWhole.has(words(post.text).join(' ')) || runs(post.text).some((run) => tunedRuns.has(run)),
      )
      .map((post) => post.text);
    expect(copied).toEqual([]);
  });

  it('keeps the third batch new: no post shares a run of words with an earlier batch of any category', () => {
    // The third batch measures wordings the rules were not tuned on; a line adapted from an earlier batch (whose
    // misses were read while tuning) would not.
    const batchOf = (file: string): number =>
      BATCHES.indexOf(file.split('.').length > 2 ? file.split('.')[1]! : '');
    const laterFiles = heldOutFiles.filter((file) => batchOf(file) === BATCHES.indexOf('third'));
    expect(laterFiles.length).toBeGreaterThan(0);
    const copied = laterFiles.flatMap((file) => {
      const earlier = heldOutFiles
        .filter((other) => other !== file && batchOf(other) < batchOf(file))
        .flatMap((other) => jsonLines<HeldOutPost>(join(HELDOUT, other)))
        .map((post) => post.text);
      const earlierRuns = new Set(earlier.flatMap(runs));
      return jsonLines<HeldOutPost>(join(HELDOUT, file))
        .filter((post) => runs(post.text).some((run) => earlierRuns.has(run)))
        .map((post) => `${file}: ${post.text}`);
    });
    expect(copied).toEqual([]);
  });
});
