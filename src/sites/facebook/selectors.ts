/**
 * Every selector Post Guard uses on www.facebook.com. Source: docs/research/composer-dom.md
 * (verified 2026-05). aria-labels are localised, so composers are found by structure and role; the few
 * English labels used here only add information (who is commenting), never decide whether a box is checked.
 * Covered by the saved fixture pages under test/fixtures/pages/facebook/.
 */
export const FACEBOOK_SELECTORS = {
  /** The Lexical editor of posts, comments and replies. */
  lexicalEditor: 'div[contenteditable="true"][data-lexical-editor="true"][role="textbox"]',
  /** Older comment boxes that are not (yet) Lexical. */
  commentTextbox: 'div[contenteditable="true"][role="textbox"][aria-label]',
  /** The post dialog ("Create post", "Post settings"…: names change, so only the role is used). */
  dialog: '[role="dialog"]',
  /** Photos or video attached in the post dialog. */
  attachedMedia:
    '[aria-label="Attached media"][role="group"] img, [aria-label="Attached media"][role="group"] video',
  /** A comment box's label names the profile or Page commenting: "Comment as Welbeck Primary School". */
  commentAsPrefix: 'Comment as ',
  /** The post dialog's publishing buttons: Post, or Next on the two-step flow (then Post on "Post settings"). */
  publishButton: '[role="button"][aria-label="Post"], [role="button"][aria-label="Next"]',
  /** A comment box's send button (the arrow beside the box): it publishes the comment, as Enter does. */
  commentSubmitButton: '[role="button"][aria-label="Comment"]',
  /** A modal post dialog: Enter there is a new line, while Enter in a comment box publishes the comment. */
  modalDialog: '[role="dialog"][aria-modal="true"]',
  /** Comment boxes by their label, for comment boxes shown inside a modal (the photo viewer). */
  commentLabel: /^(Write a comment|Write a reply|Comment as|Reply as)/,
  /** Cookies: c_user is the logged-in person's id; i_user the Page profile being acted as, when present. */
  userCookie: 'c_user',
  actingAsPageCookie: 'i_user',
} as const;
