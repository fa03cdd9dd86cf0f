/**
 * Writes src/engine/data/latin-lookalikes.ts: the characters of other scripts and styles that look like a Latin
 * letter or digit, for undoing disguised words ("Jаck" with a Cyrillic а, "ᴊᴀᴄᴋ" in small capitals).
 *
 * Inputs (Unicode data files, not kept in the repository; download them from unicode.org):
 *   confusables.txt  https://www.unicode.org/Public/security/latest/confusables.txt  (UTS #39)
 *   UnicodeData.txt  https://www.unicode.org/Public/UCD/latest/ucd/UnicodeData.txt   (character names)
 * Run:  npx tsx scripts/gen-latin-lookalikes.ts <confusables.txt> <UnicodeData.txt>
 *
 * What is kept:
 *   - every confusables.txt mapping from one non-ASCII letter, number or symbol to Latin letters or digits, where
 *     the target may pass through a Latin small capital or dotless letter, named in UnicodeData.txt
 *     ("в" → "ʙ" LATIN LETTER SMALL CAPITAL B → "b");
 *   - the letters UnicodeData.txt names as a Latin letter in another style that NFKC leaves alone: small capitals,
 *     negative circled and squared letters (not the regional indicators: in pairs they are flags, "Jack🇬🇧");
 *   - a few hand entries (HAND_ENTRIES), each with its reason.
 * What is left out: anything NFKC folds to ASCII or to the same letter (fullwidth, mathematical, circled letters:
 * the engine applies NFKC itself), punctuation, spaces and maths signs ("×" stays a times sign).
 * The skeleton of confusables.txt writes "m" as "rn" and "I" as "l"; the table turns them back ("rn" → "m", and an
 * upper-case source that looks like "l" → "I"), and follows the source's case.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './lib/config';

const OUTPUT = join(REPO_ROOT, 'src/engine/data/latin-lookalikes.ts');

/** Letters the data files do not resolve to a Latin letter, though they are drawn as one. */
const HAND_ENTRIES: readonly { source: string; target: string; reason: string }[] = [
  { source: 'ĸ', target: 'k', reason: 'Latin kra is drawn as a small-capital K (confusables.txt maps Cyrillic к to it)' },
  { source: 'ь', target: 'b', reason: 'Cyrillic soft sign is drawn like a b without its ascender' },
  { source: 'ʍ', target: 'm', reason: 'turned w, the confusables.txt prototype of Cyrillic м' },
  { source: 'χ', target: 'x', reason: 'Greek small chi is drawn like an x (not in confusables.txt)' },
  { source: 'ε', target: 'e', reason: 'Greek small epsilon stands in for e in disguised words (confusables.txt: ꞓ)' },
]; // prettier-ignore

interface CharData {
  name: string;
  category: string;
}

function readUnicodeData(path: string): Map<number, CharData> {
  const data = new Map<number, CharData>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const fields = line.split(';');
    if (fields.length < 3) continue;
    data.set(parseInt(fields[0]!, 16), { name: fields[1]!, category: fields[2]! });
  }
  return data;
}

const ASCII_ALNUM = /^[A-Za-z0-9]+$/;

/** The Latin letter or digit a character is (by its name, or a hand entry) when it is one in another style. */
function latinByName(code: number, data: Map<number, CharData>): string | undefined {
  const char = String.fromCodePoint(code);
  if (ASCII_ALNUM.test(char)) return char;
  const hand = HAND_ENTRIES.find((entry) => entry.source === char);
  if (hand) return hand.target;
  const name = data.get(code)?.name ?? '';
  let match = /^LATIN LETTER SMALL CAPITAL ([A-Z])$/.exec(name);
  if (match) return match[1]!.toLowerCase();
  match = /^LATIN SMALL LETTER DOTLESS ([A-Z])$/.exec(name);
  if (match) return match[1]!.toLowerCase();
  match = /^NEGATIVE (?:CIRCLED|SQUARED) LATIN CAPITAL LETTER ([A-Z])$/.exec(name);
  if (match) return match[1]!;
  return undefined;
}

