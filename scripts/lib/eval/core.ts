/**
 * The parts every evaluator shares: reading the JSON-lines data sets, scoring spans by partial overlap, and the
 * shape of a result. An evaluator measures one capability of the engine (person names, personal information,
 * and later tone) on one or more data sets and returns rows of scores; scripts/eval.ts runs the list of
 * evaluators and writes the report. To add one: write a module exporting an Evaluator and add it to EVALUATORS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Entity {
  type: string;
  text: string;
  start: number;
  end: number;
}

/** A row of the NER/PII files: `{id, source, text, entities:[{type,text,start,end}]}`; tone files add labels. */
export interface DataRow {
  id: string;
  text: string;
  entities?: Entity[];
  [field: string]: unknown;
}

export interface Span {
  start: number;
  end: number;
}

/** One line of a results table: how well one thing was found in one data set. */
export interface ScoreRow {
  dataset: string;
  /** What was scored: an entity type, a finding kind, a class label, "all". */
  label: string;
  /** Gold items (spans or labelled rows) and how many of them were found. */
  gold: number;
  goldFound: number;
  /** Predicted items and how many of them were right. */
  predicted: number;
  predictedCorrect: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  note?: string;
}

/** A wrong or missed item, kept for reading (never for tuning a rule to a row). */
export interface ErrorExample {
  dataset: string;
  id: string;
  kind: 'false-positive' | 'false-negative';
  label: string;
  match: string;
  context: string;
}

export interface EvaluatorResult {
  id: string;
  title: string;
  /** How the scores were computed, in a sentence or two. */
  method: string;
  rows: ScoreRow[];
  notes: string[];
  examples: ErrorExample[];
}

export interface Evaluator {
  id: string;
  title: string;
  /** Reads its data sets with readDataset from the first of `dataDirectories` that holds each file. */
  run(dataDirectories: readonly string[]): EvaluatorResult | Promise<EvaluatorResult>;
}

/** A data set that is in none of the data folders: its evaluator's section is skipped with a note. */
export class MissingDatasetError extends Error {
  constructor(
    readonly file: string,
    readonly searched: readonly string[],
  ) {
    super(
      `${file} is not in ${searched.join(' or ')}: set POST_GUARD_DATA to a folder that holds it (data/eval/README.md).`,
    );
  }
}

/** Reads a JSON-lines data set from the first folder that holds it; throws MissingDatasetError if none does. */
export function readDataset(dataDirectories: readonly string[], file: string): DataRow[] {
  const path = dataDirectories.map((folder) => join(folder, file)).find((candidate) => existsSync(candidate));
  if (path === undefined) throw new MissingDatasetError(file, dataDirectories);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DataRow);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function scoreRow(
  dataset: string,
  label: string,
  counts: { gold: number; goldFound: number; predicted: number; predictedCorrect: number },
  note?: string,
): ScoreRow {
  const precision = ratio(counts.predictedCorrect, counts.predicted);
  const recall = ratio(counts.goldFound, counts.gold);
  const row: ScoreRow = { dataset, label, ...counts, precision, recall, f1: f1(precision, recall) };
  if (note) row.note = note;
  return row;
}

/** Running totals for partial-overlap span scoring. */
export class SpanTally {
  gold = 0;
  goldFound = 0;
  predicted = 0;
  predictedCorrect = 0;

  /** Adds one text's gold and predicted spans; returns the missed gold and the wrong predictions. */
  add(gold: readonly Span[], predicted: readonly Span[]): { missed: Span[]; wrong: Span[] } {
    const missed = gold.filter((g) => !predicted.some((p) => overlaps(g, p)));
    const wrong = predicted.filter((p) => !gold.some((g) => overlaps(g, p)));
    this.gold += gold.length;
    this.goldFound += gold.length - missed.length;
    this.predicted += predicted.length;
    this.predictedCorrect += predicted.length - wrong.length;
    return { missed, wrong };
  }

  row(dataset: string, label: string, note?: string): ScoreRow {
    return scoreRow(dataset, label, this, note);
  }
}

/** The text around a span, on one line, with the span in [brackets]. */
export function contextOf(text: string, span: Span, width = 40): string {
  const before = text.slice(Math.max(0, span.start - width), span.start);
  const after = text.slice(span.end, span.end + width);
  return `${before}[${text.slice(span.start, span.end)}]${after}`.replace(/\s+/g, ' ');
}

/** Keeps at most `limit` examples per (dataset, kind, label). */
export class ExampleSampler {
  private readonly counts = new Map<string, number>();
  readonly examples: ErrorExample[] = [];
  constructor(private readonly limit: number) {}

  add(example: ErrorExample): void {
    const key = `${example.dataset}|${example.kind}|${example.label}`;
    const count = this.counts.get(key) ?? 0;
    if (count >= this.limit) return;
    this.counts.set(key, count + 1);
    this.examples.push(example);
  }
}
