import type { SiteAdapter } from '../types';
import { matchAll } from '../dom';
import { YOUTUBE_SELECTORS } from './selectors';

export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  findComposers(root) {
    return [
      ...matchAll(root, YOUTUBE_SELECTORS.commentEditor),
      ...matchAll(root, YOUTUBE_SELECTORS.liveChatInput),
      ...matchAll(root, YOUTUBE_SELECTORS.studioReply),
    ];
  },
  frameOf(composer) {
    // The editor sits in yt-formatted-string#contenteditable-textarea, the visible text box.
    return composer.parentElement ?? composer;
  },
  // The posting channel is known only to YouTube's page scripts (ytcfg), not to a content script: unknown,
  // which the engine checks as a personal account. Comments carry no media.
  identify() {
    return { names: [] };
  },
  hasMedia() {
    return false;
  },
};
