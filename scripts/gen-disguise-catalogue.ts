/**
 * Writes test/corpus/disguises.jsonl: every disguise the engine should see through, applied to the never-publish
 * pupils and other pupils of the test roster (test/corpus/welbeck-test.json) and to swear words and slurs from the
 * project's own lists (src/engine/data/tone-offensive.ts, tone-identity.ts), plus clean posts that look like
 * disguises and must stay quiet (letter lists, initials, acronyms, stretched words, emoji, fullwidth text).
 * Each row: { id, kind, group, target, text, start, end, expect } — `start`/`end` locate the disguised form in
 * `text`, `expect` the finding category that must overlap it (null for a clean row). A "plain" row per target is
 * the control: the same sentence undisguised. Run:  npx tsx scripts/gen-disguise-catalogue.ts
 * Scored by `npm run eval` (scripts/lib/eval/disguises.ts) and test/unit/engine/disguises.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './lib/config';

export type DisguiseGroup = 'never-publish' | 'roster' | 'swear' | 'slur' | 'clean';

interface Row {
  id: string;
  kind: string;
  group: DisguiseGroup;
  target: string;
  text: string;
  start: number;
  end: number;
  expect: 'no-publish' | 'pupil' | 'offensive' | 'discriminatory' | null;
}

const OUTPUT = join(REPO_ROOT, 'test/corpus/disguises.jsonl');

// ---- Letter styles ---------------------------------------------------------------------------------------------

const mapLetters = (word: string, map: (char: string) => string): string => [...word].map(map).join('');
const offset = (char: string, upper: number, lower: number): string => {
  const code = char.charCodeAt(0);
  if (char >= 'A' && char <= 'Z') return String.fromCodePoint(upper + code - 65);
  if (char >= 'a' && char <= 'z') return String.fromCodePoint(lower + code - 97);
  return char;
};
/** Mathematical alphanumeric styles without holes: bold, bold italic, sans-serif bold, monospace. */
const MATH_STYLES: readonly [number, number][] = [
  [0x1d400, 0x1d41a],
  [0x1d468, 0x1d482],
  [0x1d5d4, 0x1d5ee],
  [0x1d670, 0x1d68a],
];
const SMALL_CAPITALS: Record<string, string> = {
  a: 'ᴀ', b: 'ʙ', c: 'ᴄ', d: 'ᴅ', e: 'ᴇ', f: 'ꜰ', g: 'ɢ', h: 'ʜ', i: 'ɪ', j: 'ᴊ', k: 'ᴋ', l: 'ʟ', m: 'ᴍ', n: 'ɴ',
  o: 'ᴏ', p: 'ᴘ', q: 'ꞯ', r: 'ʀ', s: 'ꜱ', t: 'ᴛ', u: 'ᴜ', v: 'ᴠ', w: 'ᴡ', y: 'ʏ', z: 'ᴢ',
}; // prettier-ignore
const SUPERSCRIPTS: Record<string, string> = {
  a: 'ᵃ', b: 'ᵇ', c: 'ᶜ', d: 'ᵈ', e: 'ᵉ', f: 'ᶠ', g: 'ᵍ', h: 'ʰ', i: 'ⁱ', j: 'ʲ', k: 'ᵏ', l: 'ˡ', m: 'ᵐ', n: 'ⁿ',
  o: 'ᵒ', p: 'ᵖ', r: 'ʳ', s: 'ˢ', t: 'ᵗ', u: 'ᵘ', v: 'ᵛ', w: 'ʷ', x: 'ˣ', y: 'ʸ', z: 'ᶻ', A: 'ᴬ', B: 'ᴮ', D: 'ᴰ',
  E: 'ᴱ', G: 'ᴳ', H: 'ᴴ', I: 'ᴵ', J: 'ᴶ', K: 'ᴷ', L: 'ᴸ', M: 'ᴹ', N: 'ᴺ', O: 'ᴼ', P: 'ᴾ', R: 'ᴿ', T: 'ᵀ', U: 'ᵁ',
  W: 'ᵂ',
}; // prettier-ignore
/** The usual Cyrillic stand-ins. */
const CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', j: 'ј', s: 'ѕ', A: 'А', B: 'В', C: 'С', E: 'Е',
  H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
}; // prettier-ignore
/** Rarer look-alikes from other scripts and Latin extensions (Armenian, Cherokee, IPA letters...). */
const RARE_LOOKALIKES: Record<string, string> = {
  a: 'ɑ', d: 'ԁ', e: 'ҽ', g: 'ɡ', h: 'һ', i: 'ɩ', l: 'ӏ', n: 'ո', o: 'օ', q: 'ԛ', r: 'г', s: 'ꜱ', u: 'υ', v: 'ѵ',
  w: 'ԝ', y: 'ү', A: 'Ꭺ', B: 'Ᏼ', C: 'Ꮯ', D: 'Ꭰ', E: 'Ꭼ', G: 'Ꮐ', H: 'Ꮋ', J: 'Ꭻ', K: 'Ꮶ', L: 'Ꮮ', M: 'Ꮇ', P: 'Ꮲ',
  R: 'Ꮢ', S: 'Ꮪ', T: 'Ꭲ', V: 'Ꮩ', W: 'Ꮃ', Z: 'Ꮓ',
}; // prettier-ignore

