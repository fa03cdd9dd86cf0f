/**
 * Training data and a seeded logistic regression for the conduct classifier (src/engine/tone/conduct-classifier.ts),
 * shared by scripts/train-conduct.ts and the unit test that checks the shipped weights equal a fresh run.
 *
 * Data, all our own: the held-out paraphrase batches of grievance, partisan, confidential and personal gain (first
 * to fourth, named file by file: test/heldout/blind/ is never read), the four rules' example tables, and the
 * labelled corpus (test/corpus/posts.jsonl). For one category its posts to flag and its tables' invalid examples are
 * positives; everything else (its clean look-alikes, its tables' valid examples, the other categories' posts, clean
 * corpus posts) is negative.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as confidentialExamples from '../../src/engine/rules/confidential.examples';
import * as grievanceExamples from '../../src/engine/rules/grievance.examples';
import * as partisanExamples from '../../src/engine/rules/partisan.examples';
import * as personalGainExamples from '../../src/engine/rules/personal-gain.examples';
import type { RuleExample } from '../../src/engine/rules/examples';
import type { AccountKind, Platform } from '../../src/engine/types';
import { passageFeatures, sentenceFeatures } from '../../src/engine/tone/conduct-features';
import { toneTokens } from '../../src/engine/tone/tokens';
import type { ConductCategory } from '../../src/engine/tone/conduct-classifier';
import { REPO_ROOT } from './config';
import { randomGenerator } from './seeded-random';

export const CONDUCT_CATEGORIES: readonly ConductCategory[] = ['grievance', 'partisan', 'confidential'];
/** Held-out batches in the order they were written; a post's batch is its cross-validation fold. */
export const BATCHES = ['first', 'second', 'third', 'fourth'] as const;
export type Batch = (typeof BATCHES)[number];
const BATCH_SUFFIX: Record<Batch, string> = {
  first: '',
  second: '.second',
  third: '.third',
  fourth: '.fourth',
};
/** The categories whose held-out batches are read (personal gain only as negatives). */
const HELDOUT_CATEGORIES = ['grievance', 'partisan', 'confidential', 'personal-gain'] as const;

/** Corpus labels of tone: a post with none of these or a conduct label is clean as far as conduct goes. */
const TONE_LABELS: readonly string[] = ['offensive', 'discriminatory', 'harassment', 'argument'];

