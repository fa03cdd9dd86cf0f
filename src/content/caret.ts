import { readEditor } from './editor-text';

/**
 * Where the caret was in a composer, as offsets into the draft's text: editors such as draft-js re-render their
 * nodes and clear the selection when focus leaves (to our panel or dialog), so a saved DOM range would point at
 * nodes that are gone. Restoring it puts the member of staff back where they were writing.
 */
export interface Caret {
  start: number;
  end: number;
}

/** The last selection made inside an editable element, kept because draft-js clears it on blur. */
let lastSelection: { editable: Element; range: StaticRange } | undefined;
let tracking = false;

/** Starts remembering selections in this page (once); called when the first composer appears. */
export function rememberCarets(): void {
  if (tracking) return;
  tracking = true;
  const remember = (): void => {
    readPending = false;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const node = range.startContainer;
    const element = node instanceof Element ? node : node.parentElement;
    const editable = element?.closest('[contenteditable="true"]');
    // Only references are kept: no work while the member of staff types.
    if (editable) lastSelection = { editable, range: new StaticRange(range) };
  };
  // The selection changes with every key: it is read once a frame, when the page is laid out anyway (reading it
  // in the event cost the page about half a millisecond a key, bench:browser's profile).
  let readPending = false;
  document.addEventListener('selectionchange', () => {
    if (readPending) return;
    readPending = true;
    requestAnimationFrame(remember);
  });
}

export function saveCaret(composer: Element): Caret {
  if (composer instanceof HTMLTextAreaElement)
    return { start: composer.selectionStart, end: composer.selectionEnd };
  const editor = readEditor(composer);
  const live = window.getSelection();
  const remembered =
    lastSelection && (composer.contains(lastSelection.editable) || lastSelection.editable.contains(composer))
      ? lastSelection.range
      : undefined;
  const range =
    live && live.rangeCount > 0 && composer.contains(live.getRangeAt(0).startContainer)
      ? live.getRangeAt(0)
      : remembered;
  const start = range && editor.offsetAt(range.startContainer, range.startOffset);
  const end = range && editor.offsetAt(range.endContainer, range.endOffset);
  // Unknown: the end of the draft, where the member of staff most likely stopped writing.
  if (start === undefined || end === undefined) return { start: editor.text.length, end: editor.text.length };
  return { start, end };
}

export function restoreCaret(composer: Element, caret: Caret): void {
  (composer as HTMLElement).focus();
  if (composer instanceof HTMLTextAreaElement) {
    composer.setSelectionRange(caret.start, caret.end);
    return;
  }
  const range = readEditor(composer).rangeAt(caret.start, caret.end);
  const selection = window.getSelection();
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}
