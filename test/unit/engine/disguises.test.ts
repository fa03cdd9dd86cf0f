/**
 * Disguised words: the undisguise pass and its offset map, the tokenizer's joins, and the floors of the disguise
 * catalogue (test/corpus/disguises.jsonl, scripts/gen-disguise-catalogue.ts) that `npm run eval` reports.
 */
import { describe, expect, it } from 'vitest';
import { findUndisguised, originalSpan, undisguise } from '../../../src/engine/text/disguise';
import { tokenize } from '../../../src/engine/text/tokens';
import { foldText } from '../../../src/engine/text/fold';
import { splitPassages } from '../../../src/engine/passages';
import { analyse } from '../../../src/engine/analyse';
import {
  DISGUISE_FLOORS,
  caughtRate,
  disguiseSettings,
  readDisguiseCatalogue,
  runDisguiseCatalogue,
} from '../../../scripts/lib/eval/disguises';

describe('undisguise', () => {
  it('returns plain ASCII text unchanged, with no offset map', () => {
    const result = undisguise('Well done Jack, see you at 9am!');
    expect(result.text).toBe('Well done Jack, see you at 9am!');
    expect(result.from).toBeUndefined();
  });

  it.each([
    ['Ｊａｃｋ', 'Jack'],
    ['𝐉𝐚𝐜𝐤', 'Jack'],
    ['Ⓙⓐⓒⓚ', 'Jack'],
    ['ᴊᴀᴄᴋ', 'jack'],
    ['ᴶᵃᶜᵏ', 'Jack'],
    ['Jаck', 'Jack'],
    ['Ja\u200bc\u00adk', 'Jack'],
    ['Ja\u3164ck', 'Jack'],
    ['Ja\u{e0041}ck', 'Jack'],
    ['J\u2066ac\u2069k', 'Jack'],
    ['\u202ekcaJ\u202c', 'Jack'],
    ['Ja<b>ck</b>', 'Jack'],
    ['J&#97;ck', 'Jack'],
    ['J&#x61;ck &amp; Zo&euml;', 'Jack & Zoë'],
    ['J\u2009a\u202fc\u3000k', 'J a c k'],
    ['Jack<br>Grace', 'Jack\nGrace'],
  ])('reads %j as %j', (disguised, plain) => {
    expect(undisguise(disguised).text).toBe(plain);
  });

  it('maps every span back to the original characters it came from', () => {
    const original = 'Hi 𝐉𝐚\u200b<i>ck</i>!';
    const result = undisguise(original);
    expect(result.text).toBe('Hi Jack!');
    expect(originalSpan(result, 3, 7)).toEqual([3, 13]);
    expect(original.slice(...originalSpan(result, 3, 7))).toBe('𝐉𝐚\u200b<i>ck');
  });

  it('maps spans found by a pattern matcher back to the original', () => {
    const text = 'At Ｗｅｌｂｅｃｋ today';
    const spans = findUndisguised(text, (normal) => {
      const at = normal.indexOf('Welbeck');
      return at < 0 ? [] : [{ start: at, end: at + 7 }];
    });
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['Ｗｅｌｂｅｃｋ']);
  });

  it('folds look-alikes the same way in roster names', () => {
    expect(foldText('Ꭻᴀᴄᴋ')).toBe('jack');
    expect(foldText('Zoë Łukasz')).toBe('zoe lukasz');
  });
});

