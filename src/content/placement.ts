/** A box on screen, in CSS pixels from the window's top left (what getBoundingClientRect gives). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  left: number;
  top: number;
}

export const BADGE_INSET_PX = 4;
export const PANEL_GAP_PX = 6;
export const PANEL_WIDTH_PX = 380;
export const PANEL_MIN_WIDTH_PX = 300;
/** Kept clear between the panel and the window's edge. */
const EDGE_PX = 8;

/** The badge sits in the frame's bottom-right corner, inside it, above the window's bottom edge. */
export function placeBadge(frame: Box, badge: Size, viewport: Size): Point {
  const visibleBottom = Math.min(frame.bottom, viewport.height);
  return {
    left: Math.round(frame.right - badge.width - BADGE_INSET_PX),
    top: Math.round(visibleBottom - badge.height - BADGE_INSET_PX),
  };
}

/** The panel's width where the frame is: beside it when the window has room, else as wide as the window allows. */
export function panelWidth(frame: Box, viewport: Size): { width: number; beside: boolean } {
  const roomBeside = viewport.width - frame.right - PANEL_GAP_PX - EDGE_PX;
  const beside = roomBeside >= PANEL_MIN_WIDTH_PX;
  return {
    width: Math.round(Math.min(PANEL_WIDTH_PX, beside ? roomBeside : viewport.width - 2 * EDGE_PX)),
    beside,
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/**
 * Beside the composer where the window has room (never over the words), else below it, else above; never over
 * `keepClear` (the site's Post or Send button, which the member of staff must be able to reach with the list
 * open) and inside the window wherever it fits. Below the composer, the site's buttons often sit in a row under
 * the box (X's Post, YouTube's Comment): then the panel goes below that row.
 */
export function placePanel(
  frame: Box,
  panelHeight: number,
  viewport: Size,
  keepClear: readonly Box[] = [],
): Point & { width: number } {
  const { width, beside } = panelWidth(frame, viewport);
  const lowestTop = EDGE_PX;
  const highestTop = viewport.height - panelHeight - EDGE_PX;
  const fitsInWindow = (top: number) => top >= lowestTop && top <= highestTop;
  const at = (left: number, top: number): Box => ({
    left,
    top,
    right: left + width,
    bottom: top + panelHeight,
  });
  const clear = (left: number, top: number) => !keepClear.some((box) => overlaps(at(left, top), box));

  if (beside) {
    const left = frame.right + PANEL_GAP_PX;
    const top = Math.max(lowestTop, Math.min(frame.top, highestTop));
    if (clear(left, top)) return { left: Math.round(left), top: Math.round(top), width };
  }

  const left = Math.min(Math.max(EDGE_PX, frame.right - width), viewport.width - width - EDGE_PX);
  const controlsBelow = keepClear.filter((box) => box.top >= frame.top);
  const controlsBottom = Math.max(frame.bottom, ...controlsBelow.map((box) => box.bottom));
  const candidates = [
    frame.bottom + PANEL_GAP_PX,
    controlsBottom + PANEL_GAP_PX,
    frame.top - PANEL_GAP_PX - panelHeight,
    Math.min(frame.top, ...keepClear.map((box) => box.top)) - PANEL_GAP_PX - panelHeight,
  ];
  const best =
    candidates.find((top) => fitsInWindow(top) && clear(left, top)) ??
    // Nowhere fits whole: inside the window, clear of the buttons if any place is, else below or above.
    candidates.map((top) => Math.max(lowestTop, Math.min(top, highestTop))).find((top) => clear(left, top)) ??
    (fitsInWindow(candidates[0]!) ? candidates[0]! : Math.max(lowestTop, candidates[2]!));
  return { left: Math.round(left), top: Math.round(best), width };
}

/**
 * Where to probe whether the frame is what the user sees: the centre of the part of it on screen (a box grown
 * taller than the window still counts). Undefined when none of it is on screen or it has no size.
 */
export function visibleProbePoint(frame: Box, viewport: Size): { x: number; y: number } | undefined {
  if (frame.right - frame.left <= 0 || frame.bottom - frame.top <= 0) return undefined;
  const top = Math.max(frame.top, 0);
  const bottom = Math.min(frame.bottom, viewport.height);
  if (bottom <= top) return undefined;
  return { x: frame.left + (frame.right - frame.left) / 2, y: (top + bottom) / 2 };
}

/** Whether any of `lines` (the boxes of the last line of text) reaches under `box`. */
export function anyOverlap(lines: Iterable<Box>, box: Box): boolean {
  for (const line of lines) if (overlaps(line, box)) return true;
  return false;
}
