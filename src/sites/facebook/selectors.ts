/**
 * Every selector Post Guard uses on www.facebook.com. Source: ../shared/research/composer-dom.md
 * (verified 2026-05). aria-labels are localised, so composers are found by structure and role, not label.
 * Covered by the saved fixture pages under test/fixtures/pages/facebook/.
 */
export const FACEBOOK_SELECTORS = {
  /** The Lexical editor of posts, comments and replies. */
  lexicalEditor: 'div[contenteditable="true"][data-lexical-editor="true"][role="textbox"]',
  /** Older comment boxes that are not (yet) Lexical. */
  commentTextbox: 'div[contenteditable="true"][role="textbox"][aria-label]',
} as const;
