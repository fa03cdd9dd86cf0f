import { ExampleSampler, readDataset } from './core';
import type { Evaluator, EvaluatorResult, ScoreRow } from './core';
import { describeFindings, isAlarm, oneLine, toneFindings } from './tone-common';

/**
 * The HateCheck functional tests (Röttger et al. 2021): accuracy per functionality, hateful and non-hateful
 * reported apart. A hateful case is right when the offensive, discriminatory or harassment rule raises a warning
 * or worse; a non-hateful case is right when none does, except profanity_nh (swearing that is not hateful),
 * which is right when the offensive rule warns and the discriminatory rule does not. Evaluation only.
 */
const FILE = 'tone_hatecheck.jsonl';
const PROFANITY_NH = 'profanity_nh';

interface Tally {
  cases: number;
  right: number;
  hateful: boolean;
}

function accuracyRow(dataset: string, label: string, tally: Tally, note: string): ScoreRow {
  return {
    dataset,
    label,
    gold: tally.cases,
    goldFound: tally.right,
    predicted: 0,
    predictedCorrect: 0,
    precision: null,
    recall: tally.cases === 0 ? null : tally.right / tally.cases,
    f1: null,
    note,
  };
}

export const toneHateCheckEvaluator: Evaluator = {
  id: 'tone-hatecheck',
  title: 'Tone: HateCheck functional tests (offensive ∪ discriminatory ∪ harassment)',
  run(dataDirectories): EvaluatorResult {
    const dataset = FILE.replace(/\.jsonl$/, '');
    const sampler = new ExampleSampler(3);
    const byFunctionality = new Map<string, Tally>();
    for (const row of readDataset(dataDirectories, FILE)) {
      const functionality = String(row.functionality);
      const hateful = row.label_gold === 'hateful';
      const findings = toneFindings(row.text);
      const flagged = findings.some(isAlarm);
      let right: boolean;
      if (functionality === PROFANITY_NH) {
        right =
          findings.some((finding) => finding.rule === 'offensive' && isAlarm(finding)) &&
          !findings.some((finding) => finding.rule === 'discriminatory' && isAlarm(finding));
      } else right = flagged === hateful;
      const tally = byFunctionality.get(functionality) ?? { cases: 0, right: 0, hateful };
      tally.cases++;
      if (right) tally.right++;
      byFunctionality.set(functionality, tally);
      if (!right) {
        sampler.add({
          dataset,
          id: row.id,
          kind: hateful || functionality === PROFANITY_NH ? 'false-negative' : 'false-positive',
          label: functionality,
          match: describeFindings(findings),
          context: flagged ? `${oneLine(row.text)} ⇐ ${describeFindings(findings)}` : oneLine(row.text),
        });
      }
    }

    const sum = (filter: (name: string, tally: Tally) => boolean, hateful: boolean): Tally => {
      const total: Tally = { cases: 0, right: 0, hateful };
      for (const [name, tally] of byFunctionality)
        if (filter(name, tally)) {
          total.cases += tally.cases;
          total.right += tally.right;
        }
      return total;
    };
    const hatefulTotal = sum((_, tally) => tally.hateful, true);
    const nonHateful = sum((name, tally) => !tally.hateful && name !== PROFANITY_NH, false);
    const rows: ScoreRow[] = [
      accuracyRow(dataset, 'hateful: all', hatefulTotal, 'recall of hateful cases; target ≥ 0.70'),
      accuracyRow(
        dataset,
        'non-hateful: all but profanity_nh',
        nonHateful,
        `not flagged; false alarms ${(1 - nonHateful.right / nonHateful.cases).toFixed(3)} (target ≤ 0.30)`,
      ),
    ];
    const sorted = [...byFunctionality].sort(([a, x], [b, y]) =>
      x.hateful === y.hateful ? a.localeCompare(b) : x.hateful ? -1 : 1,
    );
    for (const [name, tally] of sorted) {
      rows.push(
        accuracyRow(
          dataset,
          `${tally.hateful ? 'hateful' : 'non-hateful'}: ${name}`,
          tally,
          name === PROFANITY_NH
            ? 'right when flagged offensive but not discriminatory'
            : tally.hateful
              ? 'right when flagged'
              : 'right when not flagged',
        ),
      );
    }
    return {
      id: this.id,
      title: this.title,
      method:
        'Accuracy per functionality: the "found" column counts the cases scored right and the recall column is the accuracy (precision and F1 do not apply). Flagged means a warning or worse from the offensive, discriminatory or harassment rule; profanity_nh is right when the offensive rule warns and the discriminatory rule does not. Evaluation only: no rule was fitted to this file.',
      rows,
      notes: [
        'HateCheck is synthetic: each functionality is one template filled with seven target groups, so accuracy within a functionality moves in steps.',
      ],
      examples: sampler.examples,
    };
  },
};
