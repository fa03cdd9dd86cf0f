/**
 * Measures the engine on public labelled data (never tune a rule to a row of it):
 *   npm run eval            reads data/eval/ (and $POST_GUARD_DATA first), writes reports/eval.md and reports/eval.json
 *   npm run eval -- <id>…   runs only the named evaluators, writes reports/eval-<id>.md and .json
 * A data set the repository may not carry (OLID) is read only from $POST_GUARD_DATA; without it, its section is
 * skipped with a note.
 * Each evaluator measures one capability; add one by appending to EVALUATORS (see scripts/lib/eval/core.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT, dataDirectories } from './lib/config';
import { installNodeTagger } from './lib/engine-host';
import { MissingDatasetError, type Evaluator, type EvaluatorResult, type ScoreRow } from './lib/eval/core';
import { disguisesEvaluator } from './lib/eval/disguises';
import { heldOutNamesEvaluator } from './lib/eval/heldout-names';
import { personNamesEvaluator } from './lib/eval/person-names';
import { personalInfoEvaluator } from './lib/eval/personal-info';
import { toneHateCheckEvaluator } from './lib/eval/tone-hatecheck';
import { toneBlindEvaluator, toneHeldOutEvaluator, toneSecondLookEvaluator } from './lib/eval/tone-heldout';
import { toneOlidEvaluator } from './lib/eval/tone-olid';
import { photosEvaluator } from './lib/eval/photos';

export const EVALUATORS: readonly Evaluator[] = [
  personNamesEvaluator,
  heldOutNamesEvaluator,
  personalInfoEvaluator,
  toneOlidEvaluator,
  toneHateCheckEvaluator,
  toneHeldOutEvaluator,
  toneSecondLookEvaluator,
  toneBlindEvaluator,
  disguisesEvaluator,
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

/** The evaluators named on the command line (all when none is), and the report's file name. */
function selected(ids: readonly string[]): { evaluators: readonly Evaluator[]; report: string } {
  if (ids.length === 0) return { evaluators: EVALUATORS, report: 'eval' };
  const unknown = ids.filter((id) => !EVALUATORS.some((evaluator) => evaluator.id === id));
  if (unknown.length > 0)
    throw new Error(
      `Unknown evaluator ${unknown.join(', ')}; known: ${EVALUATORS.map((evaluator) => evaluator.id).join(', ')}`,
    );
  return {
    evaluators: EVALUATORS.filter((evaluator) => ids.includes(evaluator.id)),
    report: `eval-${ids.join('+')}`,
  };
}

/** Runs one evaluator; a data set it needs that is not here skips its section with a note instead of failing. */
async function runOrSkip(evaluator: Evaluator, folders: readonly string[]): Promise<EvaluatorResult> {
  try {
    return await evaluator.run(folders);
  } catch (error) {
    if (!(error instanceof MissingDatasetError)) throw error;
    process.stdout.write(`\nSkipped: ${evaluator.title}: ${error.message}\n`);
    return {
      id: evaluator.id,
      title: evaluator.title,
      method: 'Not measured in this run.',
      rows: [],
      notes: [`Skipped: ${error.message}`],
      examples: [],
    };
  }
}

async function main(): Promise<void> {
  installNodeTagger();
  const folders = dataDirectories();
  const data = folders.map((folder) => relative(REPO_ROOT, folder) || '.').join(', then ');
  const started = performance.now();
  const { evaluators, report } = selected(process.argv.slice(2));
  const results: EvaluatorResult[] = [];
  for (const evaluator of evaluators) results.push(await runOrSkip(evaluator, folders));
  const seconds = (performance.now() - started) / 1000;
  const date = new Date().toISOString();
  const reports = join(REPO_ROOT, 'reports');
  mkdirSync(reports, { recursive: true });
  writeFileSync(
    join(reports, `${report}.json`),
    JSON.stringify({ date, data, seconds, results }, null, 2) + '\n',
  );
  writeFileSync(join(reports, `${report}.md`), markdown(date.slice(0, 10), data, results, seconds));
  for (const result of results) {
    process.stdout.write(`\n${result.title}\n`);
    for (const row of result.rows) {
      process.stdout.write(
        `  ${row.dataset.padEnd(26)} ${row.label.padEnd(26)} P ${percent(row.precision)}  R ${percent(row.recall)}  F1 ${percent(row.f1)}  (gold ${row.gold}, predicted ${row.predicted})\n`,
      );
    }
  }
  process.stdout.write(`\nWrote reports/${report}.md and reports/${report}.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
