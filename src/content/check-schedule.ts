/** Typing pauses this long before the draft is checked again (brief: ~150 ms). */
export const TYPING_PAUSE_MS = 150;

/**
 * The composer's events that can change its text, and how long after each the draft is checked. A later one
 * replaces the wait, so the check runs once typing pauses. Only events that change the text count: a key coming
 * up changes nothing, and waiting for it put the key's hold time on top of every check.
 */
export const CHECK_AFTER_EVENT = {
  input: TYPING_PAUSE_MS,
  // draft-js cancels the beforeinput of text put in without keys (an input method, Input.insertText), so no
  // input event follows it.
  beforeinput: TYPING_PAUSE_MS,
  // The pasted text is in the editor once the paste event has been handled: check right after.
  paste: 0,
} as const satisfies Partial<Record<keyof HTMLElementEventMap, number>>;
