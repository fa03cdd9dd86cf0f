/** A piece of the post analysed on its own: a paragraph, or a slice of a very long one. */
export interface Passage {
  text: string;
  /** Offset of the passage in the whole text. */
  offset: number;
}

/** Long paragraphs are sliced so that no single rule call sees more than this many characters. */
export const MAX_PASSAGE_LENGTH = 2000;

/**
 * Splits a post into passages at line breaks, and slices a paragraph longer than MAX_PASSAGE_LENGTH at the
 * last sentence end (or space) before the limit, so that names and phrases are never cut in two.
 */
export function splitPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
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
  const space = window.lastIndexOf(' ');
  if (space > MAX_PASSAGE_LENGTH / 2) return from + space + 1;
  return limit;
}
