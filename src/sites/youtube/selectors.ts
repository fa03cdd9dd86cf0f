/**
 * Every selector Post Guard uses on www.youtube.com and studio.youtube.com. Source:
 * docs/research/composer-dom.md. YouTube's Polymer renders with shady DOM, so document queries reach
 * inside its custom elements. Covered by the saved fixture pages under test/fixtures/pages/youtube/.
 */
export const YOUTUBE_SELECTORS = {
  /**
   * Video, Shorts and community-post comments and replies. A Short's comments are the same `ytd-commentbox`, in
   * the Short's comments engagement panel (composer-dom.md, "Shorts").
   */
  commentEditor: 'ytd-commentbox #contenteditable-root[contenteditable="true"]',
  /**
   * A Short's comments panel: `ytd-engagement-panel-section-list-renderer[target-id=
   * "engagement-panel-comments-section"]`, one per preloaded Short, shown by its `visibility` attribute
   * (composer-dom.md, "Shorts"). Used only to tell a Short's comment box from a video's.
   */
  shortsCommentsPanel:
    'ytd-engagement-panel-section-list-renderer[target-id="engagement-panel-comments-section"]',
  /**
   * A channel's community post dialog (/channel/<id>/posts?show_create_dialog=1): its editor, found whether or not
   * it sits in a ytd-commentbox, its own Post button, and the images it takes. Source: docs/research/composer-dom.md
   * (December 2026 update: `ytd-backstage-post-dialog-renderer div#contenteditable-root`,
   * `ytd-button-renderer#submit-button`, with image upload).
   */
  communityDialog: 'ytd-backstage-post-dialog-renderer',
  communityEditor: 'ytd-backstage-post-dialog-renderer #contenteditable-root[contenteditable="true"]',
  communitySubmitButton: 'ytd-backstage-post-dialog-renderer #submit-button button',
  /**
   * Images added to the post: the previews in the dialog's `ytd-backstage-multi-image-select-renderer`, which holds
   * its one multiple-file input (public posting code, September 2026: it attaches through exactly that input and
   * counts the renderer's `img`s); or, by structure, a picture made from a chosen file (a blob: address) or a video.
   */
  communityMedia: [
    'ytd-backstage-post-dialog-renderer ytd-backstage-multi-image-select-renderer img',
    'ytd-backstage-post-dialog-renderer img[src^="blob:"]',
    'ytd-backstage-post-dialog-renderer video',
  ].join(', '),
  /** Live chat, in its own same-origin iframe (/live_chat). */
  liveChatInput: 'yt-live-chat-text-input-field-renderer div#input[contenteditable]',
  /** Comment / Reply button of a comment box, and the box around it. */
  commentBox: 'ytd-commentbox',
  commentSubmit: '#submit-button',
  commentSubmitButton: '#submit-button button',
  /** Live chat's send button, and the renderer holding both the input and the button. */
  liveChatRenderer: 'yt-live-chat-message-input-renderer',
  liveChatSend: '#send-button',
  liveChatSendButton: '#send-button button',
  /** YouTube Studio's reply box, and its field: a plain textarea. */
  studioBox: 'ytcp-commentbox',
  studioReply: 'ytcp-commentbox textarea',
  /**
   * Studio's Reply button. Older Studio marks it `ytcp-comment-button#submit-button` (public Selenium code, and a
   * 2025 assistant's `'studio.youtube.com': rootSelectors: ['ytcp-commentbox #submit-button']`); a 2026 diagnostic
   * of Studio's live page found no id at all, only a button that follows the field (composer-dom.md, "Studio").
   * So: `#submit-button` when the box has one, else every button after the field but Cancel
   * (src/sites/youtube/adapter.ts, `studioSubmitButtons`).
   */
  studioSubmitById: 'ytcp-commentbox #submit-button',
  /** What is a button in Studio: its own `ytcp-button` element, or anything with the button role. */
  studioButton: 'ytcp-commentbox ytcp-button, ytcp-commentbox button, ytcp-commentbox [role="button"]',
  /** Studio's Cancel, when marked: the YouTube comment box's own id for it. */
  studioCancelById: 'ytcp-commentbox #cancel-button',
  /**
   * Who is posting. The account menu's header names the channel YouTube acts as (its name and @handle), once the
   * menu has been opened: `ytd-active-account-header-renderer #account-name` / `#channel-handle`, read by several
   * public scripts (2025–2026) for exactly this. Its `#email` is never read.
   */
  accountMenuName: 'ytd-active-account-header-renderer #account-name',
  accountMenuHandle: 'ytd-active-account-header-renderer #channel-handle',
  /**
   * Live chat names the channel you chat as above its input: `yt-live-chat-message-input-renderer #author-name`
   * (read for exactly this by many public live-chat tools, 2025–2026).
   */
  liveChatAuthor: 'yt-live-chat-message-input-renderer #author-name',
  /**
   * Studio names the channel it manages in its navigation drawer: `ytcp-navigation-drawer #entity-name` (public
   * upload scripts, 2025–2026, check it before posting). Replies written in Studio go out as that channel.
   */
  studioChannelName: 'ytcp-navigation-drawer #entity-name',
} as const;
