import { ExampleSampler, readDataset, scoreRow } from './core';
import type { Evaluator, EvaluatorResult, ScoreRow } from './core';
import { describeFindings, isAlarm, oneLine, toneFindings } from './tone-common';

/**
 * Offensive ∪ discriminatory ∪ harassment against the OLID test set (OffensEval 2019, sub-task A): a tweet is
 * predicted offensive when any of the three rules raises a warning or worse, and scored against the OFF class.
 * Evaluation only: nothing in the engine is trained, tuned or thresholded on this file.
 */
const FILE = 'tone_olid_test.jsonl';

export const toneOlidEvaluator: Evaluator = {
  id: 'tone-olid',
  title: 'Tone: offensive language on OLID (offensive ∪ discriminatory ∪ harassment)',
  run(dataDirectories): EvaluatorResult {
    const dataset = FILE.replace(/\.jsonl$/, '');
    const sampler = new ExampleSampler(12);
    let gold = 0;
    let goldFound = 0;
    let predicted = 0;
    let predictedCorrect = 0;
    let anyGoldFound = 0;
    let anyPredicted = 0;
    let anyPredictedCorrect = 0;
    const byRule = new Map<string, { predicted: number; correct: number }>();
    const byTarget = new Map<string, { gold: number; found: number }>();

    for (const row of readDataset(dataDirectories, FILE)) {
      const offensive = row.offensive === true;
      const findings = toneFindings(row.text);
      const flagged = findings.some(isAlarm);
      const any = findings.length > 0;
      if (offensive) gold++;
      if (flagged) predicted++;
      if (flagged && offensive) {
        goldFound++;
        predictedCorrect++;
      }
      if (any) anyPredicted++;
      if (any && offensive) {
        anyGoldFound++;
        anyPredictedCorrect++;
      }
      for (const rule of new Set(findings.filter(isAlarm).map((finding) => finding.rule))) {
        const tally = byRule.get(rule) ?? { predicted: 0, correct: 0 };
        tally.predicted++;
        if (offensive) tally.correct++;
        byRule.set(rule, tally);
      }
      if (offensive) {
        const target =
          row.subtask_b === 'UNT'
            ? 'untargeted'
            : row.subtask_c === 'IND'
              ? 'targeted: individual'
              : row.subtask_c === 'GRP'
                ? 'targeted: group'
                : 'targeted: other';
        const tally = byTarget.get(target) ?? { gold: 0, found: 0 };
        tally.gold++;
        if (flagged) tally.found++;
        byTarget.set(target, tally);
      }
      if (flagged !== offensive) {
        sampler.add({
          dataset,
          id: row.id,
          kind: flagged ? 'false-positive' : 'false-negative',
          label: 'OFF',
          match: describeFindings(findings),
          context: flagged ? `${oneLine(row.text)} ⇐ ${describeFindings(findings)}` : oneLine(row.text),
        });
      }
    }

    const rows: ScoreRow[] = [
      scoreRow(
        dataset,
        'OFF (warning or worse)',
        { gold, goldFound, predicted, predictedCorrect },
        'target: F1 ≥ 0.62 at P ≥ 0.80 (issue 13)',
      ),
      scoreRow(
        dataset,
        'OFF (any finding, info too)',
        { gold, goldFound: anyGoldFound, predicted: anyPredicted, predictedCorrect: anyPredictedCorrect },
        'for reference: counts info reminders as flags',
      ),
    ];
    for (const [rule, tally] of [...byRule].sort()) {
      rows.push(
        scoreRow(
          dataset,
          `rule ${rule} alone`,
          { gold, goldFound: tally.correct, predicted: tally.predicted, predictedCorrect: tally.correct },
          'rows flagged by this rule',
        ),
      );
    }
    for (const [target, tally] of [...byTarget].sort()) {
      rows.push(
        scoreRow(
          dataset,
          `OFF ${target}`,
          { gold: tally.gold, goldFound: tally.found, predicted: 0, predictedCorrect: 0 },
          'recall only (OLID sub-tasks B and C)',
        ),
      );
    }
    return {
      id: this.id,
      title: this.title,
      method:
        'Per tweet: predicted offensive when the offensive, discriminatory or harassment rule raises a warning or worse (info reminders do not count); scored against the OFF label of OLID sub-task A. Evaluation only: no rule, weight or threshold was fitted to this file.',
      rows,
      notes: [
        'OLID was collected with US-political keywords; @USER and URL stand for mentions and links; labels are from crowd workers without adjudication.',
        'Reference: a ~90-word profanity list scores P 0.86 / R 0.40 / F1 0.54 on this file.',
      ],
      examples: sampler.examples,
    };
  },
};
