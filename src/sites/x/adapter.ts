import type { SiteAdapter } from '../types';
import { closestContaining, matchAll } from '../dom';
import { X_SELECTORS } from './selectors';

function handles(): string[] {
  const names: string[] = [];
  const testId = document.querySelector(X_SELECTORS.accountAvatar)?.getAttribute('data-testid');
  if (testId) names.push(testId.slice(X_SELECTORS.accountAvatarPrefix.length));
  const href = document.querySelector(X_SELECTORS.profileLink)?.getAttribute('href');
  if (href) names.push(href.replace(/^\//, '').split('/')[0]!);
  return names.filter(Boolean);
}

export const xAdapter: SiteAdapter = {
  platform: 'x',
  findComposers(root) {
    return [...matchAll(root, X_SELECTORS.draftEditor), ...matchAll(root, X_SELECTORS.mobileTextarea)];
  },
  frameOf(composer) {
    return composer.closest(X_SELECTORS.editorFrame) ?? composer;
  },
  identify() {
    const names = handles();
    return names[0] ? { names, label: `@${names[0]}` } : { names };
  },
  hasMedia(composer) {
    const scope = closestContaining(composer, X_SELECTORS.toolBar);
    return scope?.querySelector(X_SELECTORS.attachedMedia) != null;
  },
};
