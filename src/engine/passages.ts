/** A piece of the post analysed on its own: a paragraph, or a slice of a very long one. */
export interface Passage {
  text: string;
  /** Offset of the passage in the whole text. */
  offset: number;
}

/** Long paragraphs are sliced so that no single rule call sees more than this many characters. */
export const MAX_PASSAGE_LENGTH = 2000;

const LETTERS_BEFORE = /\p{L}+\r?$/u;
const LETTERS_AFTER = /^\p{L}+/u;

/**
 * A line break that may be inside a word: between a piece of one or two letters and another letter ("Ja\nck",
 * "J\na\nc\nk"), or between a capitalised piece and a lower-case one ("Char\nlotte"). The line stays in one
 * passage and the tokenizer decides whether the pieces make a word; other lines are passages of their own.
 */
function mayBreakWord(text: string, at: number): boolean {
  const before = LETTERS_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[0].replace('\r', '') ?? '';
  const after = LETTERS_AFTER.exec(text.slice(at + 1, at + 41))?.[0] ?? '';
  if (before === '' || after === '') return false;
  if (before.length <= 2 || after.length <= 2) return true;
  return /^\p{Lu}\p{Ll}*$/u.test(before) && /^\p{Ll}/u.test(after);
}

/**
 * Splits a post into passages at line breaks (not one with a letter on both sides, which may be inside a word),
 * and slices a paragraph longer than MAX_PASSAGE_LENGTH at the last sentence end (or line break, or space) before
 * the limit, so that names and phrases are never cut in two.
 */
export function splitPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    while (lineEnd !== -1 && mayBreakWord(text, lineEnd)) lineEnd = text.indexOf('\n', lineEnd + 1);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    while (lineEnd - start > MAX_PASSAGE_LENGTH) {
      const cut = sliceEnd(text, start, start + MAX_PASSAGE_LENGTH);
      passages.push({ text: text.slice(start, cut), offset: start });
      start = cut;
    }
    if (lineEnd > start) passages.push({ text: text.slice(start, lineEnd), offset: start });
    lineStart = lineEnd + 1;
  }
  return passages;
}

function sliceEnd(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
  if (sentenceEnd > MAX_PASSAGE_LENGTH / 2) return from + sentenceEnd + 2;
  const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
  if (space > MAX_PASSAGE_LENGTH / 2) return from + space + 1;
  return limit;
}
