/**
 * Reads what the user wrote in an editable element. innerText keeps the line breaks between the block
 * elements that draft-js and Lexical render per paragraph (textContent would run them together).
 */
export function readEditableText(element: Element): string {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return element.value;
  if (element instanceof HTMLElement) return element.innerText.replace(/\n$/, '');
  return element.textContent ?? '';
}

/** Elements matching `selector` in `root`, including root itself. */
export function matchAll(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (root instanceof Element && root.matches(selector)) found.unshift(root);
  return found;
}
