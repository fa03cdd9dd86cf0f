/**
 * The pupil-identity rules beyond their example tables: suggestions, one finding per name across rules, the
 * tokenizer's offsets, and the person-name detector. Speed is measured by `npm run bench`, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/engine/analyse';
import { RULES } from '../../../src/engine/rules/index';
import { rosterPupil } from '../../../src/engine/rules/roster-pupil';
import { noPublishPupil } from '../../../src/engine/rules/no-publish-pupil';
import { unlistedChild } from '../../../src/engine/rules/unlisted-child';
import { EXAMPLE_CONTEXT, EXAMPLE_SETTINGS } from '../../../src/engine/rules/examples';
import { findPersonNames } from '../../../src/engine/names/find-person-names';
import { tokenize } from '../../../src/engine/text/tokens';
import { foldText } from '../../../src/engine/text/fold';
import { sentenceTagger, setSentenceTagger } from '../../../src/engine/nlp/tagger';

const pupilRules = [noPublishPupil, rosterPupil, unlistedChild];

describe('suggestions', () => {
  it('offers the initial in place of a full name', () => {
    const text = 'Well done Jack Thompson!';
    const [finding] = analyse(text, EXAMPLE_CONTEXT, EXAMPLE_SETTINGS, [rosterPupil]);
    expect(finding?.suggestion).toEqual({ label: 'Use J. instead', replacement: 'J.', start: 10, end: 23 });
    expect(finding?.message).toContain('“Jack Thompson”');
    expect(finding?.policy).toBe('identify-pupil-class-school');
  });

  it('uses the initial of the preferred name written', () => {
    const [finding] = analyse('Alfie won', EXAMPLE_CONTEXT, EXAMPLE_SETTINGS, [rosterPupil]);
    expect(finding?.suggestion?.replacement).toBe('A.');
  });

  it('offers to remove a no-publish name with one space beside it', () => {
    const text = 'Well done Emily Brown today';
    const [finding] = analyse(text, EXAMPLE_CONTEXT, EXAMPLE_SETTINGS, [noPublishPupil]);
    expect(finding?.policy).toBe('no-publish-list');
    const { start, end, replacement } = finding!.suggestion!;
    expect(text.slice(0, start) + replacement + text.slice(end)).toBe('Well done today');
  });

  it('keeps offsets on the original text in later paragraphs', () => {
    const text = 'Lovely day.\n\nWell done J 4 c k and #GraceLee';
    const findings = analyse(text, EXAMPLE_CONTEXT, EXAMPLE_SETTINGS, [rosterPupil]);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['J 4 c k', '#GraceLee']);
    const again = analyse('Well done Ja\u200Bck', EXAMPLE_CONTEXT, EXAMPLE_SETTINGS, [rosterPupil]);
    expect(again[0]?.match).toBe('Ja\u200Bck');
  });
});

describe('one finding per name', () => {
  it.each([
    ['Well done Emily Brown and Jack Thompson, Maisie and Ava!', 'in my class'],
    ['Poppy, Amir and Hope in my class', ''],
  ])('%s %s', (start, end) => {
    const text = `${start} ${end}`.trim();
    const findings = analyse(text, EXAMPLE_CONTEXT, EXAMPLE_SETTINGS, RULES).filter((f) =>
      ['roster-pupil', 'no-publish-pupil', 'unlisted-child'].includes(f.rule),
    );
    const spans = findings.map((f) => `${f.start}-${f.end}`);
    expect(new Set(spans).size).toBe(spans.length);
    for (const f of findings) {
      for (const g of findings) if (f !== g) expect(f.end <= g.start || g.end <= f.start).toBe(true);
    }
  });

  it('reports a no-publish pupil only as no-publish', () => {
    const rules = analyse('Emily Brown in my class', EXAMPLE_CONTEXT, EXAMPLE_SETTINGS, pupilRules).map(
      (f) => f.rule,
    );
    expect(rules).toEqual(['no-publish-pupil']);
  });
});

describe('text helpers', () => {
  it('folds accents and look-alike letters', () => {
    expect(foldText('Zoë Fernández')).toBe('zoe fernandez');
    expect(foldText('J\u0430ck')).toBe('jack');
  });

  it('joins spaced letters and keeps the original offsets', () => {
    const text = 'go J a c k go';
    const tokens = tokenize(text);
    const jack = tokens.find((token) => token.key === 'jack')!;
    expect(text.slice(jack.start, jack.end)).toBe('J a c k');
    expect(jack.disguised).toBe(true);
  });

  it('reads digits as letters only inside words', () => {
    const keys = tokenize('J4ck at 5am in Y2, 2024').map((token) => token.key);
    expect(keys).toEqual(['jack', 'at', '5am', 'in', 'y2', '2024']);
  });
});

describe('findPersonNames', () => {
  it.each([
    ['Yesterday Sarah Jones visited.', ['Sarah Jones']],
    ['My name is Rubija', ['Rubija']],
    ['Ask Mrs Okafor about it', ['Okafor']],
    ['Faina D. Yefremova will speak', ['Faina D. Yefremova']],
    ['I hope this summer is sunny', []],
    ["Don't forget the Crystal Palace match", []],
    ['Hello, this is Dr. Kyle Kuefer.', ['Kyle Kuefer']],
    ["What exactly is Trump's economic policy?", ['Trump']],
    ['Is there anything better than early Yefremova?', ['Yefremova']],
    ['Sir Alex Ferguson was asked. Ferguson clearly agreed.', ['Alex Ferguson', 'Ferguson']],
    ['GET NICOLA OUT!', ['NICOLA']],
    ['so good #RayWilkins', ['RayWilkins']],
    ['i thought mark wright was presenting', ['mark wright']],
    ['reddit.com/r/soccer/comments/walter_smith_was_right', []],
    ['RT sasha_pearce: good luck today', []],
    ['Rant Forum: news from the club', []],
    ['Just booked flights to Sofia for the summer!', []],
    ["Reading Noah's Ark to my niece", []],
    ['thanks @jsmith for the lift', []],
  ])('%s', (text, names) => {
    expect(findPersonNames(text).map(({ start, end }) => text.slice(start, end))).toEqual(names);
  });

  it('returns @mentions only when asked', () => {
    const text = 'thanks @jsmith and Sarah Jones';
    const spans = findPersonNames(text, { handles: true });
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['jsmith', 'Sarah Jones']);
  });
});

describe('names that are something else', () => {
  const roster = {
    ...EXAMPLE_SETTINGS,
    pupils: [
      { firstName: 'Noah', lastName: 'Okafor' },
      { firstName: 'Sofia', lastName: 'Rossi' },
      { firstName: 'George', lastName: 'Kowalski' },
      { firstName: 'Harrison', lastName: 'Price' },
      { firstName: 'Will', lastName: 'Turner' },
      { firstName: 'Ruby', lastName: 'Shah', noPublish: true },
    ],
  };
  const found = (text: string) =>
    analyse(text, EXAMPLE_CONTEXT, roster, pupilRules).map((finding) => finding.match);

  it.each([
    ["Reading Noah's Ark to my niece."],
    ['Just booked flights to Sofia for the summer!'],
    ["George Harrison's guitar solo is the best."],
    ['Will you come to the fair?'],
    ['Summer looking lovely in the garden.'],
  ])('no pupil in: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Will in my class made me a card.', 'Will'],
    ['Sofia read to the class today.', 'Sofia'],
    ['Ruby looking so grown up on her last day.', 'Ruby'],
  ])('a pupil in: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });
});

describe('never-publish names that are also words, with and without part-of-speech tags', () => {
  const settings = {
    ...EXAMPLE_SETTINGS,
    pupils: [{ firstName: 'Daisy', lastName: 'Okoro', noPublish: true }],
  };
  const severities = (text: string) =>
    analyse(text, EXAMPLE_CONTEXT, settings, [noPublishPupil]).map((f) => `${f.match} ${f.severity}`);

  /** Runs `body` with a tagger that counts the sentences it is asked about, or with none. */
  function withTagger<T>(counting: boolean, body: (asked: string[]) => T): T {
    const real = sentenceTagger();
    const asked: string[] = [];
    setSentenceTagger(
      counting && real ? { tag: (sentence) => (asked.push(sentence), real.tag(sentence)) } : undefined,
    );
    try {
      return body(asked);
    } finally {
      setSentenceTagger(real);
    }
  }

  it('warns, never stays silent, where only tags could tell ("Daisy stickers…")', () => {
    withTagger(false, () => expect(severities('Daisy stickers for the chart.')).toEqual(['Daisy warning']));
  });

  it('with tags, reads the noun after it and stays quiet', () => {
    withTagger(true, () => expect(severities('Daisy stickers for the reading chart.')).toEqual([]));
  });

  it('asks the tagger only about sentences the cheap cues leave unsure', () => {
    withTagger(true, (asked) => {
      expect(severities('Daisy scored twice. A daisy grew. Daisy petals everywhere.')).toEqual([
        'Daisy critical',
      ]);
      expect(asked).toEqual(['Daisy petals everywhere.']);
    });
  });

  it('a sentence that opens with the name and has no verb is a warning either way', () => {
    withTagger(false, () => expect(severities('Daisy! What a star.')).toEqual(['Daisy warning']));
    withTagger(true, () => expect(severities('Daisy! What a star!')).toEqual(['Daisy warning']));
  });
});
