/**
 * The disguise catalogue (test/corpus/disguises.jsonl, written by scripts/gen-disguise-catalogue.ts) through the
 * whole engine with the test school's settings: how many disguised names, swear words and slurs are caught, per
 * kind of disguise, and whether the clean look-alikes stay quiet. A form is caught when a finding of the expected
 * category overlaps it (and the finding's match is the original text at its offsets). Also used by the unit test
 * that enforces the floors (test/unit/engine/disguises.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../../src/engine/analyse';
import type { Category, Finding } from '../../../src/engine/types';
import type { Settings } from '../../../src/settings/settings';
import { validateSettings } from '../../../src/settings/validate';
import { REPO_ROOT } from '../config';
import { contextOf, overlaps, scoreRow } from './core';
import type { ErrorExample, Evaluator, EvaluatorResult, ScoreRow } from './core';

export type DisguiseGroup = 'never-publish' | 'roster' | 'swear' | 'slur' | 'clean';

export interface DisguiseRow {
  id: string;
  kind: string;
  group: DisguiseGroup;
  target: string;
  text: string;
  start: number;
  end: number;
  expect: Category | null;
}

export interface DisguiseResult {
  row: DisguiseRow;
  caught: boolean;
  /** For a clean row: the findings that would alarm (a warning or worse about a name or a word). */
  alarms: Finding[];
}

/** Floors enforced by the unit test, as the issue sets them. */
export const DISGUISE_FLOORS = { neverPublish: 0.95, names: 0.9, swearsAndSlurs: 0.85 } as const;

const CATALOGUE = join(REPO_ROOT, 'test', 'corpus', 'disguises.jsonl');
const SETTINGS = join(REPO_ROOT, 'test', 'corpus', 'welbeck-test.json');
const WORD_CATEGORIES: readonly Category[] = ['pupil', 'no-publish', 'offensive', 'discriminatory'];

export function readDisguiseCatalogue(): DisguiseRow[] {
  return readFileSync(CATALOGUE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DisguiseRow);
}

export function disguiseSettings(): Settings {
  return validateSettings(JSON.parse(readFileSync(SETTINGS, 'utf8'))).settings;
}

/** Runs every row through analyse(). */
export function runDisguiseCatalogue(rows: readonly DisguiseRow[], settings: Settings): DisguiseResult[] {
  return rows.map((row) => {
    const findings = analyse(
      row.text,
      { platform: 'facebook', account: 'personal', hasMedia: false },
      settings,
    );
    if (row.expect === null) {
      const alarms = findings.filter(
        (finding) =>
          WORD_CATEGORIES.includes(finding.category) &&
          (finding.severity === 'warning' || finding.severity === 'critical'),
      );
      return { row, caught: false, alarms };
    }
    const caught = findings.some(
      (finding) =>
        finding.category === row.expect &&
        overlaps(finding, row) &&
        finding.match === row.text.slice(finding.start, finding.end),
    );
    return { row, caught, alarms: [] };
  });
}

/** Share of disguised (not plain) rows caught among those the filter keeps. */
export function caughtRate(
  results: readonly DisguiseResult[],
  keep: (row: DisguiseRow) => boolean,
): { caught: number; total: number; rate: number } {
  const kept = results.filter(({ row }) => row.expect !== null && row.kind !== 'plain' && keep(row));
  const caught = kept.filter((result) => result.caught).length;
  return { caught, total: kept.length, rate: kept.length === 0 ? 1 : caught / kept.length };
}

const GROUP_LABELS: Record<Exclude<DisguiseGroup, 'clean'>, string> = {
  'never-publish': 'never-publish names',
  roster: 'other roster names',
  swear: 'swear words',
  slur: 'slurs',
};

export const disguisesEvaluator: Evaluator = {
  id: 'disguises',
  title: 'Disguises (catalogue of disguised names, swear words and slurs)',
  run(): EvaluatorResult {
    const rows = readDisguiseCatalogue();
    const results = runDisguiseCatalogue(rows, disguiseSettings());
    const scored: ScoreRow[] = [];
    const rate = (label: string, keep: (row: DisguiseRow) => boolean, note?: string): void => {
      const { caught, total } = caughtRate(results, keep);
      scored.push(
        scoreRow(
          'disguises',
          label,
          { gold: total, goldFound: caught, predicted: 0, predictedCorrect: 0 },
          note,
        ),
      );
    };
    for (const [group, label] of Object.entries(GROUP_LABELS)) {
      rate(label, (row) => row.group === group, `floor ${floorOf(group as DisguiseGroup)}`);
    }
    rate('all name forms', (row) => row.group === 'never-publish' || row.group === 'roster', 'floor 0.90');
    rate('swear words and slurs', (row) => row.group === 'swear' || row.group === 'slur', 'floor 0.85');
    const kinds = [...new Set(rows.map((row) => row.kind))].filter((kind) =>
      rows.some((row) => row.kind === kind && row.expect !== null && kind !== 'plain'),
    );
    for (const kind of kinds) rate(`kind: ${kind}`, (row) => row.kind === kind);
    const plain = results.filter(({ row }) => row.kind === 'plain');
    const clean = results.filter(({ row }) => row.expect === null);
    const falseAlarms = clean.filter((result) => result.alarms.length > 0);
    scored.push(
      scoreRow(
        'disguises',
        'clean look-alikes (false alarms)',
        {
          gold: 0,
          goldFound: 0,
          predicted: falseAlarms.length,
          predictedCorrect: 0,
        },
        `${falseAlarms.length} of ${clean.length} clean posts warned`,
      ),
    );
    const examples: ErrorExample[] = [];
    for (const result of results) {
      if (result.row.expect !== null && !result.caught) {
        examples.push({
          dataset: 'disguises',
          id: result.row.id,
          kind: 'false-negative',
          label: `${result.row.group} ${result.row.kind}`,
          match: result.row.text.slice(result.row.start, result.row.end),
          context: contextOf(result.row.text, result.row),
        });
      }
      for (const alarm of result.alarms) {
        examples.push({
          dataset: 'disguises',
          id: result.row.id,
          kind: 'false-positive',
          label: `${alarm.category} ${result.row.kind}`,
          match: alarm.match,
          context: contextOf(result.row.text, alarm),
        });
      }
    }
    return {
      id: this.id,
      title: this.title,
      method:
        'Each disguised form is put in a sentence and analysed with the test school settings (test/corpus/welbeck-test.json); it is caught when a finding of the expected category (no-publish, pupil, offensive, discriminatory) overlaps it and its match is the original text at its offsets. Recall is the caught rate; "plain" control rows (the same sentences undisguised) are not counted. Clean rows count posts with a warning or worse about a name or word.',
      rows: scored,
      notes: [
        `${rows.length} rows: ${rows.length - clean.length - plain.length} disguised forms, ${plain.length} plain controls (${plain.filter((result) => result.caught).length} caught), ${clean.length} clean look-alikes.`,
      ],
      examples,
    };
  },
};

function floorOf(group: DisguiseGroup): string {
  if (group === 'never-publish') return DISGUISE_FLOORS.neverPublish.toFixed(2);
  if (group === 'roster') return `${DISGUISE_FLOORS.names.toFixed(2)} (all names)`;
  return `${DISGUISE_FLOORS.swearsAndSlurs.toFixed(2)} (swears and slurs)`;
}
