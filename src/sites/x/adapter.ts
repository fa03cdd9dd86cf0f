import type { SiteAdapter } from '../types';
import { matchAll, readEditableText } from '../read-text';
import { X_SELECTORS } from './selectors';

export const xAdapter: SiteAdapter = {
  platform: 'x',
  findComposers(root) {
    return [...matchAll(root, X_SELECTORS.draftEditor), ...matchAll(root, X_SELECTORS.mobileTextarea)];
  },
  frameOf(composer) {
    return composer.closest(X_SELECTORS.editorFrame) ?? composer;
  },
  readText: readEditableText,
};
