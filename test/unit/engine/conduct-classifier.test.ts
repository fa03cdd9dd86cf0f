/**
 * The conduct classifier (src/engine/tone/conduct-classifier.ts): the shipped weights equal a fresh run of the
 * seeded training (scripts/train-conduct.ts; retrain with `npm run train:conduct` after changing its data), and a
 * table of posts it must and must not warn, through the whole engine. The invalid examples are ones the rules alone
 * miss, written for this test (not in any training file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/engine/analyse';
import MODEL from '../../../src/engine/data/conduct-classifier.json';
import { findConfidential } from '../../../src/engine/rules/confidential';
import { findPartisan } from '../../../src/engine/rules/partisan';
import type { RuleHit } from '../../../src/engine/rule';
import {
  conductScore,
  conductThreshold,
  withConductClassifier,
  type ConductCategory,
} from '../../../src/engine/tone/conduct-classifier';
import type { Category } from '../../../src/engine/types';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import {
  readTrainingPosts,
  trainLogistic,
  type ConductModelFile,
} from '../../../scripts/lib/conduct-training';

const SHIPPED = (MODEL as ConductModelFile).categories;
const SHIPPED_CATEGORIES = Object.keys(SHIPPED) as ConductCategory[];

/** The school-post guard of innocent posts (written on branch conduct-model; present once merged). */
const GUARD_PATH = resolve(__dirname, '../../model-guard/innocent-posts.txt');

const overThreshold = (texts: readonly string[]): string[] =>
  texts.filter((text) =>
    SHIPPED_CATEGORIES.some(
      (category) => conductScore(category, text).probability >= conductThreshold(category),
    ),
  );

const warned = (text: string, category: Category, account: 'personal' | 'official' = 'personal'): boolean =>
  analyse(text, { platform: 'x', account, hasMedia: false }, DEFAULT_SETTINGS).some(
    (finding) => finding.category === category && finding.severity !== 'info',
  );

const RULE_ALONE: Record<'partisan' | 'confidential', (text: string) => RuleHit[]> = {
  partisan: findPartisan,
  confidential: findConfidential,
};

const invalid: { text: string; category: 'partisan' | 'confidential' }[] = [
  { text: 'The Lib Dems are the only grown-ups left in Westminster.', category: 'partisan' },
  { text: 'Farage for PM, about time someone said it.', category: 'partisan' },
  { text: 'Ministers clearly have never set foot in a state school.', category: 'partisan' },
  { text: 'Two of our TAs are being let go next month, nobody knows yet.', category: 'confidential' },
];

const valid: string[] = [
  'A piece of cake for everyone who came to the bake sale!',
  'Remember polling stations open at 7am on Thursday.',
  'Our school council election results are in!',
  'Year 6 visited Parliament and met our local MP.',
  'Safeguarding training for all staff this Friday.',
  'Our Ofsted report is out and we are so proud.',
  'Dead heat in the sack race!',
  'Huge thanks to our governors for funding the new library books.',
];

describe('conduct classifier', () => {
  it('ships only partisan and confidential; grievance did not help in cross-validation and scores 0', () => {
    expect(Object.keys(SHIPPED).sort()).toEqual(['confidential', 'partisan']);
    expect(conductScore('grievance', 'Our head is a total shambles.').probability).toBe(0);
  });

  it('ships weights equal to a fresh run of the seeded training', { timeout: 120_000 }, () => {
    const posts = readTrainingPosts();
    for (const [category, shipped] of Object.entries(SHIPPED)) {
      const fresh = trainLogistic(posts, category, shipped.options);
      expect(fresh.bias, `${category}: run npm run train:conduct`).toBe(shipped.bias);
      expect(fresh.weights, `${category}: run npm run train:conduct`).toEqual(shipped.weights);
    }
  });

  it.each(invalid)('warns "$text" as $category where the rule alone does not', ({ text, category }) => {
    expect(RULE_ALONE[category](text).filter((hit) => hit.severity !== 'info')).toEqual([]);
    expect(warned(text, category)).toBe(true);
    expect(warned(text, category, 'official')).toBe(true);
  });

  it.each(valid)('leaves "%s" alone', (text) => {
    for (const category of ['grievance', 'partisan', 'confidential'] as const) {
      expect(warned(text, category)).toBe(false);
      expect(warned(text, category, 'official')).toBe(false);
    }
  });

  it('scores every clean post of the labelled corpus under the threshold', () => {
    const clean = readFileSync(resolve(__dirname, '../../corpus/posts.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { text: string; expect: unknown[] })
      .filter((post) => post.expect.length === 0)
      .map((post) => post.text);
    expect(clean.length).toBeGreaterThan(200);
    expect(overThreshold(clean)).toEqual([]);
  });

  it.skipIf(!existsSync(GUARD_PATH))('scores every post of the school-post guard under the threshold', () => {
    const guard = readFileSync(GUARD_PATH, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(overThreshold(guard)).toEqual([]);
  });

  it("keeps the rule's own hits and adds nothing when the rule already warned", () => {
    const text = 'Ministers clearly have never set foot in a state school.';
    const ruleHit: RuleHit = { start: 0, end: 9, severity: 'warning', message: 'rule' };
    expect(withConductClassifier('partisan', text, [ruleHit], 'model')).toEqual([ruleHit]);
  });

  it("warns the weightiest sentence with the rule's message when the rule is silent", () => {
    const text = 'Lovely sunny morning. Ministers clearly have never set foot in a state school.';
    const [added] = withConductClassifier('partisan' as ConductCategory, text, [], 'the policy line');
    expect(added).toMatchObject({ severity: 'warning', message: 'the policy line' });
    expect(text.slice(added!.start, added!.end)).toBe(
      'Ministers clearly have never set foot in a state school',
    );
  });
});
