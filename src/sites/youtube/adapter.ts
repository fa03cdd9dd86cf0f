import type { PostingIdentity, SiteAdapter, SubmitIntent } from '../types';
import { buttonWords, isPlainEnter, matchAll, pressLikeAPointer } from '../dom';
import { STUDIO_CANCEL_LABELS } from './labels';
import { YOUTUBE_SELECTORS } from './selectors';

const S = YOUTUBE_SELECTORS;

/** A box's composer and its button, re-found in the box when the user confirms. */
function intent(
  box: Element,
  editor: string,
  findButton: (box: Element) => Element | null | undefined,
  press: (element: HTMLElement) => void,
): SubmitIntent | undefined {
  const composer = box.querySelector(editor);
  if (!composer) return undefined;
  return {
    composers: [composer],
    publish() {
      const target = findButton(box) as HTMLElement | null | undefined;
      if (target) press(target);
    },
  };
}

const click = (element: HTMLElement): void => element.click();
const first =
  (selector: string) =>
  (box: Element): Element | null =>
    box.querySelector(selector);

const CANCEL_WORDS = new Set(STUDIO_CANCEL_LABELS.map(({ label }) => label.toLowerCase()));

function isStudioCancel(button: Element): boolean {
  if (button.closest(S.studioCancelById)) return true;
  return CANCEL_WORDS.has(buttonWords(button).toLowerCase());
}

/**
 * The buttons that send a Studio reply box: its `#submit-button` when it has one; else every button that follows
 * the field except Cancel (a button inside another counts once, as the outer one). Found by structure, so moving
 * the buttons, dropping their wrapper or adding one cannot silently switch the check off.
 */
export function studioSubmitButtons(box: Element): Element[] {
  const marked = box.querySelector(S.studioSubmitById);
  if (marked) return [marked];
  const field = box.querySelector(S.studioReply);
  if (!field) return [];
  return [...box.querySelectorAll(S.studioButton)].filter((button) => {
    const outer = button.parentElement?.closest(S.studioButton);
    if (outer && box.contains(outer)) return false;
    const follows = (field.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    return follows && !isStudioCancel(button);
  });
}

function textOf(selector: string): string {
  return document.querySelector(selector)?.textContent?.trim() ?? '';
}

/** The channel whose Posts tab this is (/@handle/posts, /channel/UC…/community): a community post is its own. */
function channelInAddress(): string | undefined {
  const match = /^\/(@[^/]+|channel\/[\w-]+)\/(posts|community)(\/|$)/.exec(window.location.pathname);
  return match?.[1]?.replace(/^channel\//, '');
}

/** The channel the account menu names (its @handle and name), once YouTube has drawn the menu. */
function accountMenuChannel(): PostingIdentity {
  const handle = textOf(S.accountMenuHandle);
  const name = textOf(S.accountMenuName);
  const names = [handle, name].filter(Boolean);
  if (names.length === 0) return { names };
  return { names, label: handle && name ? `${name}, ${handle}` : handle || name };
}

/** The images of the community post this composer writes; comments and live chat carry none. */
function communityPictures(composer: Element): Element[] {
  const dialog = composer.closest(S.communityDialog);
  return dialog ? matchAll(dialog, S.communityMedia) : [];
}

export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  declarableAccount: 'the school’s channel',
  findComposers(root) {
    const found = [
      ...matchAll(root, S.commentEditor),
      ...matchAll(root, S.communityEditor),
      ...matchAll(root, S.liveChatInput),
      ...matchAll(root, S.studioReply),
    ];
    // A community post's editor inside a ytd-commentbox matches twice.
    return [...new Set(found)];
  },
  frameOf(composer) {
    // The editor sits in yt-formatted-string#contenteditable-textarea, the visible text box.
    return composer.parentElement ?? composer;
  },
  identify(composer) {
    // Studio replies go out as the channel Studio manages.
    if (composer.closest(S.studioBox)) {
      const name = textOf(S.studioChannelName);
      return name ? { names: [name], label: name } : { names: [] };
    }
    // Live chat shows who you chat as, above the input (its own frame has no account menu).
    const chat = composer.closest(S.liveChatRenderer);
    if (chat) {
      const name = chat
        .querySelector(S.liveChatAuthor.replace(`${S.liveChatRenderer} `, ''))
        ?.textContent?.trim();
      return name ? { names: [name], label: name } : { names: [] };
    }
    // Only a channel's owner can post on its Posts tab, and the post is the channel's.
    const channel = composer.closest(S.communityDialog) ? channelInAddress() : undefined;
    const menu = accountMenuChannel();
    if (channel) {
      const names = [channel, ...menu.names.filter((name) => name !== channel)];
      return { names, label: channel };
    }
    // Comments, replies and Shorts: the account menu, when it has been drawn.
    return menu;
  },
  hasMedia(composer) {
    return communityPictures(composer).length > 0;
  },
  attachedPictures: communityPictures,
  submitForClick(target) {
    // The community post dialog's own Post button, before the comment box it may be drawn in.
    const community = target.closest(S.commentSubmit)?.closest(S.communityDialog);
    if (community)
      return intent(
        community,
        S.communityEditor.replace(`${S.communityDialog} `, ''),
        first(S.communitySubmitButton.replace(`${S.communityDialog} `, '')),
        click,
      );
    const comment = target.closest(S.commentSubmit)?.closest(S.commentBox);
    if (comment)
      return intent(
        comment,
        S.commentEditor.replace(`${S.commentBox} `, ''),
        first(S.commentSubmitButton),
        click,
      );
    const chat = target.closest(S.liveChatSend)?.closest(S.liveChatRenderer);
    if (chat) return intent(chat, S.liveChatInput, first(S.liveChatSendButton), click);
    // Studio's buttons act on a whole pointer sequence, not on a bare click (composer-dom.md).
    const studio = target.closest(S.studioBox);
    if (studio) {
      const pressed = studioSubmitButtons(studio).find((button) => button.contains(target));
      if (!pressed) return undefined;
      return intent(
        studio,
        S.studioReply,
        // The same button again; if Studio drew the box anew, its one submit button, if it has only one.
        (box) => {
          if (pressed.isConnected) return pressed;
          const again = studioSubmitButtons(box);
          return again.length === 1 ? again[0] : undefined;
        },
        pressLikeAPointer,
      );
    }
    return undefined;
  },
  submitForKey(event) {
    // Enter sends in live chat only; in comment boxes it is a new line.
    if (!isPlainEnter(event) || !(event.target instanceof Element)) return undefined;
    const chat = event.target.closest(S.liveChatInput)?.closest(S.liveChatRenderer);
    return chat ? intent(chat, S.liveChatInput, first(S.liveChatSendButton), click) : undefined;
  },
};