const middle = (word: string): number => Math.ceil(word.length / 2);
const insertMiddle = (word: string, insert: string): string =>
  word.slice(0, middle(word)) + insert + word.slice(middle(word));
const between = (word: string, separator: string): string => [...word].join(separator);
const stretch = (word: string): string => {
  const at = [...word].findIndex((char, index) => index > 0 && /[aeiouy]/i.test(char));
  const index = at < 0 ? word.length - 1 : at;
  return word.slice(0, index) + word[index]!.repeat(4) + word.slice(index + 1);
};

/** Each disguise, applied to one word (a name of two words is disguised word by word, joined by a space). */
const KINDS: Record<string, (word: string, row: number) => string> = {
  plain: (word) => word,
  fullwidth: (word) => mapLetters(word, (char) => offset(char, 0xff21, 0xff41)),
  mathematical: (word, row) =>
    mapLetters(word, (char) => offset(char, MATH_STYLES[row % 4]![0], MATH_STYLES[row % 4]![1])),
  circled: (word) => mapLetters(word, (char) => offset(char, 0x24b6, 0x24d0)),
  'small-capitals': (word) => mapLetters(word, (char) => SMALL_CAPITALS[char.toLowerCase()] ?? char),
  superscript: (word) =>
    mapLetters(word, (char) => SUPERSCRIPTS[char] ?? SUPERSCRIPTS[char.toLowerCase()] ?? char),
  'cyrillic-lookalikes': (word) => mapLetters(word, (char) => CYRILLIC[char] ?? char),
  'rare-lookalikes': (word) => mapLetters(word, (char) => RARE_LOOKALIKES[char] ?? char),
  'spaced-space': (word) => between(word, ' '),
  'spaced-double-space': (word) => between(word, '  '),
  'spaced-thin-space': (word) => between(word, '\u2009'),
  'spaced-no-break-space': (word) => between(word, '\u00a0'),
  'spaced-narrow-no-break-space': (word) => between(word, '\u202f'),
  'spaced-ideographic-space': (word) => between(word, '\u3000'),
  'spaced-after-one-letter-word': (word) => between(word, ' '),
  dots: (word) => between(word, '.'),
  'dot-space': (word) => between(word, '. '),
  hyphens: (word) => between(word, '-'),
  underscores: (word) => between(word, '_'),
  'line-break': (word) => insertMiddle(word, '\n'),
  'html-tag': (word) => `${word.slice(0, middle(word))}<b>${word.slice(middle(word))}</b>`,
  'html-entity': (word) => `${word[0]}&#${word.charCodeAt(1)};${word.slice(2)}`,
  'emoji-inside': (word) => insertMiddle(word, '🙂'),
  'emoji-between-letters': (word) => between(word, '⭐'),
  stretched: (word) => stretch(word),
  'zero-width-space': (word) => between(word, '\u200b'),
  'zero-width-joiner': (word) => insertMiddle(word, '\u200d'),
  'soft-hyphen': (word) => insertMiddle(word, '\u00ad'),
  'hangul-filler': (word) => insertMiddle(word, '\u3164'),
  'halfwidth-hangul-filler': (word) => insertMiddle(word, '\uffa0'),
  'tag-characters': (word) => insertMiddle(word, '\u{e0020}\u{e0041}\u{e007f}'),
  'variation-selectors': (word) => between(word, '\ufe0f'),
  'bidi-override': (word) => `\u202e${[...word].reverse().join('')}\u202c`,
  'bidi-isolate': (word) => `\u2066${word.slice(0, middle(word))}\u2069${word.slice(middle(word))}`,
  'direction-marks': (word) => insertMiddle(word, '\u200e\u200f'),
};

