import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../../src/engine/analyse';
import type { AccountKind, Category, Platform } from '../../../src/engine/types';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { REPO_ROOT } from '../config';
import { ExampleSampler, scoreRow } from './core';
import type { Evaluator, EvaluatorResult, ScoreRow } from './core';
import { describeFindings, isAlarm, oneLine } from './tone-common';

/**
 * The conduct rules on the held-out paraphrase sets (test/heldout/*.jsonl, one file per category; see the README
 * there): posts written fresh, before the rules were tuned, that no rule table or corpus entry copies. A post counts
 * as flagged when the whole engine, with the default settings and the post's platform, account and reply state,
 * gives a finding of the post's category at warning or worse. Per category: recall on the posts to flag, and the
 * false-alarm rate on the clean look-alikes. The files live in the repository, not in the shared data folder.
 */
export const HELDOUT_DIRECTORY = join(REPO_ROOT, 'test', 'heldout');

export interface HeldOutPost {
  text: string;
  category: Category;
  expect: 'flag' | 'clean';
  platform: Platform;
  account: AccountKind;
  isReply: boolean;
  /** The file's name without .jsonl ("grievance", "grievance.second"): each file is scored on its own row. */
  set: string;
}

/**
 * Every held-out post, from every category's file, in file order. The folder also holds the name rules' held-out
 * sentences (names.jsonl, measured by heldout-names.ts): only rows that name a conduct category are read here.
 */
export function readHeldOut(directory = HELDOUT_DIRECTORY): HeldOutPost[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(directory, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ({
          ...(JSON.parse(line) as Omit<HeldOutPost, 'set' | 'category'> & { category?: Category }),
          set: file.replace(/\.jsonl$/, ''),
        }))
        .filter((post): post is HeldOutPost => post.category !== undefined)
        .map((post, index) => {
          if (post.expect !== 'flag' && post.expect !== 'clean')
            throw new Error(`${file} line ${index + 1}: expect must be "flag" or "clean"`);
          return post;
        }),
    );
}

/** True if the engine flags the post for its own category at warning or worse. */
export function flagsHeldOut(post: HeldOutPost): { flagged: boolean; found: string } {
  const findings = analyse(
    post.text,
    { platform: post.platform, account: post.account, hasMedia: false, isReply: post.isReply },
    DEFAULT_SETTINGS,
  ).filter((finding) => finding.category === post.category);
  return { flagged: findings.some(isAlarm), found: describeFindings(findings) };
}

interface Tally {
  flag: number;
  flagFound: number;
  clean: number;
  cleanWarned: number;
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;

/** An evaluator of the held-out posts in `directory` (the main set, or a later second look kept beside it). */
function heldOutEvaluator(id: string, title: string, directory: string, method: string): Evaluator {
  return {
    id,
    title,
    run: () => measureHeldOut(id, title, directory, method),
  };
}

function measureHeldOut(id: string, title: string, directory: string, method: string): EvaluatorResult {
  const sampler = new ExampleSampler(50);
  // One row per file: a category's later second batch ("grievance.second") is scored apart from its first.
  const tallies = new Map<string, Tally & { category: Category }>();
  for (const post of readHeldOut(directory)) {
    const tally = tallies.get(post.set) ?? {
      category: post.category,
      flag: 0,
      flagFound: 0,
      clean: 0,
      cleanWarned: 0,
    };
    tallies.set(post.set, tally);
    const { flagged, found } = flagsHeldOut(post);
    if (post.expect === 'flag') {
      tally.flag++;
      if (flagged) tally.flagFound++;
    } else {
      tally.clean++;
      if (flagged) tally.cleanWarned++;
    }
    if (flagged !== (post.expect === 'flag')) {
      sampler.add({
        dataset: `heldout/${post.set}`,
        id: `${post.platform}/${post.account}${post.isReply ? '/reply' : ''}`,
        kind: flagged ? 'false-positive' : 'false-negative',
        label: post.category,
        match: found,
        context: flagged ? `${oneLine(post.text)} ⇐ ${found}` : oneLine(post.text),
      });
    }
  }
  const rows: ScoreRow[] = [];
  const notes: string[] = [];
  for (const [set, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const { category } = tally;
    const predicted = tally.flagFound + tally.cleanWarned;
    rows.push(
      scoreRow(
        `heldout/${set}`,
        `${category} (warning or worse)`,
        { gold: tally.flag, goldFound: tally.flagFound, predicted, predictedCorrect: tally.flagFound },
        `false alarms ${tally.cleanWarned}/${tally.clean} clean look-alikes (${percent(tally.cleanWarned, tally.clean)})`,
      ),
    );
    notes.push(
      `${set}: recall ${percent(tally.flagFound, tally.flag)} (${tally.flagFound}/${tally.flag}), false alarms ${percent(tally.cleanWarned, tally.clean)} (${tally.cleanWarned}/${tally.clean}); targets recall ≥ 90%, false alarms ≤ 5%.`,
    );
  }
  return { id, title, method, rows, notes, examples: sampler.examples };
}

export const toneHeldOutEvaluator = heldOutEvaluator(
  'tone-heldout',
  'Held-out paraphrases',
  HELDOUT_DIRECTORY,
  'Posts written for Post Guard before the conduct rules were tuned and kept out of every rule table and the corpus (test/heldout/README.md). A post to flag is found when the whole engine gives a finding of its category at warning or worse (default settings, the post’s platform, account and reply state); a clean look-alike is a false alarm when it does. Precision counts both.',
);

/**
 * A second look (test/heldout/second-look/): posts written after the rules were rebuilt, measured once and never
 * tuned on, to show how far the rules generalise beyond the wordings whose misses were read while building them.
 */
export const toneSecondLookEvaluator = heldOutEvaluator(
  'tone-second-look',
  'Held-out paraphrases, second look',
  join(HELDOUT_DIRECTORY, 'second-look'),
  'Posts written after the harassment, argument and discriminatory rules were rebuilt, never read by a rule and never tuned on (test/heldout/second-look/README.md). Scored as the held-out paraphrases are.',
);

/**
 * The blind set (test/heldout/blind/): written by someone who had read neither the rules nor any earlier held-out
 * set, and never shown to whoever tunes a rule. Measured only when a round of rule changes has landed.
 */
export const toneBlindEvaluator = heldOutEvaluator(
  'tone-blind',
  'Held-out paraphrases, blind set',
  join(HELDOUT_DIRECTORY, 'blind'),
  'Posts written without sight of the rules, the corpus or the earlier held-out sets, kept from whoever tunes the rules (test/heldout/blind/README.md). Scored as the held-out paraphrases are.',
);
