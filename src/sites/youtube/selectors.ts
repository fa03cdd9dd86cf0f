/**
 * Every selector Post Guard uses on www.youtube.com and studio.youtube.com. Source:
 * docs/research/composer-dom.md. YouTube's Polymer renders with shady DOM, so document queries reach
 * inside its custom elements. Covered by the saved fixture pages under test/fixtures/pages/youtube/.
 */
export const YOUTUBE_SELECTORS = {
  /** Video and community-post comments and replies. */
  commentEditor: 'ytd-commentbox #contenteditable-root[contenteditable="true"]',
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