describe('tokenize joins disguised words', () => {
  const keys = (text: string, lexicon?: (key: string) => boolean): string[] =>
    tokenize(text, lexicon).map((token) => token.key);

  it.each([
    ['J a c k', ['jack']],
    ['J.a.c.k', ['jack']],
    ['J. a. c. k', ['jack']],
    ['J-a-c-k', ['jack']],
    ['J_a_c_k', ['jack']],
    ['J🙂a🙂c🙂k', ['jack']],
    ['Ja\nck', ['jack']],
    ['Ja🙂ck', ['jack']],
    ['Graaace', ['grace']],
    ['Harrrry', ['harry']],
    ['what a J a c k', ['what', 'a', 'jack']],
  ])('%j → %j', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('joins with the caller’s lexicon', () => {
    const swears = (key: string): boolean => key === 'jerk';
    expect(keys('what a j e r k', swears)).toEqual(['what', 'a', 'jerk']);
    expect(keys('what a j e r k')).toEqual(['what', 'ajerk']);
  });

  it('leaves look-alike text alone: initials, acronyms, stretched words, lines of words, emoji', () => {
    expect(keys('J. K. Rowling')).toEqual(['j', 'k', 'rowling']);
    expect(keys('sooo good')).toEqual(['sooo', 'good']);
    expect(keys('Rose\nMary')).toEqual(['rose', 'mary']);
    expect(keys('Well done🎉Grace')).toEqual(['well', 'done', 'grace']);
  });

  it('keeps offsets on the original disguised span', () => {
    const text = 'Well done J\u2009a\u2009c\u2009k and 𝐆𝐫𝐚𝐜𝐞!';
    const tokens = tokenize(text);
    const spans = tokens.map((token) => text.slice(token.start, token.end));
    expect(spans).toEqual(['Well', 'done', 'J\u2009a\u2009c\u2009k', 'and', '𝐆𝐫𝐚𝐜𝐞']);
    expect(tokens[2]!.disguised).toBe(true);
  });
});

describe('line breaks inside a word', () => {
  const texts = (text: string): string[] => splitPassages(text).map((passage) => passage.text);

  it('keeps the lines of a broken word in one passage', () => {
    expect(texts('Well done Ja\nck today')).toEqual(['Well done Ja\nck today']);
    expect(texts('J\na\nc\nk')).toEqual(['J\na\nc\nk']);
    expect(texts('Well done Char\nlotte')).toEqual(['Well done Char\nlotte']);
  });

  it('still checks ordinary lines as passages of their own', () => {
    expect(texts('Cake sale\nbring a coin\nThank you')).toEqual(['Cake sale', 'bring a coin', 'Thank you']);
    expect(texts('Great day.\nWell done all')).toEqual(['Great day.', 'Well done all']);
  });
});

describe('disguise catalogue', () => {
  const rows = readDisguiseCatalogue();
  const results = runDisguiseCatalogue(rows, disguiseSettings());

  it('has at least 400 disguised forms, every kind applied to names, swear words and slurs', () => {
    expect(rows.filter((row) => row.expect !== null && row.kind !== 'plain').length).toBeGreaterThanOrEqual(
      400,
    );
    const kinds = new Set(rows.filter((row) => row.expect !== null).map((row) => row.kind));
    for (const group of ['never-publish', 'roster', 'swear', 'slur'] as const) {
      const covered = new Set(rows.filter((row) => row.group === group).map((row) => row.kind));
      expect(
        [...kinds].filter((kind) => !covered.has(kind)),
        group,
      ).toEqual([]);
    }
    expect(rows.filter((row) => row.group === 'clean').length).toBeGreaterThanOrEqual(30);
  });

  it('finds every plain control', () => {
    const missed = results.filter(({ row, caught }) => row.kind === 'plain' && !caught);
    expect(missed.map(({ row }) => row.text)).toEqual([]);
  });

  it('catches at least 95% of never-publish forms, 90% of name forms, 85% of swear-word and slur forms', () => {
    const neverPublish = caughtRate(results, (row) => row.group === 'never-publish');
    const names = caughtRate(results, (row) => row.group === 'never-publish' || row.group === 'roster');
    const words = caughtRate(results, (row) => row.group === 'swear' || row.group === 'slur');
    expect(neverPublish.rate).toBeGreaterThanOrEqual(DISGUISE_FLOORS.neverPublish);
    expect(names.rate).toBeGreaterThanOrEqual(DISGUISE_FLOORS.names);
    expect(words.rate).toBeGreaterThanOrEqual(DISGUISE_FLOORS.swearsAndSlurs);
  });

  it('raises no warning on the clean look-alikes', () => {
    const alarms = results.flatMap(({ row, alarms }) => alarms.map((alarm) => `${row.text}: ${alarm.match}`));
    expect(alarms).toEqual([]);
  });

  it('keeps every finding on the original text when disguises are piled up at random', () => {
    const pieces = ['\u200b', '\u202e', '\u202c', '<b>', '</b>', '&#97;', '&amp;', '🙂', '\n', '\ud800', 'ﬁ', '⒜',
      '\u3164', '\u{e0041}', '  ', '.', 'Ｊ', '𝐚', '<br>', '&#xD800;', '\u2066', '\u0301']; // prettier-ignore
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const settings = disguiseSettings();
    const wrong: string[] = [];
    for (let i = 0; i < 300; i++) {
      let text = rows[Math.floor(random() * rows.length)]!.text;
      for (let j = 0; j < 5; j++) {
        const at = Math.floor(random() * (text.length + 1));
        text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)]! + text.slice(at);
      }
      for (const finding of analyse(
        text,
        { platform: 'x', account: 'personal', hasMedia: false },
        settings,
      )) {
        const inside = finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length;
        if (!inside || finding.match !== text.slice(finding.start, finding.end))
          wrong.push(JSON.stringify(text));
      }
    }
    expect(wrong).toEqual([]);
  });
});
