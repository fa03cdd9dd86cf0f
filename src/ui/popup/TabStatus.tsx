/**
 * The "This tab" status at the top of the popup: whether Post Guard is checking the page in the current tab.
 * A slot for now; it renders nothing until that status is built.
 */
export function TabStatus() {
  return null;
}
