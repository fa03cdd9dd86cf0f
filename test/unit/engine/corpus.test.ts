/**
 * Runs the labelled corpus (test/corpus/posts.jsonl: realistic posts written for Post Guard, each with the
 * findings a teacher would expect) through the whole engine. Recall: at least 95% of the labelled findings are
 * found (same category, overlapping text). False alarms: at most 1 clean post in 20 gets a warning or worse.
 * Every tone category has examples and counter-examples (`counterTo`), and no counter-example is warned.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/engine/analyse';
import type { Category, Finding, Platform } from '../../../src/engine/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import { validateSettings } from '../../../src/settings/validate';

const CORPUS = resolve(__dirname, '../../corpus');
/** The categories of the tone and conduct rules, each with examples and counter-examples in the corpus. */
const TONE_CATEGORIES: readonly Category[] = [
  'offensive',
  'discriminatory',
  'harassment',
  'argument',
  'grievance',
  'confidential',
  'partisan',
  'personal-gain',
  'style',
];

interface Expected {
  category: Category;
  match: string;
  /** Offset of the match; when absent, its first occurrence. */
  start?: number;
}

interface Post {
  id: string;
  text: string;
  platform: Platform;
  account: 'personal' | 'official';
  media?: boolean;
  /** The post answers someone else's post or comment (some argument findings are reply-only). */
  reply?: boolean;
  settings?: 'welbeck-test';
  expect: Expected[];
  /** A clean post written to look like this category's problem without being one ("Remember to vote"). */
  counterTo?: Category;
}

const posts: Post[] = readFileSync(join(CORPUS, 'posts.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Post);

const welbeck = validateSettings(JSON.parse(readFileSync(join(CORPUS, 'welbeck-test.json'), 'utf8')));
const SETTINGS: Record<string, Settings> = { 'welbeck-test': welbeck.settings };

function run(post: Post): Finding[] {
  const settings = post.settings ? SETTINGS[post.settings]! : DEFAULT_SETTINGS;
  return analyse(
    post.text,
    {
      platform: post.platform,
      account: post.account,
      hasMedia: post.media ?? false,
      isReply: post.reply ?? false,
    },
    settings,
  );
}

function found(post: Post, expected: Expected, findings: Finding[]): boolean {
  const same = findings.filter((finding) => finding.category === expected.category);
  // A finding about the whole post (media) has no text to overlap.
  if (expected.match === '') return same.length > 0;
  const start = expected.start ?? post.text.indexOf(expected.match);
  const end = start + expected.match.length;
  return same.some((finding) => finding.start < end && start < finding.end);
}

const isAlarm = (finding: Finding) => finding.severity === 'warning' || finding.severity === 'critical';

describe('labelled corpus', () => {
  it('is well formed: valid settings, ids unique, labels point at the text, enough clean posts', () => {
    expect(welbeck.errors).toEqual([]);
    expect(posts.length).toBeGreaterThanOrEqual(300);
    expect(new Set(posts.map((post) => post.id)).size).toBe(posts.length);
    for (const post of posts) {
      expect(['x', 'facebook', 'youtube']).toContain(post.platform);
      expect(['personal', 'official']).toContain(post.account);
      for (const label of post.expect) {
        if (label.match === '') continue;
        const start = label.start ?? post.text.indexOf(label.match);
        expect(post.text.slice(start, start + label.match.length), `${post.id}: ${label.match}`).toBe(
          label.match,
        );
      }
    }
    const clean = posts.filter((post) => post.expect.length === 0).length;
    expect(clean / posts.length).toBeGreaterThan(0.4);
  });

  const results = posts.map((post) => ({ post, findings: run(post) }));

  it('has at least 20 labelled findings and 10 counter-examples for every tone category', () => {
    for (const category of TONE_CATEGORIES) {
      const labels = posts.flatMap((post) => post.expect).filter((label) => label.category === category);
      const counters = posts.filter((post) => post.counterTo === category);
      expect(labels.length, `${category} labels`).toBeGreaterThanOrEqual(20);
      expect(counters.length, `${category} counter-examples`).toBeGreaterThanOrEqual(10);
      expect(counters.every((post) => post.expect.length === 0)).toBe(true);
    }
  });

  // An info reminder is allowed ("The word 'retarded' is hurtful…" still repeats the word); a warning is not.
  it('warns on no counter-example for the category it imitates', () => {
    const wrong = results
      .filter(({ post, findings }) =>
        findings.some((finding) => finding.category === post.counterTo && isAlarm(finding)),
      )
      .map(({ post }) => `${post.id} (${post.counterTo}) ${post.text}`);
    expect(wrong).toEqual([]);
  });

  it('finds at least 95% of the labelled findings', () => {
    const missed: string[] = [];
    let total = 0;
    const byCategory = new Map<string, { total: number; found: number }>();
    for (const { post, findings } of results) {
      for (const label of post.expect) {
        total++;
        const ok = found(post, label, findings);
        const tally = byCategory.get(label.category) ?? { total: 0, found: 0 };
        tally.total++;
        if (ok) tally.found++;
        byCategory.set(label.category, tally);
        if (!ok) missed.push(`${post.id} ${label.category} "${label.match}" in: ${post.text}`);
      }
    }
    const recall = (total - missed.length) / total;
    const summary = [...byCategory]
      .map(([category, { total: t, found: f }]) => `${category} ${f}/${t}`)
      .join(', ');
    console.info(
      `corpus recall ${(recall * 100).toFixed(1)}% (${total - missed.length}/${total}); ${summary}`,
    );
    if (missed.length > 0) console.info(`missed:\n  ${missed.join('\n  ')}`);
    expect(recall, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('raises a warning or worse on at most 1 clean post in 20', () => {
    const clean = results.filter(({ post }) => post.expect.length === 0);
    const alarmed = clean.filter(({ findings }) => findings.some(isAlarm));
    const lines = alarmed.map(
      ({ post, findings }) =>
        `${post.id} [${post.platform}/${post.account}] ${post.text}\n    ${findings
          .filter(isAlarm)
          .map((finding) => `${finding.rule} ${finding.severity} "${finding.match}"`)
          .join('; ')}`,
    );
    console.info(`clean posts with a warning or worse: ${alarmed.length}/${clean.length}`);
    if (lines.length > 0) console.info(lines.join('\n'));
    expect(alarmed.length / clean.length, lines.join('\n')).toBeLessThanOrEqual(1 / 20);
  });
});
