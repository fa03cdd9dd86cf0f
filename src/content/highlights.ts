import type { Severity } from '../engine/types';

/**
 * Underlines on the words Post Guard found, drawn with the CSS Custom Highlight API: the ranges are registered
 * with the document and painted by the browser, so not one node is added to or changed in the site's editor.
 * One Highlight per severity, shared by every composer on the page; each composer adds and removes its own ranges.
 * Tips (info: a spelling slip, a string of exclamation marks) get a quiet dotted underline, like a spell checker's.
 */
const HIGHLIGHT_CSS = `
::highlight(post-guard-warning) { background-color: rgba(245, 158, 11, 0.28); text-decoration: underline wavy #d97706; text-decoration-thickness: 1.5px; }
::highlight(post-guard-critical) { background-color: rgba(220, 38, 38, 0.26); text-decoration: underline wavy #dc2626; text-decoration-thickness: 1.5px; }
::highlight(post-guard-info) { text-decoration: underline dotted #2563eb; text-decoration-thickness: 2px; }
`;

let highlights: Record<Severity, Highlight> | undefined | null;

function registry(): Record<Severity, Highlight> | null {
  if (highlights !== undefined) return highlights;
  if (typeof Highlight === 'undefined' || !('highlights' in CSS)) {
    highlights = null;
    return highlights;
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  // An adopted stylesheet styles the page without adding a <style> node to it.
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  highlights = { info: new Highlight(), warning: new Highlight(), critical: new Highlight() };
  for (const severity of ['info', 'warning', 'critical'] as const) {
    CSS.highlights.set(`post-guard-${severity}`, highlights[severity]);
  }
  return highlights;
}

/** One composer's underlines: replace them all at once, or clear them. */
export class ComposerHighlights {
  private ranges: { severity: Severity; range: Range }[] = [];

  show(marks: { severity: Severity; range: Range }[]): void {
    this.clear();
    const target = registry();
    if (!target) return;
    for (const mark of marks) {
      target[mark.severity].add(mark.range);
      this.ranges.push({ severity: mark.severity, range: mark.range });
    }
  }

  clear(): void {
    const target = registry();
    for (const { severity, range } of this.ranges) target?.[severity].delete(range);
    this.ranges = [];
  }
}
