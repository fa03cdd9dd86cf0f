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

/** A cookie's value as the page's own scripts see it. */
export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