export interface LabelledPost {
  text: string;
  /**
   * The conduct category the post is labelled with; for corpus posts without one, its tone label, else 'clean'
   * (clean of tone and conduct, whatever else it names: a class, a pupil, a disclaimer).
   */
  category: string | undefined;
  /** For held-out posts: flag or clean look-alike of `category`. Corpus and table posts: flag when labelled. */
  flag: boolean;
  source: 'heldout' | 'table' | 'corpus';
  /** Held-out batch; corpus posts are spread over the four folds by line; tables are in no fold (always trained). */
  fold: number | undefined;
  platform: Platform;
  account: AccountKind;
  isReply: boolean;
  features: Set<string>;
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

const featuresOf = (text: string): Set<string> => passageFeatures(sentenceFeatures(text, toneTokens(text)));

interface HeldOutLine {
  text: string;
  expect: 'flag' | 'clean';
  platform: Platform;
  account: AccountKind;
  isReply: boolean;
}

interface CorpusLine {
  text: string;
  platform: Platform;
  account: AccountKind;
  isReply?: boolean;
  expect: { category: string }[];
}

const TABLES: Record<(typeof HELDOUT_CATEGORIES)[number], { valid: RuleExample[]; invalid: RuleExample[] }> =
  {
    grievance: grievanceExamples,
    partisan: partisanExamples,
    confidential: confidentialExamples,
    'personal-gain': personalGainExamples,
  };

/** Every labelled post, with its features. */
export function readTrainingPosts(root = REPO_ROOT): LabelledPost[] {
  const posts: LabelledPost[] = [];
  for (const category of HELDOUT_CATEGORIES)
    BATCHES.forEach((batch, fold) => {
      const file = join(root, 'test', 'heldout', `${category}${BATCH_SUFFIX[batch]}.jsonl`);
      for (const line of readJsonLines<HeldOutLine>(file))
        posts.push({
          text: line.text,
          category,
          flag: line.expect === 'flag',
          source: 'heldout',
          fold,
          platform: line.platform,
          account: line.account,
          isReply: line.isReply,
          features: featuresOf(line.text),
        });
    });
  for (const category of HELDOUT_CATEGORIES)
    for (const [examples, flag] of [
      [TABLES[category].valid, false],
      [TABLES[category].invalid, true],
    ] as const)
      for (const example of examples)
        posts.push({
          text: example.text,
          category,
          flag,
          source: 'table',
          fold: undefined,
          platform: example.context?.platform ?? 'x',
          account: example.context?.account === 'official' ? 'official' : 'personal',
          isReply: example.context?.isReply ?? false,
          features: featuresOf(example.text),
        });
  readJsonLines<CorpusLine>(join(root, 'test', 'corpus', 'posts.jsonl')).forEach((line, index) => {
    const conduct = line.expect.find((expected) =>
      (HELDOUT_CATEGORIES as readonly string[]).includes(expected.category),
    );
    const tone = line.expect.find((expected) => TONE_LABELS.includes(expected.category));
    posts.push({
      text: line.text,
      // A post with no label of tone or conduct (a class, a pupil, a disclaimer…) is clean for these categories.
      category: conduct?.category ?? tone?.category ?? 'clean',
      flag: conduct !== undefined,
      source: 'corpus',
      fold: index % BATCHES.length,
      platform: line.platform,
      account: line.account === 'official' ? 'official' : 'personal',
      isReply: line.isReply ?? false,
      features: featuresOf(line.text),
    });
  });
  return posts;
}

/** A post is a positive for `category` when it is labelled with it and marked to flag. */
export const isPositive = (post: LabelledPost, category: string): boolean =>
  post.flag && post.category === category;

export interface TrainOptions {
  /** L2 penalty per example step. */
  l2: number;
  epochs: number;
  seed: number;
  /** A feature is kept when it occurs in at least this many training posts. */
  minCount: number;
  /** Feature-name prefixes left out (e.g. 'b:' for no word pairs). */
  exclude: readonly string[];
}

/** Where the shipped weights live, from the repository's root. */
export const CONDUCT_MODEL_PATH = 'src/engine/data/conduct-classifier.json';

/** The shipped file: per category the training settings, bias, threshold and weights. */
export interface ConductModelFile {
  /** Only the categories whose classifier cross-validation showed to help (see scripts/train-conduct.ts). */
  categories: Partial<Record<ConductCategory, TrainedModel & { options: TrainOptions; threshold: number }>>;
}

export interface TrainedModel {
  bias: number;
  weights: Record<string, number>;
}

/** Weights are shipped with this many decimals; training rounds the same way so a fresh run equals the file. */
const DECIMALS = 4;
const round = (value: number): number => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

/**
 * Logistic regression by stochastic gradient descent over binary features, positives weighted up to balance the
 * classes, L2 penalty, a decaying step, seeded shuffling. Weights that round to zero are dropped.
 */
export function trainLogistic(
  posts: readonly LabelledPost[],
  category: string,
  options: TrainOptions,
): TrainedModel {
  const counts = new Map<string, number>();
  const kept = (feature: string): boolean => !options.exclude.some((prefix) => feature.startsWith(prefix));
  for (const post of posts)
    for (const feature of post.features)
      if (kept(feature)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((feature) => counts.get(feature)! >= options.minCount).sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const rows = posts.map((post) => ({
    features: [...post.features]
      .filter((feature) => index.has(feature))
      .map((feature) => index.get(feature)!),
    label: isPositive(post, category) ? 1 : 0,
  }));
  const positives = rows.filter((row) => row.label === 1).length;
  const positiveWeight = positives === 0 ? 1 : (rows.length - positives) / positives;
  const weights = new Float64Array(vocabulary.length);
  let bias = 0;
  // Seeded, so that the example order (and so the weights) is reproducible.
  const random = randomGenerator(options.seed);
  const order = rows.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const rowIndex of order) {
      const row = rows[rowIndex]!;
      const rate = 0.5 / (1 + step++ / rows.length);
      let score = bias;
      for (const feature of row.features) score += weights[feature]!;
      const probability = 1 / (1 + Math.exp(-score));
      const gradient = (probability - row.label) * (row.label === 1 ? positiveWeight : 1);
      bias -= rate * gradient;
      for (const feature of row.features)
        weights[feature] = weights[feature]! - rate * (gradient + options.l2 * weights[feature]!);
    }
  }
  const shipped: Record<string, number> = {};
  vocabulary.forEach((feature, i) => {
    const weight = round(weights[i]!);
    if (weight !== 0) shipped[feature] = weight;
  });
  return { bias: round(bias), weights: shipped };
}

/** The model's probability for a passage's features. */
export function probability(model: TrainedModel, features: ReadonlySet<string>): number {
  let score = model.bias;
  for (const feature of features) score += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-score));
}