// ---- Targets ---------------------------------------------------------------------------------------------------

/** From test/corpus/welbeck-test.json: the three never-publish pupils, and others (short, long, non-English). */
const NEVER_PUBLISH = ['Theo', 'Theo Marsh', 'Ruby', 'Ruby Shah', 'Kai', 'Kai Brennan'];
const ROSTER = [
  'Zainab',
  'Zainab Hussain',
  'Arthur Nowak',
  'Matilda',
  'Harrison',
  'Jacob Lewandowski',
  'Leo',
];
const NAME_TEMPLATES = [
  'Well done to {} for a brilliant performance in assembly today!',
  'Huge congratulations to {} on winning the spelling bee.',
  'So proud of {} this week, what a star.',
];
/** Swear words and slurs from the project's lists, each in a sentence where the plain word is found. */
const SWEARS: readonly [string, string][] = [
  ['fucking', 'This traffic is {} ridiculous.'],
  ['shit', 'What a load of {} that was.'],
  ['bastard', 'The man who stole my bike is a {}.'],
  ['wanker', 'That driver was a total {}.'],
  ['bollocks', 'Absolute {}, the lot of it.'],
  ['twat', 'What a {} he is.'],
  ['jerk', 'what a {}'],
];
const SLURS: readonly [string, string][] = [
  ['retard', 'Only a {} would park there.'],
  ['spastic', 'He runs like a {}.'],
  ['paki', 'The {} shop was shut again.'],
  ['tranny', 'Some {} was shouting on the bus.'],
  ['poofter', 'He called the lad a {}.'],
];

/** Clean posts that look like disguises: lists of letters, initials, acronyms, stretched words, emoji... */
const CLEAN: readonly [string, string][] = [
  ['letter-list', 'Choose answer a b c or d on the sheet.'],
  ['letter-list', 'Groups a, b and c go first; then d e f.'],
  ['letter-list', 'Tick x y z when you have checked each box.'],
  ['initials', 'We are reading J. K. Rowling this term.'],
  ['initials', 'Thanks to Mrs A. J. Smith for the flowers.'],
  ['initials', 'A poem by T. S. Eliot and one by W. H. Auden.'],
  ['acronym', 'Watch the B.B.C. news report about our trip.'],
  ['acronym', 'Our P.E. kit and R.E. books need names in them.'],
  ['acronym', 'The P.T.A. meeting is on Tuesday at 6pm.'],
  ['acronym', 'We met the M.P. and the U.K. youth parliament.'],
  ['stretched-word', 'Sooo good to see everyone at the fair!'],
  ['stretched-word', 'Yaaaay, the sun came out for sports day.'],
  ['stretched-word', 'Noooo, the coach is late again.'],
  ['stretched-word', 'Hmmm, who left the paint out?'],
  ['stretched-word', 'Thank youuuu to all our volunteers!!!'],
  ['stretched-word', 'That was sooooo much fun, weeee!'],
  ['emoji', 'Great day at the farm 🐄🐑 well done everyone 🎉'],
  ['emoji', 'Well done🎉team, what a result!'],
  ['emoji', 'I ❤️ reading week 📚📚'],
  ['emoji', 'Go🏃‍♀️go🏃‍♀️go! Sports day is here ☀️'],
  ['emoji', 'Happy Diwali 🪔✨ to all our families.'],
  ['emoji', 'Team GB 🇬🇧 were amazing in the relay.'],
  ['fullwidth', 'Ｇｒｅａｔ ｎｅｗｓ ｆｏｒ ｏｕｒ ｌｉｂｒａｒｙ'],
  ['fullwidth', 'Ｔｈａｎｋ ｙｏｕ ｆｏｒ ｃｏｍｉｎｇ'],
  ['html', '<b>Reminder:</b> bring a coat &amp; a hat tomorrow.'],
  ['html', 'Lunch menu<br>Pasta<br>Fish &amp; chips'],
  ['line-breaks', 'Bring:\nA coat\nA hat\nA packed lunch'],
  ['line-breaks', 'Monday\nmaths\nTuesday\nscience'],
  ['spaced-words', 'I  am  so  proud  of  our  choir.'],
  ['spaced-words', 'A to Z of our school year: a b c of kindness.'],
  ['math-symbols', 'Work out 3 × 4 and 12 ÷ 3 for homework.'],
  ['other-scripts', 'Спасибо и до свидания, from our Russian club.'],
  ['other-scripts', 'Καλημέρα from the Greek myths topic!'],
  ['other-scripts', 'Eid Mubarak عيد مبارك to all our families.'],
  ['hyphens', 'A-Z of science, a well-known e-book and T-shirts.'],
  ['underscores', 'Log in as class_4_b with the new password.'],
  ['dots', 'See you at 9.30 a.m. on Mon. 4th.'],
  ['stretched-name-like', 'Grrr, the printer is jammed again.'],
  ['stretched-name-like', 'Awww, look at the baby lambs.'],
  ['one-letter-words', 'I think a b is missing from the alphabet display.'],
];

