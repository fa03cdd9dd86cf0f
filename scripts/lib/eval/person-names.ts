import { findPersonNames } from '../../../src/engine/names/find-person-names';
import { ExampleSampler, SpanTally, contextOf, readDataset } from './core';
import type { Evaluator, EvaluatorResult, ScoreRow } from './core';

/** The person-name detector against the PERSON spans of three public NER/PII sets. */
const FILES = ['ner_wnut17_test.jsonl', 'ner_btc_A_uk.jsonl', 'pii_presidio_synth_v2.jsonl'];

export const personNamesEvaluator: Evaluator = {
  id: 'person-names',
  title: 'Person names (findPersonNames)',
  run(dataDirectories): EvaluatorResult {
    const rows: ScoreRow[] = [];
    const sampler = new ExampleSampler(8);
    const total = new SpanTally();
    for (const file of FILES) {
      const dataset = file.replace(/\.jsonl$/, '');
      const tally = new SpanTally();
      for (const row of readDataset(dataDirectories, file)) {
        const gold = (row.entities ?? []).filter((entity) => entity.type === 'PERSON');
        const predicted = findPersonNames(row.text);
        const { missed, wrong } = tally.add(gold, predicted);
        total.add(gold, predicted);
        for (const span of missed) {
          sampler.add({
            dataset,
            id: row.id,
            kind: 'false-negative',
            label: 'PERSON',
            match: row.text.slice(span.start, span.end),
            context: contextOf(row.text, span),
          });
        }
        for (const span of wrong) {
          sampler.add({
            dataset,
            id: row.id,
            kind: 'false-positive',
            label: 'PERSON',
            match: row.text.slice(span.start, span.end),
            context: contextOf(row.text, span),
          });
        }
      }
      rows.push(tally.row(dataset, 'PERSON'));
    }
    rows.push(total.row('all three', 'PERSON'));
    return {
      id: this.id,
      title: this.title,
      method:
        'Partial overlap: a predicted span is correct if it overlaps a gold PERSON span; a gold span is found if any predicted span overlaps it.',
      rows,
      notes: [
        'BTC marks @handles as PERSON; WNUT-17 is built around rare names. Reference (compromise .people()): F1 WNUT-17 0.43, BTC-A 0.64, Presidio 0.68.',
      ],
      examples: sampler.examples,
    };
  },
};
