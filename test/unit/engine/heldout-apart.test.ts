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
/** A later batch written after the rules were rebuilt (test/heldout/second-look/README.md). */
const SECOND_LOOK = join(HELDOUT, 'second-look');
const CORPUS = resolve(__dirname, '../../corpus/posts.jsonl');
/** Six words in a row in common is a copied or adapted line; shorter runs are ordinary phrases. */
const SHARED_RUN = 6;

interface HeldOutPost {
  /** The file it came from, relative to test/heldout. */
  file: string;
  text: string;
  category: string;
  expect: 'flag' | 'clean';
}

const jsonLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

const jsonlFiles = (directory: string, prefix: string): { path: string; name: string }[] =>
  readdirSync(directory)
    .filter((file) => file.endsWith('.jsonl'))
    .map((file) => ({ path: join(directory, file), name: prefix + file }));

const readPosts = (directory: string, prefix = ''): HeldOutPost[] =>
  jsonlFiles(directory, prefix).flatMap(({ path, name }) =>
    jsonLines<Omit<HeldOutPost, 'file'>>(path).map((post) => ({ ...post, file: name })),
  );

/** Every held-out set: the conduct paraphrases and the name sentences (`names*.jsonl`, which have no category). */
const heldOut = readPosts(HELDOUT);
/**
 * The conduct paraphrase sets, whose batches are kept apart from each other below. The name sets are kept apart
 * from the tables and the corpus only: two look-alike sentences of names.third.jsonl repeat names.jsonl's (see
 * test/heldout/README.md), and the third name batch is read with its own roster.
 */
const paraphrases = heldOut.filter((post) => post.category !== undefined);
/**
 * The second look was read while tuning for the third batches. It is not held to the table-and-corpus check: one
 * of its posts shares an ordinary six-word phrase ("people are a drain on the") with an older corpus line.
 */
const secondLook = readPosts(SECOND_LOOK, 'second-look/');
/** The blind set (test/heldout/blind/README.md), written without sight of the rules: never copied into a table. */
const blind = readPosts(join(HELDOUT, 'blind'), 'blind/');
/**
 * Blind posts that share an everyday six-word phrase with a corpus or table line that existed before the blind set
 * was written (its writer never saw either; see test/heldout/blind/README.md). Any other shared run is a copy.
 */
const BLIND_CHANCE_OVERLAPS = [
  "lol ok. go on then, show me ONE study that says that. I'll wait.",
  'Had a lovely surprise today, my class made me a card for my birthday 🥹',
  'Nobody would miss you if you disappeared from this group. Just a thought.',
  "To whoever keyed my car in the staff car park: the CCTV doesn't lie and neither will I when I find you. Tick tock.",
  "Welbeck's MP voted AGAINST expanding free school meals. Parents, remember that at the ballot box.",
  'School photos can be ordered online until 15 December. The code is on the card your child brought home.',
];

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
    const copied = [...heldOut, ...blind.filter((post) => !BLIND_CHANCE_OVERLAPS.includes(post.text))]
      .filter(
        (post) =>
          tunedWhole.has(words(post.text).join(' ')) || runs(post.text).some((run) => tunedRuns.has(run)),
      )
      .map((post) => post.text);
    expect(copied).toEqual([]);
  });

  /** The order batches were written in: a later batch must not adapt a line of an earlier one. */
  const batchOrder = (file: string): number =>
    file.includes('.fifth.')
      ? 5
      : file.includes('.fourth.')
        ? 4
        : file.includes('.third.')
          ? 3
          : file.startsWith('second-look/')
            ? 2
            : 1;

  it('keeps each later batch apart from the batches written before it', () => {
    // A third batch (`<category>.third.jsonl`) is measured once after tuning on the first two, a fourth once after
    // the third: a line adapted from an earlier batch, which was read while tuning, would not be unseen text.
    const all = [...paraphrases, ...secondLook];
    const later = all.filter((post) => batchOrder(post.file) >= 3);
    expect(later.length).toBeGreaterThan(0);
    // The runs of every batch written before order N, built once per order (not once per post: that took most of
    // the test's time limit on a loaded machine).
    const runsBefore = new Map<number, Set<string>>();
    const earlierRuns = (order: number): Set<string> => {
      let found = runsBefore.get(order);
      if (!found) {
        found = new Set(
          all.filter((other) => batchOrder(other.file) < order).flatMap((other) => runs(other.text)),
        );
        runsBefore.set(order, found);
      }
      return found;
    };
    const adapted = later
      .filter((post) => runs(post.text).some((run) => earlierRuns(batchOrder(post.file)).has(run)))
      .map((post) => post.text);
    expect(adapted).toEqual([]);
  });

  it('has at least 25 posts to flag and 15 clean look-alikes in each third batch, 12 and 6 in each fourth, 25 and 12 in each fifth', () => {
    const counts = new Map<string, { flag: number; clean: number }>();
    for (const post of paraphrases.filter((row) => batchOrder(row.file) >= 3)) {
      const count = counts.get(post.file) ?? { flag: 0, clean: 0 };
      count[post.expect]++;
      counts.set(post.file, count);
    }
    expect([...counts.keys()].sort()).toEqual([
      'argument.fifth.jsonl',
      'argument.fourth.jsonl',
      'argument.third.jsonl',
      'confidential.fourth.jsonl',
      'confidential.third.jsonl',
      'discriminatory.fifth.jsonl',
      'discriminatory.fourth.jsonl',
      'discriminatory.third.jsonl',
      'grievance.fourth.jsonl',
      'grievance.third.jsonl',
      'harassment.fifth.jsonl',
      'harassment.fourth.jsonl',
      'harassment.third.jsonl',
      'partisan.fourth.jsonl',
      'partisan.third.jsonl',
      'personal-gain.fourth.jsonl',
      'personal-gain.third.jsonl',
    ]);
    for (const [file, count] of counts) {
      const fourth = file.includes('.fourth.');
      const fifth = file.includes('.fifth.');
      expect(count.flag).toBeGreaterThanOrEqual(fourth ? 12 : 25);
      expect(count.clean).toBeGreaterThanOrEqual(fourth ? 6 : fifth ? 12 : 15);
    }
  });
});
