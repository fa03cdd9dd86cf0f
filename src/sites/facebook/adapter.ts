import type { SiteAdapter, SubmitIntent } from '../types';
import { closestContaining, isPlainEnter, matchAll, readCookie, repeatKey } from '../dom';
import { FACEBOOK_SELECTORS } from './selectors';

const EDITOR = `${FACEBOOK_SELECTORS.lexicalEditor}, ${FACEBOOK_SELECTORS.commentTextbox}`;

/** A comment box's send button: it publishes the one comment box beside it. */
function commentSendIntent(send: Element): SubmitIntent | undefined {
  if (send.getAttribute('aria-disabled') === 'true') return undefined;
  const box = closestContaining(send, EDITOR, 4);
  const composers = box ? matchAll(box, EDITOR) : [];
  if (composers.length !== 1) return undefined;
  return {
    composers,
    publish() {
      const again = send.isConnected ? send : box?.querySelector(FACEBOOK_SELECTORS.commentSubmitButton);
      (again as HTMLElement | null | undefined)?.click();
    },
  };
}

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  findComposers(root) {
    const editors = new Set([
      ...matchAll(root, FACEBOOK_SELECTORS.lexicalEditor),
      ...matchAll(root, FACEBOOK_SELECTORS.commentTextbox),
    ]);
    return [...editors];
  },
  frameOf(composer) {
    // Lexical's root sits directly in the box Facebook draws around it.
    return composer.parentElement ?? composer;
  },
  identify(composer) {
    const names: string[] = [];
    const ariaLabel = composer.getAttribute('aria-label') ?? '';
    const commentingAs = ariaLabel.startsWith(FACEBOOK_SELECTORS.commentAsPrefix)
      ? ariaLabel.slice(FACEBOOK_SELECTORS.commentAsPrefix.length)
      : undefined;
    if (commentingAs) names.push(commentingAs);
    // Acting as a Page: its profile id. Otherwise the person's own id (never an official account unless the
    // school lists it).
    const page = readCookie(FACEBOOK_SELECTORS.actingAsPageCookie);
    const user = readCookie(FACEBOOK_SELECTORS.userCookie);
    if (page) names.push(page);
    else if (user) names.push(user);
    // Cookie ids mean nothing to a person: name the account only when the page does.
    return commentingAs ? { names, label: commentingAs } : { names };
  },
  hasMedia(composer) {
    const dialog = composer.closest(FACEBOOK_SELECTORS.dialog);
    return dialog?.querySelector(FACEBOOK_SELECTORS.attachedMedia) != null;
  },
  attachedPictures(composer) {
    const dialog = composer.closest(FACEBOOK_SELECTORS.dialog);
    return dialog ? matchAll(dialog, FACEBOOK_SELECTORS.attachedMedia) : [];
  },
  submitForClick(target) {
    const send = target.closest(FACEBOOK_SELECTORS.commentSubmitButton);
    if (send) return commentSendIntent(send);
    const button = target.closest(FACEBOOK_SELECTORS.publishButton);
    const dialog = button?.closest(FACEBOOK_SELECTORS.dialog);
    if (!button || !dialog || button.getAttribute('aria-disabled') === 'true') return undefined;
    const label = button.getAttribute('aria-label') ?? '';
    const composers = matchAll(dialog, FACEBOOK_SELECTORS.lexicalEditor);
    if (composers.length === 0) return undefined;
    return {
      composers,
      publish() {
        const again = dialog.isConnected ? dialog : document;
        (again.querySelector(`[role="button"][aria-label="${label}"]`) as HTMLElement | null)?.click();
      },
    };
  },
  submitForKey(event) {
    if (!isPlainEnter(event) || !(event.target instanceof Element)) return undefined;
    const composer = event.target.closest(EDITOR);
    if (!composer) return undefined;
    const isComment =
      FACEBOOK_SELECTORS.commentLabel.test(composer.getAttribute('aria-label') ?? '') ||
      !composer.closest(FACEBOOK_SELECTORS.modalDialog);
    if (!isComment) return undefined;
    // Facebook's comment box has no button to press: the Enter itself publishes.
    return { composers: [composer], publish: () => repeatKey(composer, event) };
  },
};
