/** Small read-only DOM queries shared by the site adapters. */

/** Elements matching `selector` in `root`, including root itself. */
export function matchAll(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (root instanceof Element && root.matches(selector)) found.unshift(root);
  return found;
}

/**
 * The nearest ancestor of `element` (at most `maxDepth` levels up) that contains something matching `selector`:
 * the part of the page that belongs to one composer (its toolbar, attachments, buttons).
 */
export function closestContaining(element: Element, selector: string, maxDepth = 15): Element | undefined {
  let current = element.parentElement;
  for (let depth = 0; current && depth < maxDepth; depth++, current = current.parentElement) {
    if (current.querySelector(selector)) return current;
  }
  return undefined;
}

/** Buttons a site may use to publish: what the adapter is asked about. */
const BUTTON_LIKE = 'button, [role="button"], input[type="submit"]';

/**
 * The site's own buttons that publish what is written in `composer` (Post, Reply, Comment, Send), found by asking
 * the adapter about each button near the composer, so each site's selectors stay in its own folder. Post Guard's
 * panel keeps clear of them.
 */
export function submitControlsOf(
  composer: Element,
  submitForClick: (target: Element) => { composers: Element[] } | undefined,
  maxDepth = 8,
): Element[] {
  let scope: Element | null = composer;
  for (let depth = 0; scope?.parentElement && depth < maxDepth; depth++) scope = scope.parentElement;
  if (!scope) return [];
  return Array.from(scope.querySelectorAll(BUTTON_LIKE)).filter((button) =>
    submitForClick(button)?.composers.includes(composer),
  );
}

/** A control's words as a screen reader names it: its aria-label, else its own text, spaces collapsed. */
export function buttonWords(button: Element): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The rest of the first aria-label among `elements` that starts with one of `prefixes` and has something after it:
 * "Post to " + the Page, "Conversation with " + the person.
 */
export function afterLabelPrefix(
  elements: Iterable<Element>,
  prefixes: readonly string[],
): string | undefined {
  for (const element of elements) {
    const label = element.getAttribute('aria-label') ?? '';
    const prefix = prefixes.find((start) => label.startsWith(start));
    const rest = prefix ? label.slice(prefix.length).trim() : '';
    if (rest) return rest;
  }
  return undefined;
}

/**
 * Clicks a publishing button again (after "Post anyway"): the same one, or, when the site has re-rendered it, the
 * button matching `selector` that has the same words.
 */
export function clickAgain(button: Element, selector: string): void {
  const words = buttonWords(button);
  const again = button.isConnected
    ? button
    : [...document.querySelectorAll(selector)].find((other) => buttonWords(other) === words);
  (again as HTMLElement | undefined)?.click();
}

/** A cookie's value as the page's own scripts see it. */
export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Clicks an element the way a person's pointer does: some site buttons wait for the whole sequence. */
export function pressLikeAPointer(element: Element): void {
  const init = { bubbles: true, cancelable: true, composed: true, view: window };
  element.dispatchEvent(new PointerEvent('pointerdown', init));
  element.dispatchEvent(new MouseEvent('mousedown', init));
  element.dispatchEvent(new PointerEvent('pointerup', init));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  element.dispatchEvent(new MouseEvent('click', init));
}

/** Repeats a submitting key press on the element it was pressed in (Enter in a comment box, Ctrl+Enter on X). */
export function repeatKey(target: Element, original: KeyboardEvent): void {
  const init: KeyboardEventInit = {
    key: original.key,
    code: original.code,
    keyCode: original.keyCode,
    which: original.which,
    ctrlKey: original.ctrlKey,
    metaKey: original.metaKey,
    shiftKey: original.shiftKey,
    altKey: original.altKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keypress', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** A plain Enter, not one that ends an input method's composition (keyCode 229) or adds a line (Shift). */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return (
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.isComposing &&
    event.keyCode !== 229
  );
}

/** The longest name read from a page: anything longer is not a person's name. */
const MAX_SHOWN_NAME = 200;

/**
 * The first line of text an element shows: a person's display name above their @handle or bio. Only this is read,
 * and only when the member of staff clicks a button that reaches that person.
 */
export function firstLineOf(element: Element): string | undefined {
  const text = (element as HTMLElement).innerText ?? element.textContent ?? '';
  const line = text
    .split('\n')
    .map((part) => part.trim())
    .find(Boolean);
  return line && line.length <= MAX_SHOWN_NAME ? line : undefined;
}