function main(): void {
  const rows: Row[] = [];
  const add = (row: Omit<Row, 'id'>): void => {
    rows.push({ id: `disguise-${String(rows.length + 1).padStart(4, '0')}`, ...row });
  };
  const disguiseName = (kind: string, name: string, index: number): string =>
    name
      .split(' ')
      .map((word) => KINDS[kind]!(word, index))
      .join(' ');

  let index = 0;
  for (const [group, names] of [
    ['never-publish', NEVER_PUBLISH],
    ['roster', ROSTER],
  ] as const) {
    for (const name of names) {
      for (const kind of Object.keys(KINDS)) {
        const template = NAME_TEMPLATES[index % NAME_TEMPLATES.length]!;
        let form = disguiseName(kind, name, index);
        let prefix = '';
        if (kind === 'spaced-after-one-letter-word') prefix = 'a ';
        const at = template.indexOf('{}');
        const text = template.slice(0, at) + prefix + form + template.slice(at + 2);
        form = prefix + form;
        add({
          kind,
          group,
          target: name,
          text,
          start: at + prefix.length,
          end: at + form.length,
          expect: group === 'never-publish' ? 'no-publish' : 'pupil',
        });
        index++;
      }
    }
  }
  for (const [group, words] of [
    ['swear', SWEARS],
    ['slur', SLURS],
  ] as const) {
    for (const [word, template] of words) {
      for (const kind of Object.keys(KINDS)) {
        const form = KINDS[kind]!(word, index);
        const prefix = kind === 'spaced-after-one-letter-word' && !/\ba \{\}/.test(template) ? 'a ' : '';
        const at = template.indexOf('{}');
        const text = template.slice(0, at) + prefix + form + template.slice(at + 2);
        add({
          kind,
          group,
          target: word,
          text,
          start: at + prefix.length,
          end: at + prefix.length + form.length,
          expect: group === 'swear' ? 'offensive' : 'discriminatory',
        });
        index++;
      }
    }
  }
  for (const [kind, text] of CLEAN) {
    add({ kind, group: 'clean', target: '', text, start: 0, end: text.length, expect: null });
  }
  writeFileSync(OUTPUT, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.group, (counts.get(row.group) ?? 0) + 1);
  process.stdout.write(
    `Wrote ${OUTPUT}: ${rows.length} rows (${[...counts].map(([g, n]) => `${g} ${n}`).join(', ')})\n`,
  );
}

main();
