import { splitPassages } from '../../../src/engine/passages';
import { findPersonalInfo } from '../../../src/engine/rules/personal-info';
import type { PersonalInfoKind, PersonalInfoSpan } from '../../../src/engine/rules/personal-info';
import { ExampleSampler, SpanTally, contextOf, overlaps, readDataset } from './core';
import type { DataRow, Entity, Evaluator, EvaluatorResult, ScoreRow, Span } from './core';

/**
 * The personal-info rule's detector against the Presidio synthetic PII set, per entity type; and how often it
 * fires on the two social-media NER sets, which have no such labels (to gauge false alarms on ordinary posts).
 */
const PII_FILE = 'pii_presidio_synth_v2.jsonl';
const UNLABELLED_FILES = ['ner_wnut17_test.jsonl', 'ner_btc_A_uk.jsonl'];

/** Gold types scored, and the finding kinds that answer each. BIRTH_DATE is a DATE_TIME that is a birth date. */
const TYPES: { type: string; kinds: PersonalInfoKind[] }[] = [
  { type: 'PHONE_NUMBER', kinds: ['phone'] },
  { type: 'EMAIL_ADDRESS', kinds: ['email'] },
  { type: 'STREET_ADDRESS', kinds: ['address', 'postcode'] },
  { type: 'AGE', kinds: ['age', 'birthday'] },
  { type: 'BIRTH_DATE', kinds: ['date-of-birth'] },
];
const OTHER_PII = new Set([
  'CREDIT_CARD',
  'IBAN_CODE',
  'US_SSN',
  'IP_ADDRESS',
  'US_DRIVER_LICENSE',
  'ZIP_CODE',
]);

/** A DATE_TIME is a birth date when the words just before it say so ("born on", "date of birth", "DOB"). */
const BIRTH_CUE = /\b(?:born|birth|dob|d\.o\.b)\b[^.!?\n]{0,25}$/i;

function goldEntities(row: DataRow): Entity[] {
  const gold: Entity[] = [];
  for (const entity of row.entities ?? []) {
    if (entity.type === 'DATE_TIME') {
      if (BIRTH_CUE.test(row.text.slice(Math.max(0, entity.start - 40), entity.start))) {
        gold.push({ ...entity, type: 'BIRTH_DATE' });
      }
    } else gold.push(entity);
  }
  return gold;
}

/** The detector run as the rule runs it: passage by passage (paragraphs), offsets mapped back to the text. */
function detect(text: string): PersonalInfoSpan[] {
  const spans: PersonalInfoSpan[] = [];
  for (const passage of splitPassages(text)) {
    for (const span of findPersonalInfo(passage.text)) {
      spans.push({ ...span, start: span.start + passage.offset, end: span.end + passage.offset });
    }
  }
  return spans;
}

export const personalInfoEvaluator: Evaluator = {
  id: 'personal-info',
  title: 'Personal information (personal-info rule)',
  run(dataDirectories): EvaluatorResult {
    const rows: ScoreRow[] = [];
    const sampler = new ExampleSampler(8);
    const dataset = PII_FILE.replace(/\.jsonl$/, '');
    const tallies = new Map(TYPES.map(({ type }) => [type, new SpanTally()]));
    const all = new SpanTally();
    let otherPiiHits = 0;
    let birthDates = 0;

    for (const row of readDataset(dataDirectories, PII_FILE)) {
      const gold = goldEntities(row);
      const found = detect(row.text);
      birthDates += gold.filter((entity) => entity.type === 'BIRTH_DATE').length;
      for (const { type, kinds } of TYPES) {
        const typeGold = gold.filter((entity) => entity.type === type);
        const typeFound = found.filter((span) => kinds.includes(span.kind));
        const { missed, wrong } = tallies.get(type)!.add(typeGold, typeFound);
        for (const span of missed) {
          sampler.add({
            dataset,
            id: row.id,
            kind: 'false-negative',
            label: type,
            match: row.text.slice(span.start, span.end),
            context: contextOf(row.text, span),
          });
        }
        for (const span of wrong) {
          sampler.add({
            dataset,
            id: row.id,
            kind: 'false-positive',
            label: type,
            match: row.text.slice(span.start, span.end),
            context: contextOf(row.text, span),
          });
        }
      }
      const scoredGold = gold.filter((entity) => TYPES.some(({ type }) => type === entity.type));
      const { wrong } = all.add(scoredGold, found);
      const other = gold.filter((entity) => OTHER_PII.has(entity.type));
      otherPiiHits += wrong.filter((span: Span) => other.some((entity) => overlaps(entity, span))).length;
    }
    for (const { type, kinds } of TYPES) {
      rows.push(tallies.get(type)!.row(dataset, type, `finding kinds: ${kinds.join(', ')}`));
    }
    rows.push(all.row(dataset, 'all five types'));

    for (const file of UNLABELLED_FILES) {
      const name = file.replace(/\.jsonl$/, '');
      const texts = readDataset(dataDirectories, file);
      let predicted = 0;
      for (const row of texts) {
        for (const span of detect(row.text)) {
          predicted++;
          sampler.add({
            dataset: name,
            id: row.id,
            kind: 'false-positive',
            label: span.kind,
            match: row.text.slice(span.start, span.end),
            context: contextOf(row.text, span),
          });
        }
      }
      rows.push({
        dataset: name,
        label: 'findings (no PII labels)',
        gold: 0,
        goldFound: 0,
        predicted,
        predictedCorrect: 0,
        precision: null,
        recall: null,
        f1: null,
        note: `${((1000 * predicted) / texts.length).toFixed(1)} findings per 1,000 posts; no labels, so judge them from the examples`,
      });
    }

    return {
      id: this.id,
      title: this.title,
      method:
        'Partial overlap per entity type, scoring only the finding kinds that answer that type (phone ↔ PHONE_NUMBER, email ↔ EMAIL_ADDRESS, address and postcode ↔ STREET_ADDRESS, age and birthday ↔ AGE, date of birth ↔ BIRTH_DATE). BIRTH_DATE is a DATE_TIME entity whose preceding words say "born", "birth" or "DOB". "all five types" scores every finding against the union of those types.',
      rows,
      notes: [
        `${birthDates} of the Presidio DATE_TIME entities are birth dates; the other DATE_TIME entities (years, weekdays, timestamps) are not personal information about a child and are not scored.`,
        `${otherPiiHits} findings that count as wrong overlap another kind of PII (credit card, IBAN, SSN, IP address, ZIP code).`,
        'The rule is built for UK posts (UK phone numbering, UK street names and postcodes). Presidio is synthetic and international (US, Nordic, German, Australian formats): low recall on its phone numbers and addresses is expected.',
      ],
      examples: sampler.examples,
    };
  },
};
