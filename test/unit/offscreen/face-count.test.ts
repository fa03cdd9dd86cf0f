import { describe, expect, it } from 'vitest';
import { facesAmong, mergeBoxes, quartersNeeded, type FoundBox } from '../../../src/offscreen/face-count';

const box = (
  x: number,
  y: number,
  side: number,
  score: number,
  pass: FoundBox['pass'] = 'whole',
): FoundBox => ({
  x,
  y,
  width: side,
  height: side,
  score,
  pass,
});

describe('facesAmong', () => {
  const settings = { minScore: 0.6, minSize: 0.03, tiles: true, maxQuarterFace: 0.15 };

  it('counts boxes at or above the score and size, once per face', () => {
    const boxes = [box(0.1, 0.1, 0.1, 0.9), box(0.5, 0.5, 0.05, 0.6), box(0.8, 0.1, 0.1, 0.59)];
    expect(facesAmong(boxes, settings)).toHaveLength(2);
  });

  it('drops boxes smaller than the minimum size', () => {
    expect(facesAmong([box(0.1, 0.1, 0.02, 0.95)], settings)).toHaveLength(0);
  });

  it('counts a face seen in the whole photo and in a quarter once, with the better box', () => {
    const faces = facesAmong([box(0.1, 0.1, 0.1, 0.7), box(0.11, 0.1, 0.09, 0.9, 'tiles')], settings);
    expect(faces).toEqual([box(0.11, 0.1, 0.09, 0.9, 'tiles')]);
  });

  it('ignores the quarters when the settings do not look at them', () => {
    expect(facesAmong([box(0.1, 0.1, 0.1, 0.9, 'tiles')], { ...settings, tiles: false })).toHaveLength(0);
  });

  it('takes a small face from a quarter but not a large one that the whole photo did not show', () => {
    expect(facesAmong([box(0.1, 0.1, 0.05, 0.8, 'tiles')], settings)).toHaveLength(1);
    expect(facesAmong([box(0.1, 0.1, 0.4, 0.8, 'tiles')], settings)).toHaveLength(0);
  });

  it('leaves the quarters out when the whole photo showed only large faces (a portrait, a close group)', () => {
    const portrait = [box(0.3, 0.2, 0.4, 0.95), box(0.8, 0.8, 0.05, 0.8, 'tiles')];
    expect(facesAmong(portrait, settings)).toHaveLength(1);
    expect(quartersNeeded(facesAmong(portrait, settings), settings)).toBe(false);
  });

  it('looks at the quarters when the whole photo showed a small face or none', () => {
    expect(quartersNeeded([], settings)).toBe(true);
    expect(quartersNeeded([box(0.1, 0.1, 0.05, 0.9)], settings)).toBe(true);
    const group = [box(0.3, 0.2, 0.3, 0.95), box(0.1, 0.1, 0.05, 0.9), box(0.8, 0.8, 0.05, 0.8, 'tiles')];
    expect(facesAmong(group, settings)).toHaveLength(3);
  });
});

describe('mergeBoxes', () => {
  it('keeps two faces side by side apart', () => {
    expect(mergeBoxes([box(0, 0, 0.1, 0.8), box(0.1, 0, 0.1, 0.8)])).toHaveLength(2);
  });

  it('takes a box inside a larger one for the same face', () => {
    expect(mergeBoxes([box(0, 0, 0.2, 0.7), box(0.05, 0.05, 0.05, 0.8)])).toEqual([
      box(0.05, 0.05, 0.05, 0.8),
    ]);
  });
});
