// @vitest-environment happy-dom
/** readEditor: the text Post Guard analyses, and the map back to the editor's DOM, for each kind of editor. */
import { afterEach, describe, expect, it } from 'vitest';
import { readEditor } from '../../../src/content/editor-text';
import { loadPage, one } from '../sites/saved-pages';

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElement;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** Draft.js: one div[data-block] per line; an empty line holds a <br data-text>. */
const DRAFT_JS = `<div contenteditable="true" role="textbox" class="public-DraftEditor-content"><div data-contents="true"><div data-block="true" data-offset-key="a-0-0"><div data-offset-key="a-0-0" class="public-DraftStyleDefault-block"><span data-offset-key="a-0-0"><span data-text="true">Well done </span></span><span data-offset-key="a-1-0"><span data-text="true">Jack</span></span></div></div><div data-block="true" data-offset-key="b-0-0"><div data-offset-key="b-0-0" class="public-DraftStyleDefault-block"><span data-offset-key="b-0-0"><br data-text="true"></span></div></div><div data-block="true" data-offset-key="c-0-0"><div data-offset-key="c-0-0" class="public-DraftStyleDefault-block"><span data-offset-key="c-0-0"><span data-text="true">See you on Friday</span></span></div></div></div></div>`;

/** Lexical: one <p> per paragraph, <br> for a line break inside one, a lone <br> for an empty paragraph. */
const LEXICAL = `<div contenteditable="true" role="textbox" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Sports day</span><br><span data-lexical-text="true">is on Friday</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">Bring a hat</span></p></div>`;

/** A plain contenteditable as Chromium edits it (YouTube): text, <br> and <div> lines. */
const PLAIN = `<div id="contenteditable-root" contenteditable="true">Thank you<br>for this<div>Loved it</div><div><br></div><div>Bye</div></div>`;

describe('readEditor', () => {
  it.each([
    ['draft-js', DRAFT_JS, 'Well done Jack\n\nSee you on Friday'],
    ['Lexical', LEXICAL, 'Sports day\nis on Friday\n\nBring a hat'],
    ['plain', PLAIN, 'Thank you\nfor this\nLoved it\n\nBye'],
  ])('%s: the text with its line breaks', (_kind, html, expected) => {
    expect(readEditor(mount(html)).text).toBe(expected);
  });

  it('an empty editor (a lone <br>, or an empty paragraph) is empty text', () => {
    expect(readEditor(mount('<div contenteditable="true"><br></div>')).text).toBe('');
    expect(readEditor(mount('<div contenteditable="true"><p><br></p></div>')).text).toBe('');
    expect(readEditor(mount('<div contenteditable="true"></div>')).text).toBe('');
  });

  it('a textarea is its value, with no DOM text to map', () => {
    const textarea = mount('<textarea></textarea>') as HTMLTextAreaElement;
    textarea.value = 'Line one\nLine two';
    const editor = readEditor(textarea);
    expect(editor.text).toBe('Line one\nLine two');
    expect(editor.rangeAt(0, 4)).toBeUndefined();
    expect(editor.offsetAt(textarea, 0)).toBeUndefined();
  });

  it.each([
    ['draft-js', DRAFT_JS],
    ['Lexical', LEXICAL],
    ['plain', PLAIN],
  ])('%s: rangeAt covers exactly the words, and offsetAt maps every position back', (_kind, html) => {
    const root = mount(html);
    const editor = readEditor(root);
    const { text } = editor;
    for (const match of text.matchAll(/\S+/g)) {
      const start = match.index;
      const end = start + match[0].length;
      expect(editor.rangeAt(start, end)?.toString()).toBe(match[0]);
    }
    for (let offset = 0; offset <= text.length; offset++) {
      const range = editor.rangeAt(offset, offset)!;
      expect(root.contains(range.startContainer), `offset ${offset}`).toBe(true);
      expect(editor.offsetAt(range.startContainer, range.startOffset), `offset ${offset}`).toBe(offset);
      expect(editor.offsetAt(range.endContainer, range.endOffset), `offset ${offset}`).toBe(offset);
    }
  });

  it('a caret on an empty line stays on that line (the publish guard restores it after "Edit post")', () => {
    const root = mount(DRAFT_JS);
    const editor = readEditor(root);
    const emptyLine = root.querySelectorAll('[data-block]')[1]!;
    const onEmptyLine = editor.text.indexOf('\n\n') + 1;
    // Where draft-js and Chromium put the caret on an empty line: before its <br>, or in its block.
    expect(editor.offsetAt(emptyLine.querySelector('span')!, 0)).toBe(onEmptyLine);
    expect(editor.offsetAt(emptyLine, 0)).toBe(onEmptyLine);
    const range = editor.rangeAt(onEmptyLine, onEmptyLine)!;
    expect(range.collapsed).toBe(true);
    expect(emptyLine.contains(range.startContainer)).toBe(true);
  });

  it('a caret on a new empty last line (Enter at the end) stays there', () => {
    const root = mount(
      '<div contenteditable="true" data-lexical-editor="true"><p><span>Hello</span></p><p><br></p></div>',
    );
    const editor = readEditor(root);
    expect(editor.text).toBe('Hello');
    const lastLine = root.querySelectorAll('p')[1]!;
    const offset = editor.offsetAt(lastLine, 0)!;
    expect(offset).toBe(6);
    expect(editor.rangeAt(offset, offset)?.startContainer).toBe(lastLine);
  });

  it('offsetAt: after an element’s last child is the end of its text; outside the editor is undefined', () => {
    const root = mount(DRAFT_JS);
    const editor = readEditor(root);
    const firstLine = root.querySelector('[data-block] > div')!;
    expect(editor.offsetAt(firstLine, firstLine.childNodes.length)).toBe('Well done Jack'.length);
    expect(editor.offsetAt(root, root.childNodes.length)).toBe(editor.text.length);
    expect(editor.offsetAt(root, 0)).toBe(0);
    expect(editor.offsetAt(document.body, 0)).toBeUndefined();
  });

  it('a range across a line break spans both lines', () => {
    const editor = readEditor(mount(LEXICAL));
    const start = editor.text.indexOf('day');
    const end = editor.text.indexOf(' on');
    const range = editor.rangeAt(start, end)!;
    expect(range.startContainer.textContent).toBe('Sports day');
    expect(range.endContainer.textContent).toBe('is on Friday');
    expect(range.toString()).toBe('dayis');
  });

  it('reading changes nothing in the editor', () => {
    const root = mount(LEXICAL);
    const before = root.outerHTML;
    const editor = readEditor(root);
    editor.rangeAt(0, editor.text.length);
    editor.offsetAt(root, 0);
    expect(root.outerHTML).toBe(before);
  });

  it.each([
    ['x/compose-dialog', '#layers [data-testid="tweetTextarea_0"]', 'First line\n\nThird line'],
    ['facebook/create-post', '[role="dialog"] [data-lexical-editor="true"]', 'First line\nSecond line'],
    ['youtube/watch-reply', 'ytd-commentbox[is-reply] #contenteditable-root', 'Thank you'],
    ['youtube/live-chat', 'div#input[contenteditable]', 'Hello everyone'],
  ])('the real editors’ markup (%s) reads as what was typed', (name, selector, typed) => {
    loadPage(name);
    const root = one(selector);
    const editor = readEditor(root);
    expect(editor.text).toBe(typed);
    for (let offset = 0; offset <= typed.length; offset++) {
      const range = editor.rangeAt(offset, offset)!;
      expect(editor.offsetAt(range.startContainer, range.startOffset), `offset ${offset}`).toBe(offset);
    }
  });
});
