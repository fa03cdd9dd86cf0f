/**
 * The school-post guard: everyday school posts whose idioms look rude out of context ("A piece of cake for
 * everyone", "Please screw the lids on tightly", "Blow out the candles!"), written by hand in
 * test/model-guard/innocent-posts.txt independently of any rule or model, plus the clean posts of the labelled
 * corpus. The rules that answer "is this offensive?" must warn none of them, on either kind of account; an
 * offensive-word model that would warn one is not shipped (README "Tone measurements").
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/engine/analyse';
import { RULES } from '../../../src/engine/rules/index';
import type { Category } from '../../../src/engine/types';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

const TONE_CATEGORIES: readonly Category[] = ['offensive', 'discriminatory', 'harassment', 'argument'];
const TONE_RULES = RULES.filter((rule) => TONE_CATEGORIES.includes(rule.category));

const innocentPosts = readFileSync(resolve(__dirname, '../../model-guard/innocent-posts.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

interface CorpusPost {
  text: string;
  expect: { category: Category }[];
}
const cleanCorpusPosts = readFileSync(resolve(__dirname, '../../corpus/posts.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CorpusPost)
  .filter((post) => !post.expect.some((expected) => TONE_CATEGORIES.includes(expected.category)))
  .map((post) => post.text);

/** The posts among `texts` that a tone rule warns, with what it matched. */
function warned(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    (['personal', 'official'] as const).flatMap((account) =>
      analyse(text, { platform: 'facebook', account, hasMedia: false }, DEFAULT_SETTINGS, TONE_RULES)
        .filter((finding) => finding.severity === 'warning' || finding.severity === 'critical')
        .map((finding) => `${account} ${finding.rule} "${finding.match}": ${text}`),
    ),
  );
}

describe('innocent school posts are not warned', () => {
  it('holds at least 300 hand-written posts', () => {
    expect(innocentPosts.length).toBeGreaterThanOrEqual(300);
    expect(new Set(innocentPosts).size).toBe(innocentPosts.length);
  });

  it('no tone rule warns a hand-written innocent post', () => {
    expect(warned(innocentPosts)).toEqual([]);
  });

  it('no tone rule warns a clean post of the labelled corpus', () => {
    expect(cleanCorpusPosts.length).toBeGreaterThan(100);
    expect(warned(cleanCorpusPosts)).toEqual([]);
  });
});
