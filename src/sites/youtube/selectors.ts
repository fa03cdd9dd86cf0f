/**
 * Every selector Post Guard uses on www.youtube.com and studio.youtube.com. Source:
 * docs/research/composer-dom.md. YouTube's Polymer renders with shady DOM, so document queries reach
 * inside its custom elements. Covered by the saved fixture pages under test/fixtures/pages/youtube/.
 */
export const YOUTUBE_SELECTORS = {
  /** Video and community-post comments and replies. */
  commentEditor: 'ytd-commentbox #contenteditable-root[contenteditable="true"]',
  /**
   * A channel's community post dialog (/channel/<id>/posts?show_create_dialog=1): its editor, found whether or not
   * it sits in a ytd-commentbox, its own Post button, and the images it takes. Source: docs/research/composer-dom.md
   * (December 2026 update: `ytd-backstage-post-dialog-renderer div#contenteditable-root`,
   * `ytd-button-renderer#submit-button`, with image upload).
   */
  communityDialog: 'ytd-backstage-post-dialog-renderer',
  communityEditor: 'ytd-backstage-post-dialog-renderer #contenteditable-root[contenteditable="true"]',
  communitySubmitButton: 'ytd-backstage-post-dialog-renderer #submit-button button',
  /** Images or video added to the post: a picture made from a chosen file (a blob: address), or a video. */
  communityMedia:
    'ytd-backstage-post-dialog-renderer img[src^="blob:"], ytd-backstage-post-dialog-renderer video',
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
  /** Studio's Reply button has no id: it is the last button of the reply box (after Cancel). */
  studioBox: 'ytcp-commentbox',
  studioReplyButton: 'ytcp-commentbox #buttons ytcp-button:last-of-type',
  /** YouTube Studio's reply box is a plain textarea. */
  studioReply: 'ytcp-commentbox textarea',
} as const;
