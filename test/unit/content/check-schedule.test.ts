import { describe, expect, it } from 'vitest';
import { CHECK_AFTER_EVENT, TYPING_PAUSE_MS } from '../../../src/content/check-schedule';

describe('when the draft is checked', () => {
  it('once typing pauses after an edit, and right after a paste', () => {
    expect(CHECK_AFTER_EVENT.input).toBe(TYPING_PAUSE_MS);
    expect(CHECK_AFTER_EVENT.beforeinput).toBe(TYPING_PAUSE_MS);
    expect(CHECK_AFTER_EVENT.paste).toBe(0);
  });

  it('is not put off by events that change no text (a key coming up, the caret moving)', () => {
    // keyup postponed every check by the time the last key was held down (bench:browser: 40 ms a key).
    for (const type of ['keyup', 'keydown', 'selectionchange', 'click', 'focus'])
      expect(Object.keys(CHECK_AFTER_EVENT)).not.toContain(type);
  });
});
