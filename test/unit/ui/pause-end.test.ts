import { describe, expect, it } from 'vitest';
import { pauseEndWords } from '../../../src/ui/pause-end';

describe('pauseEndWords', () => {
  const now = new Date(2026, 11, 7, 15, 22).getTime();

  it('gives a time of day for a pause that ends today', () => {
    expect(pauseEndWords(new Date(2026, 11, 7, 16, 22).getTime(), now)).toBe('16:22');
  });

  it('gives the day and date for a pause that ends on another day', () => {
    expect(pauseEndWords(new Date(2027, 0, 6, 16, 22).getTime(), now)).toBe('Wed 6 Jan 2027, 16:22');
    expect(pauseEndWords(new Date(2026, 11, 8, 9, 5).getTime(), now)).toBe('Tue 8 Dec, 09:05');
  });
});
