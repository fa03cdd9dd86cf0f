import { describe, expect, it } from 'vitest';
import {
  BADGE_INSET_PX,
  PANEL_GAP_PX,
  PANEL_WIDTH_PX,
  anyOverlap,
  placeBadge,
  placePanel,
  visibleProbePoint,
} from '../../../src/content/placement';

const viewport = { width: 1280, height: 800 };
const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('placeBadge', () => {
  it('puts the badge inside the frame’s bottom-right corner', () => {
    expect(placeBadge(box(100, 100, 600, 300), { width: 80, height: 22 }, viewport)).toEqual({
      left: 600 - 80 - BADGE_INSET_PX,
      top: 300 - 22 - BADGE_INSET_PX,
    });
  });

  it('keeps the badge above the window’s bottom edge when the frame runs below it', () => {
    expect(placeBadge(box(100, 500, 600, 2000), { width: 80, height: 22 }, viewport).top).toBe(
      800 - 22 - BADGE_INSET_PX,
    );
  });
});

describe('placePanel', () => {
  it('puts the panel beside the frame where the window has room, never over the words', () => {
    const point = placePanel(box(100, 100, 600, 300), 400, viewport);
    expect(point).toEqual({ left: 600 + PANEL_GAP_PX, top: 100, width: PANEL_WIDTH_PX });
  });

  it('moves the panel up so that it stays inside the window', () => {
    expect(placePanel(box(100, 600, 600, 700), 400, viewport).top).toBe(800 - 400 - 8);
  });

  it('puts the panel below a wide frame, or above it when there is no room below', () => {
    const wide = box(40, 100, 1200, 300);
    const below = placePanel(wide, 200, viewport);
    expect(below.top).toBe(300 + PANEL_GAP_PX);
    expect(below.left + below.width).toBeLessThanOrEqual(1200);
    const low = box(40, 500, 1200, 700);
    expect(placePanel(low, 200, viewport).top).toBe(500 - PANEL_GAP_PX - 200);
  });

  it('keeps clear of the site’s Post button under the box: below the row of buttons when it fits', () => {
    // X at 700×560: the box ends at 125 and its Post button sits under it, at the right.
    const frame = box(200, 60, 580, 125);
    const post = box(516, 146, 580, 182);
    const narrow = { width: 700, height: 560 };
    const point = placePanel(frame, 336, narrow, [post]);
    expect(point.top).toBe(182 + PANEL_GAP_PX);
    expect(point.top + 336).toBeLessThanOrEqual(560);
  });

  it('goes above the box when below the buttons there is no room', () => {
    const frame = box(200, 400, 580, 470);
    const post = box(516, 480, 580, 516);
    const point = placePanel(frame, 300, { width: 700, height: 800 }, [post]);
    expect(point.top).toBe(400 - PANEL_GAP_PX - 300);
  });

  it('leaves beside for below when the button stands beside the box', () => {
    const frame = box(100, 100, 600, 300);
    const send = box(610, 120, 660, 160);
    const point = placePanel(frame, 200, viewport, [send]);
    expect(point.top).toBe(300 + PANEL_GAP_PX);
    expect(point.left + point.width).toBeLessThanOrEqual(1280);
  });

  it('never runs off the bottom of the window, even when nowhere fits whole', () => {
    const frame = box(10, 200, 350, 400);
    const point = placePanel(frame, 300, { width: 360, height: 640 }, [box(300, 410, 350, 440)]);
    expect(point.top + 300).toBeLessThanOrEqual(640 - 8);
    expect(point.top).toBeGreaterThanOrEqual(8);
  });

  it('narrows the panel to a narrow window', () => {
    const point = placePanel(box(10, 100, 350, 300), 200, { width: 360, height: 640 });
    expect(point.width).toBe(360 - 16);
    expect(point.left).toBe(8);
  });
});

describe('visibleProbePoint', () => {
  it('probes the centre of the part of the frame on screen', () => {
    expect(visibleProbePoint(box(0, -200, 400, 400), viewport)).toEqual({ x: 200, y: 200 });
  });

  it('has no point for a frame off screen or with no size', () => {
    expect(visibleProbePoint(box(0, 900, 400, 1000), viewport)).toBeUndefined();
    expect(visibleProbePoint(box(10, 10, 10, 50), viewport)).toBeUndefined();
  });
});

describe('anyOverlap', () => {
  it('says whether a line of text reaches under the badge', () => {
    const badge = box(500, 270, 580, 292);
    expect(anyOverlap([box(100, 250, 400, 268)], badge)).toBe(false);
    expect(anyOverlap([box(100, 250, 400, 268), box(100, 272, 540, 290)], badge)).toBe(true);
  });
});
