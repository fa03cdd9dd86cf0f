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

/** A stretch of a long post for a whole-post search, with context on both sides of the part it answers for. */
export interface SearchWindow {
  /** text[from, to): the part this window answers for, with up to WINDOW_OVERLAP characters of context around. */
  text: string;
  offset: number;
  from: number;
  to: number;
}

/** Characters of each window a whole-post search owns: a few milliseconds of regular-expression work. */
export const WINDOW_LENGTH = 4000;
/** Context each side of a window: longer than any phrase searched for (a school's name, a disclaimer). */
export const WINDOW_OVERLAP = 200;

/**
 * Cuts a post into windows for whole-post searches that are run a piece at a time. Each character belongs to
 * exactly one window's [from, to), and every phrase shorter than WINDOW_OVERLAP that starts there lies wholly
 * inside that window's text. A post of up to WINDOW_LENGTH characters is one window: the text itself.
 */
export function searchWindows(text: string): SearchWindow[] {
  const windows: SearchWindow[] = [];
  for (let from = 0; from < text.length || from === 0; from += WINDOW_LENGTH) {
    const to = Math.min(text.length, from + WINDOW_LENGTH);
    const offset = Math.max(0, from - WINDOW_OVERLAP);
    windows.push({ text: text.slice(offset, Math.min(text.length, to + WINDOW_OVERLAP)), offset, from, to });
    if (to === text.length) break;
  }
  return windows;
}
