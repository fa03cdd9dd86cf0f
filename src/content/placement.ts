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

/** Beside the composer where the window has room (never over the words), else below it, else above. */
export function placePanel(frame: Box, panelHeight: number, viewport: Size): Point & { width: number } {
  const { width, beside } = panelWidth(frame, viewport);
  let left: number;
  let top: number;
  if (beside) {
    left = frame.right + PANEL_GAP_PX;
    top = Math.max(EDGE_PX, Math.min(frame.top, viewport.height - panelHeight - EDGE_PX));
  } else {
    left = Math.min(Math.max(EDGE_PX, frame.right - width), viewport.width - width - EDGE_PX);
    const below = frame.bottom + PANEL_GAP_PX;
    top =
      below + panelHeight <= viewport.height
        ? below
        : Math.max(EDGE_PX, frame.top - PANEL_GAP_PX - panelHeight);
  }
  return { left: Math.round(left), top: Math.round(top), width };
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
  for (const line of lines) {
    if (line.right > box.left && line.left < box.right && line.bottom > box.top && line.top < box.bottom)
      return true;
  }
  return false;
}
