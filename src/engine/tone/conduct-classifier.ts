/**
 * A small trained classifier for grievance, partisan and confidential posts (issue 13, item 7): one logistic
 * regression per category over the passage's words, word pairs and the rules' word classes
 * (src/engine/tone/conduct-features.ts), trained by the seeded script scripts/train-conduct.ts on our own labelled
 * posts; its weights and thresholds are data (src/engine/data/conduct-classifier.json). The rules stay first: the
 * classifier adds a warning only where its probability passes the category's threshold and the rule found none, on
 * the sentence that weighs most. Pure: text in, hits out.
 */
import MODEL from '../data/conduct-classifier.json';
import type { RuleHit } from '../rule';
import { passageFeatures, sentenceFeatures, type SentenceFeatures } from './conduct-features';
import { sharedToneTokens } from './tokens';

export type ConductCategory = 'grievance' | 'partisan' | 'confidential';

interface CategoryModel {
  options: { exclude: readonly string[] };
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

/** Only categories whose classifier cross-validation showed to help are in the file; the others score 0. */
const MODELS = MODEL.categories as Partial<Record<ConductCategory, CategoryModel>>;

export interface ConductScore {
  probability: number;
  /** The sentence whose own features weigh most towards the category, or undefined for an empty text. */
  sentence: { start: number; end: number } | undefined;
}

/** Word pairs are read only if a shipped model was trained with them. */
const PAIRS = Object.values(MODELS).some((model) => !model.options.exclude.includes('b:'));

let lastText: string | undefined;
let lastSentences: SentenceFeatures[] = [];

/** The last text's features, kept so that the partisan and confidential rules read one text's features once. */
function sharedSentenceFeatures(text: string): SentenceFeatures[] {
  if (text !== lastText) {
    lastSentences = sentenceFeatures(text, sharedToneTokens(text), PAIRS);
    lastText = text;
  }
  return lastSentences;
}

/** The category model's probability for the passage, and its weightiest sentence. */
export function conductScore(category: ConductCategory, text: string): ConductScore {
  const model = MODELS[category];
  if (!model) return { probability: 0, sentence: undefined };
  const sentences = sharedSentenceFeatures(text);
  let score = model.bias;
  for (const feature of passageFeatures(sentences)) score += model.weights[feature] ?? 0;
  let best: ConductScore['sentence'];
  let bestWeight = -Infinity;
  for (const sentence of sentences) {
    let weight = 0;
    for (const feature of sentence.features) weight += model.weights[feature] ?? 0;
    if (weight > bestWeight) {
      bestWeight = weight;
      best = { start: sentence.start, end: sentence.end };
    }
  }
  return { probability: 1 / (1 + Math.exp(-score)), sentence: best };
}

/** The category's threshold, chosen by leave-one-batch-out cross-validation (see the training script). */
export const conductThreshold = (category: ConductCategory): number => MODELS[category]?.threshold ?? 1;

/**
 * The rule's hits, plus a warning from the classifier when the rule gave none at warning or worse and the
 * classifier's probability reaches the threshold. The message is the rule's, naming the same policy line.
 */
export function withConductClassifier(
  category: ConductCategory,
  text: string,
  hits: RuleHit[],
  message: string,
  /** The rule's own reasons to leave a sentence alone (civic wording for partisan): the classifier keeps them too. */
  leftAlone: (sentence: string) => boolean = () => false,
): RuleHit[] {
  if (hits.some((found) => found.severity !== 'info')) return hits;
  const { probability, sentence } = conductScore(category, text);
  if (sentence === undefined || probability < conductThreshold(category)) return hits;
  if (leftAlone(text.slice(sentence.start, sentence.end))) return hits;
  const added: RuleHit = { start: sentence.start, end: sentence.end, severity: 'warning', message };
  return [...hits, added].sort((a, b) => a.start - b.start);
}