function main(): void {
  const [confusablesPath, unicodeDataPath] = process.argv.slice(2);
  if (!confusablesPath || !unicodeDataPath) {
    throw new Error('Usage: npx tsx scripts/gen-latin-lookalikes.ts <confusables.txt> <UnicodeData.txt>');
  }
  const confusables = readFileSync(confusablesPath, 'utf8');
  const version = /^# Version: (.+)$/m.exec(confusables)?.[1]?.trim() ?? 'unknown';
  const date = /^# Date: (.+)$/m.exec(confusables)?.[1]?.trim() ?? 'unknown';
  const data = readUnicodeData(unicodeDataPath);
  const hand = new Map(HAND_ENTRIES.map((entry) => [entry.source, entry.target]));

  /** Source character → Latin letters or digits it imitates. */
  const table = new Map<string, string>();
  const add = (code: number, target: string): void => {
    const source = String.fromCodePoint(code);
    const info = data.get(code);
    if (code < 0x80 || !info || hand.has(source)) return;
    // letters, numbers and other symbols only: not punctuation, spaces, marks or maths signs
    if (!/^(?:L|N|So)/.test(info.category)) return;
    let latin = target === 'rn' ? 'm' : target;
    if (info.category === 'Lu') latin = latin === 'l' ? 'I' : latin.toUpperCase();
    else if (info.category === 'Ll') latin = latin.toLowerCase();
    table.set(source, latin);
  };

  for (const line of confusables.split('\n')) {
    const match = /^([0-9A-F]+) ;\t([0-9A-F ]+?) ;\tMA/.exec(line);
    if (!match) continue;
    const source = parseInt(match[1]!, 16);
    const parts = match[2]!.split(' ').map((hex) => latinByName(parseInt(hex, 16), data));
    if (parts.some((part) => part === undefined)) continue;
    const target = parts.join('');
    if (target.length > 3) continue;
    add(source, target);
  }
  for (const code of data.keys()) {
    const latin = latinByName(code, data);
    if (latin !== undefined && !table.has(String.fromCodePoint(code))) add(code, latin);
  }
  for (const [source, target] of hand) table.set(source, target);

  // The engine looks a character up here first, and otherwise applies NFKC and looks up what NFKC gives. Leave
  // out what NFKC already folds to the same letters, and every character NFKC turns into ASCII letters or digits
  // (fullwidth, mathematical and circled letters, roman numerals, ligatures, the long s): NFKC knows them best.
  const viaNfkc = (source: string): string | undefined => {
    const nfkc = source.normalize('NFKC');
    if (nfkc === source) return undefined;
    if (ASCII_ALNUM.test(nfkc)) return nfkc;
    let out = '';
    for (const char of nfkc) out += table.get(char) ?? char;
    return out;
  };
  const kept = new Map<string, string>();
  for (const [source, target] of table) {
    const folded = viaNfkc(source);
    if (folded !== undefined && (ASCII_ALNUM.test(folded) || folded.toLowerCase() === target.toLowerCase()))
      continue;
    kept.set(source, target);
  }

  const byTarget = new Map<string, string[]>();
  for (const [source, target] of [...kept].sort((a, b) => a[0].codePointAt(0)! - b[0].codePointAt(0)!)) {
    const list = byTarget.get(target) ?? [];
    list.push(source);
    byTarget.set(target, list);
  }
  const targets = [...byTarget.keys()].sort();
  const lines = targets.map((target) => {
    const sources = byTarget.get(target)!.join('');
    return `  ${/^[A-Za-z]\w*$/.test(target) ? target : `'${target}'`}: ${JSON.stringify(sources)},`;
  });
  const handNotes = HAND_ENTRIES.map((entry) => ` *   ${entry.source} → ${entry.target}: ${entry.reason}`);
  const output = `/**
 * Characters of other scripts and styles that look like a Latin letter or digit, grouped by what they imitate:
 * ${kept.size} characters. Used to undo look-alike disguises ("Jаck" with a Cyrillic а, "ᴊᴀᴄᴋ" in small capitals).
 * GENERATED by scripts/gen-latin-lookalikes.ts from Unicode's confusables.txt (UTS #39, version ${version},
 * ${date}) and UnicodeData.txt (names of small capitals, negative circled and squared letters);
 * the copies read came from github.com/texttics/texttics-site (commit 8d7f032). Unicode data: © Unicode, Inc.,
 * https://www.unicode.org/terms_of_use.html. The engine looks a character up here first, then applies NFKC;
 * characters NFKC folds to ASCII letters or digits (fullwidth, mathematical, circled) are left to NFKC.
 * Hand entries:
${handNotes.join('\n')}
 * Do not edit by hand: change the script and run it (see its header).
 */
export const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
${lines.join('\n')}
};
`;
  writeFileSync(OUTPUT, output);
  process.stdout.write(`Wrote ${OUTPUT}: ${kept.size} characters, ${targets.length} targets\n`);
}

main();
