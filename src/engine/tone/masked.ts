/**
 * Swear words with letters masked by symbols ("f*ck", "sh!t", "f**king", "b@stard"): the engine's tokenizer splits
 * "f*ck" in two, so these are found on the raw text. A masked word matches a listed swear word of the same
 * length whose letters agree wherever the mask shows a letter; at least the first letter and one masking symbol
 * must be there, and at least half the letters must show.
 */
import { SWEAR_WORDS, type SwearLevel } from '../data/tone-offensive';
import { findUndisguised } from '../text/disguise';

export interface MaskedSwear {
  start: number;
  end: number;
  word: string;
  level: SwearLevel;
}

const CANDIDATE = /(?<![\p{L}\p{N}@#_])\p{L}[\p{L}*#!@$%.]*[*#!@$%][\p{L}*#!@$%]*\p{L}*(?![\p{L}\p{N}_])/gu;
const MASK = /[*#!@$%.]/;

interface Target {
  word: string;
  level: SwearLevel;
}
const byLength = new Map<number, Target[]>();
for (const entry of SWEAR_WORDS) {
  if (!/^[a-z]+$/.test(entry.term) || entry.term.length < 3) continue;
  const list = byLength.get(entry.term.length) ?? [];
  if (!list.some((target) => target.word === entry.term)) list.push({ word: entry.term, level: entry.level });
  byLength.set(entry.term.length, list);
}
const LEVEL_ORDER: Record<SwearLevel, number> = { strong: 0, medium: 1, mild: 2 };
for (const list of byLength.values()) list.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);

/** Masked swear words in a text, read with character disguises undone ("ｆ＊ｃｋ"); offsets in the original text. */
export function findMaskedSwears(text: string): MaskedSwear[] {
  return findUndisguised(text, findMasked);
}

function findMasked(text: string): MaskedSwear[] {
  if (!/[*#!@$%]/.test(text)) return [];
  const found: MaskedSwear[] = [];
  CANDIDATE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CANDIDATE.exec(text)) !== null) {
    // Trailing punctuation is not a mask ("hello!!", "what?!").
    const raw = match[0].replace(/[!.]+$/, '');
    if (!/[*#!@$%]/.test(raw) || raw.length < 3) continue;
    const lower = raw.toLowerCase();
    const shown = [...lower].filter((char) => !MASK.test(char)).length;
    if (shown * 2 < lower.length) continue;
    const targets = byLength.get(lower.length) ?? [];
    const hit = targets.find(
      (target) =>
        target.word[0] === lower[0] &&
        [...lower].every(
          (char, index) =>
            MASK.test(char) ||
            char === target.word[index] ||
            (char === '@' && target.word[index] === 'a') ||
            (char === '$' && target.word[index] === 's'),
        ),
    );
    if (hit)
      found.push({ start: match.index, end: match.index + raw.length, word: hit.word, level: hit.level });
  }
  return found;
}
