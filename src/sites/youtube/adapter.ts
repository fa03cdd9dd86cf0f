import type { SiteAdapter, SubmitIntent } from '../types';
import { isPlainEnter, matchAll, pressLikeAPointer } from '../dom';
import { YOUTUBE_SELECTORS } from './selectors';

/** A box's composer and its button, re-found in the box when the user confirms. */
function intent(
  box: Element,
  editor: string,
  button: string,
  press: (element: HTMLElement) => void,
): SubmitIntent | undefined {
  const composer = box.querySelector(editor);
  if (!composer) return undefined;
  return {
    composers: [composer],
    publish() {
      const target = box.querySelector(button) as HTMLElement | null;
      if (target) press(target);
    },
  };
}

const click = (element: HTMLElement): void => element.click();

export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  findComposers(root) {
    const found = [
      ...matchAll(root, YOUTUBE_SELECTORS.commentEditor),
      ...matchAll(root, YOUTUBE_SELECTORS.communityEditor),
      ...matchAll(root, YOUTUBE_SELECTORS.liveChatInput),
      ...matchAll(root, YOUTUBE_SELECTORS.studioReply),
    ];
    // A community post's editor inside a ytd-commentbox matches twice.
    return [...new Set(found)];
  },
  frameOf(composer) {
    // The editor sits in yt-formatted-string#contenteditable-textarea, the visible text box.
    return composer.parentElement ?? composer;
  },
  // The posting channel is known only to YouTube's page scripts (ytcfg), not to a content script: unknown,
  // which the engine checks as a personal account.
  identify() {
    return { names: [] };
  },
  hasMedia(composer) {
    // Comments and live chat carry no media; a community post takes images.
    const dialog = composer.closest(YOUTUBE_SELECTORS.communityDialog);
    return dialog?.querySelector(YOUTUBE_SELECTORS.communityMedia) != null;
  },
  attachedPictures() {
    return [];
  },
  submitForClick(target) {
    const S = YOUTUBE_SELECTORS;
    // The community post dialog's own Post button, before the comment box it may be drawn in.
    const community = target.closest(S.commentSubmit)?.closest(S.communityDialog);
    if (community)
      return intent(
        community,
        S.communityEditor.replace(`${S.communityDialog} `, ''),
        S.communitySubmitButton.replace(`${S.communityDialog} `, ''),
        click,
      );
    const comment = target.closest(S.commentSubmit)?.closest(S.commentBox);
    if (comment)
      return intent(comment, S.commentEditor.replace(`${S.commentBox} `, ''), S.commentSubmitButton, click);
    const chat = target.closest(S.liveChatSend)?.closest(S.liveChatRenderer);
    if (chat) return intent(chat, S.liveChatInput, S.liveChatSendButton, click);
    // Studio's buttons act on a whole pointer sequence, not on a bare click (composer-dom.md).
    const studio = target.closest(S.studioReplyButton)?.closest(S.studioBox);
    if (studio) return intent(studio, 'textarea', S.studioReplyButton, pressLikeAPointer);
    return undefined;
  },
  submitForKey(event) {
    // Enter sends in live chat only; in comment boxes it is a new line.
    if (!isPlainEnter(event) || !(event.target instanceof Element)) return undefined;
    const chat = event.target
      .closest(YOUTUBE_SELECTORS.liveChatInput)
      ?.closest(YOUTUBE_SELECTORS.liveChatRenderer);
    return chat
      ? intent(chat, YOUTUBE_SELECTORS.liveChatInput, YOUTUBE_SELECTORS.liveChatSendButton, click)
      : undefined;
  },
};
