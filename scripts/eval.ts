/**
 * Measures the engine on public labelled data (never tune a rule to a row of it):
 *   npm run eval            reads ../shared/data/ (or $POST_GUARD_DATA), writes reports/eval.md and reports/eval.json
 * Each evaluator measures one capability; add one by appending to EVALUATORS (see scripts/lib/eval/core.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, dataDirectory } from './lib/config';
import type { Evaluator, EvaluatorResult, ScoreRow } from './lib/eval/core';
import { personNamesEvaluator } from './lib/eval/person-names';
import { personalInfoEvaluator } from './lib/eval/personal-info';
import { toneHateCheckEvaluator } from './lib/eval/tone-hatecheck';
import { toneOlidEvaluator } from './lib/eval/tone-olid';
import { photosEvaluator } from './lib/eval/photos';

export const EVALUATORS: readonly Evaluator[] = [
  personNamesEvaluator,
  personalInfoEvaluator,
  toneOlidEvaluator,
  toneHateCheckEvaluator,
  photosEvaluator,
];

const percent = (value: number | null): string => (value === null ? '–' : value.toFixed(2));

function table(rows: readonly ScoreRow[]): string {
  const lines = [
    '| data set | label | gold | found | predicted | correct | precision | recall | F1 | note |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.dataset} | ${row.label} | ${row.gold} | ${row.goldFound} | ${row.predicted} | ${row.predictedCorrect} | ${percent(row.precision)} | ${percent(row.recall)} | ${percent(row.f1)} | ${row.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

function markdown(date: string, data: string, results: readonly EvaluatorResult[], seconds: number): string {
  const parts = [
    `# Post Guard evaluation, ${date}`,
    '',
    `Data: \`${data}\`. Run time ${seconds.toFixed(1)} s.`,
    '',
  ];
  for (const result of results) {
    parts.push(`## ${result.title}`, '', result.method, '', table(result.rows), '');
    for (const note of result.notes) parts.push(`- ${note}`);
    if (result.notes.length > 0) parts.push('');
    const sample = result.examples.slice(0, 24);
    if (sample.length > 0) {
      parts.push('<details><summary>Sample of errors (full list in eval.json)</summary>', '');
      for (const example of sample) {
        parts.push(
          `- ${example.kind} ${example.label} (${example.dataset} ${example.id}): ${example.context.replace(/\|/g, '\\|')}`,
        );
      }
      parts.push('', '</details>', '');
    }
  }
  return parts.join('\n');
}

async function main(): Promise<void> {
  const data = dataDirectory();
  const started = performance.now();
  const only = process.argv.slice(2);
  const chosen = only.length > 0 ? EVALUATORS.filter((evaluator) => only.includes(evaluator.id)) : EVALUATORS;
  const results: EvaluatorResult[] = [];
  for (const evaluator of chosen) results.push(await evaluator.run(data));
  const seconds = (performance.now() - started) / 1000;
  const date = new Date().toISOString();
  const reports = join(REPO_ROOT, 'reports');
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, 'eval.json'), JSON.stringify({ date, data, seconds, results }, null, 2) + '\n');
  writeFileSync(join(reports, 'eval.md'), markdown(date.slice(0, 10), data, results, seconds));
  for (const result of results) {
    process.stdout.write(`\n${result.title}\n`);
    for (const row of result.rows) {
      process.stdout.write(
        `  ${row.dataset.padEnd(26)} ${row.label.padEnd(26)} P ${percent(row.precision)}  R ${percent(row.recall)}  F1 ${percent(row.f1)}  (gold ${row.gold}, predicted ${row.predicted})\n`,
      );
    }
  }
  process.stdout.write(`\nWrote reports/eval.md and reports/eval.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
