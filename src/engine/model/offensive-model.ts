/**
 * A small word-in-context model of offensive words, learned from the Toxic Spans data (Civil Comments posts in
 * which annotators marked the words that make a post toxic; CC0). For each word it scores how likely readers are
 * to mark that word as the toxic part, from the word itself and its neighbours ("screw you" against "screw the
 * lids"). It is a logistic regression over five features per word; the weights are data
 * (offensive-weights.json), written by `npm run train:offensive` (scripts/train-offensive.ts) with a fixed seed.
 * The rule that uses it (rules/offensive.ts) still asks for a person the word is aimed at: the model supplies the
 * word, never the verdict on a whole post. Pure: no DOM, no browser APIs.
 */
import type { ToneToken } from '../tone/tokens';
import MODEL from './offensive-weights.json';

export interface OffensiveModel {
  /** How the weights were made: data, seed, threshold choice (for the reader, not used here). */
  recipe: string;
  bias: number;
  /** Score a word must reach to count as offensive (chosen by cross-validation on the training data). */
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

const START = '<s>';
const END = '</s>';

/** The features of token i: the word, its neighbours in the same sentence, and the two word pairs. */
export function wordFeatures(tokens: readonly ToneToken[], i: number): string[] {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const previous = before && before.sentence === token.sentence ? before.key : START;
  const next = after && after.sentence === token.sentence ? after.key : END;
  return [
    `w:${token.key}`,
    `p:${previous}`,
    `n:${next}`,
    `pw:${previous} ${token.key}`,
    `wn:${token.key} ${next}`,
  ];
}

/** The model's score for token i: the chance readers mark it as a toxic word, 0 to 1. */
export function wordScore(
  tokens: readonly ToneToken[],
  i: number,
  model: OffensiveModel = OFFENSIVE_MODEL,
): number {
  let sum = model.bias;
  for (const feature of wordFeatures(tokens, i)) sum += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

export const OFFENSIVE_MODEL: OffensiveModel = MODEL;
