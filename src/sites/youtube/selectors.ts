/**
 * Every selector Post Guard uses on www.youtube.com and studio.youtube.com. Source:
 * ../shared/research/composer-dom.md. YouTube's Polymer renders with shady DOM, so document queries reach
 * inside its custom elements. Covered by the saved fixture pages under test/fixtures/pages/youtube/.
 */
export const YOUTUBE_SELECTORS = {
  /** Video and community-post comments and replies. */
  commentEditor: 'ytd-commentbox #contenteditable-root[contenteditable="true"]',
  /** Live chat, in its own same-origin iframe (/live_chat). */
  liveChatInput: 'yt-live-chat-text-input-field-renderer div#input[contenteditable]',
  /** YouTube Studio's reply box is a plain textarea. */
  studioReply: 'ytcp-commentbox textarea',
} as const;
