import { describe, expect, it } from 'vitest';
import { neutralElementName } from '../../../src/content/overlay';

describe('the overlay host’s name', () => {
  it('is a valid custom element name that never says "pg" or "guard", and differs each time', () => {
    const names = Array.from({ length: 2000 }, neutralElementName);
    for (const name of names) {
      expect(name).toMatch(/^[a-z]{6}-[a-z]{6}$/);
      expect(name).not.toMatch(/guard|pg/i);
    }
    expect(new Set(names).size).toBeGreaterThan(1990);
  });
});
