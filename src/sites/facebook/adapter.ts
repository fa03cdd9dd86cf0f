import type { SiteAdapter } from '../types';
import { matchAll, readEditableText } from '../read-text';
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
  readText: readEditableText,
};
