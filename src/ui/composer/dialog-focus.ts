/**
 * Keyboard handling shared by Post Guard's dialogs in the page (the "Before you post" dialog, the contact
 * reminder): Escape takes the safe way out, and Tab stays inside the dialog.
 */
export function keepFocusInside(
  event: KeyboardEvent,
  dialog: HTMLElement | null,
  onEscape: () => void,
): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    onEscape();
    return;
  }
  if (event.key !== 'Tab' || !dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), textarea')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first?.focus();
  }
}
