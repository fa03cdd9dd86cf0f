import type { Severity } from '../engine/types';
import { readEditor } from './editor-text';

/** The textarea styles that decide where each character is drawn; the mirror copies them. */
const LAYOUT_PROPERTIES = [
  'boxSizing',
  'width',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontWeight',
  'fontVariant',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'tabSize',
  'direction',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The squiggle under warnings and critical findings: a wave this many pixels long and high. */
const WAVE_PERIOD_PX = 4;
const WAVE_HEIGHT_PX = 4;
/** How far the wave's control points stray from its middle line: the wave itself reaches half as far. */
const WAVE_SWING_PX = 2.4;

export interface TextMark {
  severity: Severity;
  /** Offsets in the composer's text as Post Guard reads it (src/content/editor-text.ts). */
  start: number;
  end: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the words of one mark are on screen: one rectangle per line they run over. */
type Measure = (mark: TextMark) => DOMRect[];

/**
 * The underlines and tints on the words Post Guard found, for any kind of composer. They are boxes drawn inside
 * our closed shadow root over where the words are, so nothing of them is visible to the page: not a node in its
 * editor, not a range in its document's highlight registry (which any script of the page can read).
 *
 * Where the words are is measured once per check (`show`) and again only when the composer's box moves or its
 * text scrolls (`place`), never per keystroke. A rich editor's words are measured with Ranges over its text
 * nodes (reading layout changes nothing in the editor); a textarea has no text nodes, so its text is laid out
 * again in a hidden mirror with the same styles, inside our shadow root.
 */
export class ComposerMarks {
  private readonly layer = document.createElement('div');
  private readonly mirror: HTMLDivElement | undefined;
  private marks: TextMark[] = [];
  /** Live ranges over a rich editor's words: they follow the text when the editor's nodes are edited in place. */
  private ranges = new Map<TextMark, Range>();
  private measuredLayout = '';

  constructor(
    private readonly composer: Element,
    container: ParentNode,
  ) {
    this.layer.className = 'marks';
    this.layer.hidden = true;
    if (composer instanceof HTMLTextAreaElement) {
      this.mirror = document.createElement('div');
      this.mirror.className = 'textarea-mirror';
      this.mirror.setAttribute('aria-hidden', 'true');
      container.append(this.mirror);
    }
    container.append(this.layer);
  }

  /** Replaces the marks with these (offsets in the text the findings were found in) and draws them. */
  show(marks: readonly TextMark[]): void {
    this.marks = marks.filter((mark) => mark.end > mark.start);
    this.ranges.clear();
    if (!this.mirror && this.marks.length > 0) {
      const editor = readEditor(this.composer);
      for (const mark of this.marks) {
        const range = editor.rangeAt(mark.start, mark.end);
        if (range) this.ranges.set(mark, range);
      }
    }
    this.measuredLayout = '';
    this.place(true);
  }

  clear(): void {
    this.show([]);
  }

  /**
   * Moves the marks to where the words are now, if the composer's box moved, grew or scrolled since they were
   * last measured. Hidden while the composer is not what the user sees (`visible` false).
   */
  place(visible: boolean): void {
    if (!visible || this.marks.length === 0 || !this.composer.isConnected) {
      this.layer.hidden = true;
      this.measuredLayout = '';
      return;
    }
    const box = this.composer.getBoundingClientRect();
    const layout = [
      box.left,
      box.top,
      box.width,
      box.height,
      this.composer.scrollLeft,
      this.composer.scrollTop,
      window.innerWidth,
      window.innerHeight,
    ].join();
    if (layout === this.measuredLayout) return;
    this.measuredLayout = layout;
    this.draw(this.mirror ? this.measureInMirror(this.mirror, box) : (mark) => this.measureRange(mark));
  }

  dispose(): void {
    this.mirror?.remove();
    this.layer.remove();
  }

  private draw(measure: Measure): void {
    const clip = visibleBox(this.composer);
    this.layer.replaceChildren();
    this.layer.hidden = clip === undefined;
    if (!clip) return;
    // The layer is the composer's visible box: marks of words scrolled out of it are cut off at its edges.
    Object.assign(this.layer.style, {
      left: `${clip.left}px`,
      top: `${clip.top}px`,
      width: `${clip.right - clip.left}px`,
      height: `${clip.bottom - clip.top}px`,
    });
    for (const mark of this.marks) {
      for (const rect of joinLines(measure(mark))) {
        if (
          rect.bottom < clip.top ||
          rect.top > clip.bottom ||
          rect.right < clip.left ||
          rect.left > clip.right
        )
          continue;
        this.layer.append(drawMark(mark.severity, rect, clip));
      }
    }
  }

  /** The rectangles of a rich editor's marked words: those of its text, not of the elements around it. */
  private measureRange(mark: TextMark): DOMRect[] {
    const range = this.ranges.get(mark);
    if (!range || range.collapsed) return [];
    const rects: DOMRect[] = [];
    const root = range.commonAncestorContainer;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const part = document.createRange();
    for (
      let node: Node | null = root instanceof Text ? root : walker.nextNode();
      node;
      node = walker.nextNode()
    ) {
      if (!range.intersectsNode(node)) continue;
      const text = node as Text;
      part.setStart(text, node === range.startContainer ? range.startOffset : 0);
      part.setEnd(text, node === range.endContainer ? range.endOffset : text.length);
      rects.push(...part.getClientRects());
      if (node === range.endContainer || root instanceof Text) break;
    }
    return rects;
  }

  /** Lays the textarea's text out in the mirror and measures where each mark's words fall. */
  private measureInMirror(mirror: HTMLDivElement, box: DOMRect): Measure {
    const textarea = this.composer as HTMLTextAreaElement;
    const style = getComputedStyle(textarea);
    for (const property of LAYOUT_PROPERTIES) mirror.style[property] = style[property];
    const text = textarea.value;
    const origin = mirror.getBoundingClientRect();
    return (mark) => {
      const marked = document.createElement('span');
      marked.textContent = text.slice(mark.start, mark.end);
      mirror.replaceChildren(
        document.createTextNode(text.slice(0, mark.start)),
        marked,
        document.createTextNode(text.slice(mark.end) || ' '),
      );
      const rects = [...marked.getClientRects()].map(
        (rect) =>
          new DOMRect(
            box.left + rect.left - origin.left - textarea.scrollLeft,
            box.top + rect.top - origin.top - textarea.scrollTop,
            rect.width,
            rect.height,
          ),
      );
      mirror.replaceChildren();
      return rects;
    };
  }
}

/**
 * The part of `element` that can be seen: its box cut by the window and by every ancestor that clips what
 * overflows it (a dialog's scrolling body, X's growing composer). Undefined when none of it can be seen.
 */
function visibleBox(element: Element): Box | undefined {
  const rect = element.getBoundingClientRect();
  const box: Box = {
    left: Math.max(rect.left, 0),
    top: Math.max(rect.top, 0),
    right: Math.min(rect.right, window.innerWidth),
    bottom: Math.min(rect.bottom, window.innerHeight),
  };
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (getComputedStyle(ancestor).overflow === 'visible') continue;
    const clip = ancestor.getBoundingClientRect();
    box.left = Math.max(box.left, clip.left);
    box.top = Math.max(box.top, clip.top);
    box.right = Math.min(box.right, clip.right);
    box.bottom = Math.min(box.bottom, clip.bottom);
  }
  if (box.right <= box.left || box.bottom <= box.top) return undefined;
  return {
    left: Math.round(box.left),
    top: Math.round(box.top),
    right: Math.round(box.right),
    bottom: Math.round(box.bottom),
  };
}

/**
 * One rectangle per line: a name split over two text nodes (an editor's styled spans) is measured as two
 * touching rectangles, which would draw as two squiggles.
 */
function joinLines(rects: DOMRect[]): DOMRect[] {
  const lines: DOMRect[] = [];
  for (const rect of rects) {
    if (rect.width === 0 || rect.height === 0) continue;
    const line = lines.find(
      (each) =>
        Math.abs(each.top - rect.top) < 2 &&
        Math.abs(each.bottom - rect.bottom) < 2 &&
        rect.left <= each.right + 1 &&
        rect.right >= each.left - 1,
    );
    if (!line) {
      lines.push(DOMRect.fromRect(rect));
      continue;
    }
    const left = Math.min(line.left, rect.left);
    const right = Math.max(line.right, rect.right);
    line.x = left;
    line.width = right - left;
  }
  return lines;
}

/** A tinted box over the words with a squiggle (warnings, critical findings) or dotted line (tips) under them. */
function drawMark(severity: Severity, rect: DOMRect, clip: Box): HTMLElement {
  const drawn = document.createElement('div');
  drawn.className = `mark ${severity}`;
  const width = Math.round(rect.width);
  Object.assign(drawn.style, {
    left: `${Math.round(rect.left - clip.left)}px`,
    top: `${Math.round(rect.top - clip.top)}px`,
    width: `${width}px`,
    height: `${Math.round(rect.height)}px`,
  });
  if (severity !== 'info') drawn.append(wave(width));
  return drawn;
}

/** An SVG squiggle `width` pixels long, as a browser draws `text-decoration: underline wavy`. */
function wave(width: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'wave');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(WAVE_HEIGHT_PX));
  svg.setAttribute('viewBox', `0 0 ${width} ${WAVE_HEIGHT_PX}`);
  const half = WAVE_PERIOD_PX / 2;
  let d = `M0 ${WAVE_HEIGHT_PX / 2}`;
  for (let x = 0, up = true; x < width; x += half, up = !up) {
    d += ` q${half / 2} ${up ? -WAVE_SWING_PX : WAVE_SWING_PX} ${half} 0`;
  }
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}
