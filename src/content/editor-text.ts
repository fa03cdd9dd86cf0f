/**
 * The text of an editor as Post Guard analyses it, with a map back to the DOM so that findings can be
 * highlighted and fixed at the right place. Read-only: walking the nodes changes nothing.
 */
export interface EditorText {
  text: string;
  /** A DOM range over text[start, end), or undefined where the editor has no DOM text (a textarea). */
  rangeAt(start: number, end: number): Range | undefined;
  /** The text offset of a DOM position (a selection's end) inside the editor, if it is in its text. */
  offsetAt(node: Node, offset: number): number | undefined;
}

/** Elements that start a new line of text in draft-js (div[data-block]), Lexical (p) and plain editors. */
const BLOCK_TAGS = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
]);

interface Piece {
  node: Text;
  start: number;
}

/** A <br> that makes a line of its own (an empty line in draft-js or Lexical) has no text to put a caret in. */
interface LineBreak {
  node: HTMLBRElement;
  start: number;
}

export function readEditor(element: Element): EditorText {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    return { text: element.value, rangeAt: () => undefined, offsetAt: () => undefined };
  }
  const pieces: Piece[] = [];
  const breaks: LineBreak[] = [];
  let text = '';
  // Whether the text so far ends a line, kept as it is built: text.endsWith() would flatten the growing string
  // once per block, which made reading a 2,000-line draft quadratic.
  let atLineStart = true;
  const newline = (): void => {
    if (!atLineStart) text += '\n';
    atLineStart = true;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data === '') continue;
        pieces.push({ node: child as Text, start: text.length });
        text += data;
        atLineStart = data.endsWith('\n');
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') {
          // A <br> that only keeps an empty line open (draft-js, Lexical) is the line itself.
          breaks.push({ node: child as HTMLBRElement, start: text.length });
          text += '\n';
          atLineStart = true;
        } else if (BLOCK_TAGS.has(tag)) {
          newline();
          walk(child);
          newline();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(element);
  text = text.replace(/\n+$/, '');

  const locate = (offset: number, preferEnd: boolean): { node: Node; offset: number } | undefined => {
    // The last piece starting at or before the offset (binary search: long posts have many pieces).
    let low = 0;
    let high = pieces.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (pieces[middle]!.start <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const piece = pieces[found];
    if (piece && offset <= piece.start + piece.node.data.length) {
      if (!preferEnd && offset === piece.start + piece.node.data.length && pieces[found + 1]) {
        const next = pieces[found + 1]!;
        if (next.start === offset) return { node: next.node, offset: 0 };
      }
      return { node: piece.node, offset: offset - piece.start };
    }
    // The offset is on an empty line: just before its <br>, where the browser puts the caret there.
    const lineBreak = breaks.find((each) => each.start === offset);
    if (lineBreak?.node.parentNode) {
      const parent = lineBreak.node.parentNode;
      return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, lineBreak.node) };
    }
    // The offset is on a line break we added: the next piece's start, or the end of the previous one.
    const next = pieces[found + 1];
    if (!preferEnd && next) return { node: next.node, offset: 0 };
    return piece ? { node: piece.node, offset: piece.node.data.length } : undefined;
  };

  return {
    text,
    offsetAt(node, offset) {
      if (!element.contains(node)) return undefined;
      if (node.nodeType === Node.TEXT_NODE) {
        const piece = pieces.find((each) => each.node === node);
        return piece ? Math.min(piece.start + offset, text.length) : undefined;
      }
      // A position between child nodes: where the first text or empty line at or after it starts.
      const marks = [...pieces, ...breaks].sort((a, b) => a.start - b.start);
      const after = node.childNodes[offset];
      if (after) {
        const next = marks.find(
          (mark) =>
            after === mark.node ||
            after.contains(mark.node) ||
            after.compareDocumentPosition(mark.node) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        return next ? next.start : text.length;
      }
      // After the node's last child: the end of what it holds, else where what follows it starts.
      const last = marks.filter((mark) => node.contains(mark.node)).at(-1);
      if (last) return last.node instanceof Text ? last.start + last.node.data.length : last.start;
      const next = marks.find(
        (mark) => node.compareDocumentPosition(mark.node) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return next ? next.start : text.length;
    },
    rangeAt(start, end) {
      const from = locate(start, false);
      const to = locate(end, true);
      if (!from || !to) return undefined;
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}
