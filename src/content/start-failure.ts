import { getOverlay } from './overlay';

const NOTE =
  'Post Guard could not start on this page, so it is not checking what you write here. You can post as usual; reload the page to try again.';

/**
 * Says that Post Guard's part that draws the badge could not load: without this note a failed load left no badge
 * and only a line in the console. Plain DOM in our overlay (the Preact UI is what failed to load), in the window's
 * bottom-left corner, where it covers none of the composer's own controls.
 */
export function showStartFailure(): void {
  const { root } = getOverlay();
  if (root.querySelector('.start-failure')) return;
  const note = document.createElement('div');
  note.className = 'start-failure';
  note.setAttribute('role', 'status');
  note.textContent = NOTE;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => note.remove());
  note.append(' ', close);
  root.append(note);
}
