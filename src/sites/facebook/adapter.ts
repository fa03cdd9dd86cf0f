import type { SiteAdapter } from '../types';
import { matchAll, readCookie } from '../dom';
import { FACEBOOK_SELECTORS } from './selectors';

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
    const label = composer.getAttribute('aria-label') ?? '';
    if (label.startsWith(FACEBOOK_SELECTORS.commentAsPrefix)) {
      names.push(label.slice(FACEBOOK_SELECTORS.commentAsPrefix.length));
    }
    // Acting as a Page: its profile id. Otherwise the person's own id (never an official account unless the
    // school lists it).
    const page = readCookie(FACEBOOK_SELECTORS.actingAsPageCookie);
    const user = readCookie(FACEBOOK_SELECTORS.userCookie);
    if (page) names.push(page);
    else if (user) names.push(user);
    return { names };
  },
  hasMedia(composer) {
    const dialog = composer.closest(FACEBOOK_SELECTORS.dialog);
    return dialog?.querySelector(FACEBOOK_SELECTORS.attachedMedia) != null;
  },
};
