import type { Severity } from '../engine/types';

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

export interface TextMark {
  severity: Severity;
  start: number;
  end: number;
}

/**
 * Underlines for a <textarea>, which has no DOM text to give the Custom Highlight API: boxes drawn in our own
 * shadow root over where the words are. Where the words are is measured on a hidden copy of the textarea's text
 * laid out with the same styles (a mirror), inside our shadow root; the textarea itself is never touched.
 */
export class TextareaHighlights {
  private readonly mirror = document.createElement('div');
  private readonly layer = document.createElement('div');
  private marks: TextMark[] = [];

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    container: ParentNode,
  ) {
    this.mirror.className = 'textarea-mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    this.layer.className = 'textarea-marks';
    container.append(this.mirror, this.layer);
  }

  show(marks: TextMark[]): void {
    this.marks = marks.filter((mark) => mark.end > mark.start);
    this.place();
  }

  clear(): void {
    this.marks = [];
    this.layer.replaceChildren();
  }

  /** Redraws the boxes where the marked words are now (after scrolling, resizing or typing). */
  place(): void {
    this.layer.replaceChildren();
    if (this.marks.length === 0 || !this.textarea.isConnected) return;
    const style = getComputedStyle(this.textarea);
    for (const property of LAYOUT_PROPERTIES) this.mirror.style[property] = style[property];
    const box = this.textarea.getBoundingClientRect();
    const text = this.textarea.value;
    const origin = this.mirror.getBoundingClientRect();
    for (const mark of this.marks) {
      const before = document.createTextNode(text.slice(0, mark.start));
      const marked = document.createElement('span');
      marked.textContent = text.slice(mark.start, mark.end);
      this.mirror.replaceChildren(before, marked, document.createTextNode(text.slice(mark.end) || ' '));
      for (const rect of marked.getClientRects()) {
        const left = box.left + rect.left - origin.left - this.textarea.scrollLeft;
        const top = box.top + rect.top - origin.top - this.textarea.scrollTop;
        // Only what is inside the textarea's visible box: scrolled-away words get no mark.
        if (
          top + rect.height < box.top ||
          top > box.bottom ||
          left > box.right ||
          left + rect.width < box.left
        )
          continue;
        const drawn = document.createElement('div');
        drawn.className = `textarea-mark ${mark.severity}`;
        Object.assign(drawn.style, {
          left: `${Math.round(left)}px`,
          top: `${Math.round(top)}px`,
          width: `${Math.round(rect.width)}px`,
          height: `${Math.round(rect.height)}px`,
        });
        this.layer.append(drawn);
      }
    }
    this.mirror.replaceChildren();
  }

  dispose(): void {
    this.mirror.remove();
    this.layer.remove();
  }
}
