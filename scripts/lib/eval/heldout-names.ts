import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../../src/engine/analyse';
import { noPublishPupil } from '../../../src/engine/rules/no-publish-pupil';
import { rosterPupil } from '../../../src/engine/rules/roster-pupil';
import { unlistedChild } from '../../../src/engine/rules/unlisted-child';
import type { Finding, Severity } from '../../../src/engine/types';
import { DEFAULT_SETTINGS, type Pupil, type Settings } from '../../../src/settings/settings';
import { REPO_ROOT } from '../config';
import { scoreRow } from './core';
import type { ErrorExample, Evaluator, EvaluatorResult, ScoreRow } from './core';

/** The held-out name sentences (test/heldout/, written before tuning): never-publish recall and false alarms. */
interface HeldOutRow {
  id: string;
  kind: 'never-publish' | 'look-alike' | 'own-child';
  text: string;
  match?: string;
  expect: 'critical' | 'finding' | 'quiet' | 'none' | 'at-most-warning' | 'at-most-info';
  position?: string;
}

const HELD_OUT = join(REPO_ROOT, 'test', 'heldout');
const PUPIL_RULES = [noPublishPupil, rosterPupil, unlistedChild];
const RANK: Record<Severity, number> = { info: 1, warning: 2, critical: 3 };

/**
 * The batches, each with its own roster, scored on their own rows: the first was written before the name rules
 * were tuned; the third (names.third.jsonl) after the cues were rebuilt on misses of the first, and before any rule
 * was changed for it.
 */
const BATCHES = [
  { label: 'first', rows: 'names.jsonl', roster: 'names-roster.json' },
  { label: 'third', rows: 'names.third.jsonl', roster: 'names.third-roster.json' },
] as const;

function readRows(file: string): HeldOutRow[] {
  return readFileSync(join(HELD_OUT, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as HeldOutRow);
}

function readSettings(file: string): Settings {
  const roster = JSON.parse(readFileSync(join(HELD_OUT, file), 'utf8')) as { pupils: Pupil[] };
  return { ...DEFAULT_SETTINGS, pupils: roster.pupils };
}

/** The findings on the row's name (its first occurrence), or on the whole text when the row names none. */
function findingsOn(row: HeldOutRow, findings: readonly Finding[]): Finding[] {
  if (row.match === undefined) return [...findings];
  const start = row.text.indexOf(row.match);
  const end = start + row.match.length;
  return findings.filter((finding) => finding.start < end && start < finding.end);
}

function scoreBatch(batch: (typeof BATCHES)[number]): { rows: ScoreRow[]; examples: ErrorExample[] } {
  const settings = readSettings(batch.roster);
  const examples: ErrorExample[] = [];
  const counts = {
    neverPublish: { gold: 0, found: 0, criticalGold: 0, critical: 0 },
    lookAlike: { rows: 0, alarms: 0 },
    ownChild: { rows: 0, ok: 0 },
  };
  const miss = (row: HeldOutRow, kind: ErrorExample['kind'], why: string): void => {
    examples.push({
      dataset: `heldout-names/${batch.label}`,
      id: row.id,
      kind,
      label: row.kind,
      match: row.match ?? '',
      context: `${row.text} — ${why}`,
    });
  };
  for (const row of readRows(batch.rows)) {
    const findings = analyse(
      row.text,
      { platform: 'x', account: 'personal', hasMedia: false },
      settings,
      PUPIL_RULES,
    );
    const on = findingsOn(row, findings);
    const worst = Math.max(0, ...on.map((finding) => RANK[finding.severity]));
    if (row.kind === 'never-publish') {
      const noPublish = on.filter((finding) => finding.rule === 'no-publish-pupil');
      const found = noPublish.length > 0;
      const critical = noPublish.some((finding) => finding.severity === 'critical');
      counts.neverPublish.gold++;
      if (found) counts.neverPublish.found++;
      else miss(row, 'false-negative', 'no never-publish finding');
      if (row.expect === 'critical') {
        counts.neverPublish.criticalGold++;
        if (critical) counts.neverPublish.critical++;
        else if (found) miss(row, 'false-negative', 'a warning where critical was expected');
      }
    } else if (row.kind === 'look-alike') {
      counts.lookAlike.rows++;
      if (findings.length > 0) {
        counts.lookAlike.alarms++;
        miss(row, 'false-positive', findings.map((f) => `${f.rule} ${f.severity} “${f.match}”`).join(', '));
      }
    } else {
      counts.ownChild.rows++;
      const allowed = row.expect === 'none' ? 0 : row.expect === 'at-most-info' ? RANK.info : RANK.warning;
      if (worst <= allowed) counts.ownChild.ok++;
      else miss(row, 'false-positive', on.map((f) => `${f.rule} ${f.severity}`).join(', '));
    }
  }
  const { neverPublish, lookAlike, ownChild } = counts;
  const rows: ScoreRow[] = [
    scoreRow(`heldout never-publish (${batch.label})`, 'found (warning or critical)', {
      gold: neverPublish.gold,
      goldFound: neverPublish.found,
      predicted: 0,
      predictedCorrect: 0,
    }),
    scoreRow(`heldout never-publish (${batch.label})`, 'critical where expected', {
      gold: neverPublish.criticalGold,
      goldFound: neverPublish.critical,
      predicted: 0,
      predictedCorrect: 0,
    }),
    scoreRow(
      `heldout look-alikes (${batch.label})`,
      'quiet',
      {
        gold: lookAlike.rows,
        goldFound: lookAlike.rows - lookAlike.alarms,
        predicted: 0,
        predictedCorrect: 0,
      },
      `${lookAlike.alarms} false alarms`,
    ),
    scoreRow(
      `heldout own children (${batch.label})`,
      'not treated as a pupil',
      { gold: ownChild.rows, goldFound: ownChild.ok, predicted: 0, predictedCorrect: 0 },
      `${ownChild.rows - ownChild.ok} over the allowed severity`,
    ),
  ];
  return { rows, examples };
}

export const heldOutNamesEvaluator: Evaluator = {
  id: 'heldout-names',
  title: 'Held-out name sentences (test/heldout/names*.jsonl)',
  run(): EvaluatorResult {
    const scored = BATCHES.map(scoreBatch);
    return {
      id: this.id,
      title: this.title,
      method:
        'Each sentence runs through the three pupil rules with the held-out roster (personal account on X). Recall columns only: "found" counts rows that behave as expected.',
      rows: scored.flatMap((batch) => batch.rows),
      notes: [
        'The first batch was written before the name rules were tuned; the third before the rules were changed for it. See test/heldout/README.md.',
      ],
      examples: scored.flatMap((batch) => batch.examples),
    };
  },
};
