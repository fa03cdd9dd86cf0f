import {
  FINDER_CUES,
  FOLLOW_UP_CUES,
  findPersonNames,
  traceNameCues,
} from '../../../src/engine/names/find-person-names';
import { READING_CUES, readWordName } from '../../../src/engine/names/read-word-name';
import { plainView } from '../../../src/engine/names/cues/cue';
import { tagLookup } from '../../../src/engine/names/sentence-tags';
import { UK_FIRST_NAMES, firstNameAmbiguity } from '../../../src/engine/data/uk-first-names';
import { wordClassesOf } from '../../../src/engine/data/name-word-classes';
import { isMostlyCapitalised, tokenize } from '../../../src/engine/text/tokens';
import { ExampleSampler, SpanTally, contextOf, overlaps, readDataset, scoreRow } from './core';
import type { Entity, Span } from './core';
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
    const cues = new CueTally();
    for (const file of FILES) {
      const dataset = file.replace(/\.jsonl$/, '');
      const tally = new SpanTally();
      for (const row of readDataset(dataDirectories, file)) {
        const gold = (row.entities ?? []).filter((entity) => entity.type === 'PERSON');
        cues.add(row.text, gold);
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
    rows.push(...cues.rows());
    return {
      id: this.id,
      title: this.title,
      method:
        'Partial overlap: a predicted span is correct if it overlaps a gold PERSON span; a gold span is found if any predicted span overlaps it.',
      rows,
      notes: [
        'BTC marks @handles as PERSON; WNUT-17 is built around rare names. Reference (compromise .people()): F1 WNUT-17 0.43, BTC-A 0.64, Presidio 0.68.',
        'Rows "cue …" are per cue over all three sets: "proposed" counts every span the cue proposed (follow-up cues: the names they added) (its precision: how often a proposal overlaps a gold PERSON); "kept" the spans the scorer kept from it. Rows "reading …" weigh every word that is both a first name and an ordinary word ("Hope", "Will", "May"): a cue fires when its weight is not 0, and is right when a positive weight falls on a gold PERSON or a negative one off it; "reading name/word" is the reading of all cues together.',
      ],
      examples: sampler.examples,
    };
  },
};

interface Counts {
  fired: number;
  right: number;
}

/** Per-cue counts over the NER sets: finder cues' proposals, and reading cues on words that are also names. */
class CueTally {
  private readonly proposed = new Map<string, Counts>();
  private readonly kept = new Map<string, Counts>();
  private readonly reading = new Map<string, Counts>();

  private static bump(map: Map<string, Counts>, id: string, right: boolean): void {
    const counts = map.get(id) ?? { fired: 0, right: 0 };
    counts.fired++;
    if (right) counts.right++;
    map.set(id, counts);
  }

  add(text: string, gold: readonly Entity[]): void {
    const isGold = (span: Span): boolean => gold.some((entity) => overlaps(entity, span));
    for (const proposal of traceNameCues(text)) {
      // the trace hears every proposal once, and the kept ones once more
      CueTally.bump(proposal.kept ? this.kept : this.proposed, proposal.via, isGold(proposal));
    }
    const tokens = tokenize(text);
    let view: ReturnType<typeof plainView> | undefined;
    tokens.forEach((token, index) => {
      if (token.kind !== 'word' || !UK_FIRST_NAMES.has(token.key)) return;
      const ambiguity = firstNameAmbiguity(token.key);
      if (ambiguity === 'none') return;
      view ??= plainView(
        tokens,
        text,
        isMostlyCapitalised(tokens),
        (key) => UK_FIRST_NAMES.has(key),
        tagLookup(tokens, text),
      );
      const sense = { ambiguity, classes: wordClassesOf(token.key) };
      const person = isGold(token);
      for (const cue of READING_CUES) {
        const weight = cue.weigh(view, index, sense);
        if (weight !== 0) CueTally.bump(this.reading, cue.id, weight > 0 === person);
      }
      const { reading } = readWordName(view, index, sense);
      CueTally.bump(this.reading, `reading ${reading}`, reading === 'word' ? !person : person);
    });
  }

  rows() {
    const row = (label: string, counts: Counts | undefined) =>
      scoreRow('all three (cue)', label, {
        gold: 0,
        goldFound: 0,
        predicted: counts?.fired ?? 0,
        predictedCorrect: counts?.right ?? 0,
      });
    return [
      ...[...FINDER_CUES, ...FOLLOW_UP_CUES].flatMap((cue) => [
        row(`cue ${cue.id} proposed`, this.proposed.get(cue.id)),
        row(`cue ${cue.id} kept`, this.kept.get(cue.id)),
      ]),
      ...READING_CUES.map((cue) => row(`reading cue ${cue.id}`, this.reading.get(cue.id))),
      ...(['name', 'unsure', 'word'] as const).map((reading) =>
        row(`reading ${reading}`, this.reading.get(`reading ${reading}`)),
      ),
    ];
  }
}
