import type { SiteAdapter } from '../types';
import { matchAll, readEditableText } from '../read-text';
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
  readText: readEditableText,
};
