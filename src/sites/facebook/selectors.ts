import { buttonSelector, labelsFor, messageLabelsFor } from './labels';

/**
 * Every selector Post Guard uses on Facebook (www. and web.facebook.com). Source: docs/research/composer-dom.md
 * (verified 2026-05, December 2026 update). aria-labels are localised, so composers, comment forms and their send
 * arrows are found by structure and role; the words that remain come from one table per interface language
 * (./labels.ts). Covered by the saved fixture pages under test/fixtures/pages/facebook/.
 */
export const FACEBOOK_SELECTORS = {
  /** The Lexical editor of posts, comments and replies. */
  lexicalEditor: 'div[contenteditable="true"][data-lexical-editor="true"][role="textbox"]',
  /** Older comment boxes that are not (yet) Lexical. */
  commentTextbox: 'div[contenteditable="true"][role="textbox"][aria-label]',
  /** The post dialog ("Create post", "Post settings"…: names change, so only the role is used). */
  dialog: '[role="dialog"]',
  /**
   * Photos or video attached in the post dialog: the group labelled "Attached media" in any language, or, by
   * structure, a picture made from a chosen file (a blob: address) or a video.
   */
  attachedMedia: [
    ...labelsFor('attachedMedia').flatMap((label) => [
      `[aria-label="${label}"][role="group"] img`,
      `[aria-label="${label}"][role="group"] video`,
    ]),
    'img[src^="blob:"]',
    'video',
  ].join(', '),
  /**
   * The photo or video chosen for one comment or reply, inside its comment form: by structure, the form's picture
   * made from the chosen file (a blob: address) or its video. The form holds its own hidden file input beside the
   * "Attach a photo or video" button (`#focused-state-actions-list ul > li input[type=file]`, Selenium scripts of
   * 2025 and a public copy of the comment form's markup), so a comment's photo is never the post's.
   */
  commentMedia: 'img[src^="blob:"], video',
  /** The post dialog's publishing buttons, in every language: Post, or Next on the two-step flow. */
  publishButton: buttonSelector([...labelsFor('post'), ...labelsFor('next')]),
  /**
   * The form around every comment and reply box (`form[role=presentation]`, public code: trusthuman.io and many
   * unnamed scripts, 2025–2026). The post dialog's editor is not in one.
   */
  commentForm: 'form[role="presentation"]',
  /**
   * A comment or reply's send arrow: inside `#focused-state-composer-submit` (public code, 2025–2026), or labelled
   * "Comment" / "Reply" (any language) inside a comment form. Enter does the same.
   */
  commentSubmitButton: [
    '#focused-state-composer-submit [role="button"]',
    ...labelsFor('send').map((label) => `form[role="presentation"] [role="button"][aria-label="${label}"]`),
  ].join(', '),
  /** A modal post dialog: Enter there is a new line, while Enter in a comment box publishes the comment. */
  modalDialog: '[role="dialog"][aria-modal="true"]',
  /**
   * Meta Business Suite's composer (business.facebook.com/latest/composer?asset_id=<Page id>): a contenteditable
   * combobox, labelled "Write into the dialogue box to include text with your post." (docs/research/composer-dom.md,
   * December 2026 update). No other box on Facebook is an editable combobox.
   */
  businessComposer: '[contenteditable="true"][role="combobox"]',
  /** The Business Suite page around the composer, its picker, media and buttons. */
  businessPage: '[role="main"]',
  /** Its buttons: Publish and Schedule are found by their text (./labels.ts), among the page's buttons. */
  businessButton: '[role="button"], button',
  /** Business Suite's address names the posting Page: ?asset_id=<Page id>. */
  businessPageIdParam: 'asset_id',
  /** Messenger lives at www.facebook.com/messages (messenger.com stopped messaging in April 2026): private. */
  messagesPath: /^\/messages(\/|$)/,
  /**
   * A conversation's pane on /messages: `div[role="main"][aria-label^="Conversation"]` (brbavar/katex-for-messenger-web,
   * selector.js). The message box is inside it, below the conversation's header.
   */
  conversation: '[role="main"]',
  /**
   * The conversation's name: the first heading in its pane (modelled in the fixture; not yet confirmed on the live
   * site), else a label ending with the name ("Conversation with <name>", ./labels.ts FACEBOOK_MESSAGE_LABELS).
   */
  conversationHeading: 'h1, h2',
  /** The message box's send button, by its label (./labels.ts FACEBOOK_MESSAGE_LABELS); Enter sends too. */
  messageSendButton: buttonSelector(messageLabelsFor('send')),
  // --- Friending and messaging someone (policy: staff must not friend or otherwise contact pupils or parents) ---
  /**
   * A control that may reach a person: a button, or an item of the profile's "See options" menu (Follow lives there
   * on many profiles: absunstar/social-browser extensions/social-tools/facebook-follow-user.js). Which control it is
   * comes from its name in any language (./labels.ts `FACEBOOK_CONTACT_LABELS`).
   */
  contactControl: '[role="button"], [role="menuitem"]',
  /** An open menu: a menu item's person is the profile the page is about. */
  menu: '[role="menu"]',
  /** The profile the page is about: its header's h1 in the main column. */
  profileHeading: '[role="main"] h1',
  /** A profile's name: the h1 of its header, the nearest one around its Add friend, Follow and Message buttons. */
  profileName: 'h1',
  /** Friend requests are listed at /friends and /friends/requests. */
  friendRequestsPath: /^\/friends(\/requests)?\/?$/,
  /** A friend request's link to the person: its text is their name. */
  personLink: 'a[href]',
  // --- end of friending and messaging ---
  /** Cookies: c_user is the logged-in person's id; i_user the Page profile being acted as, when present. */
  userCookie: 'c_user',
  actingAsPageCookie: 'i_user',
} as const;
