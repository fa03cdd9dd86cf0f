import type { SiteAdapter, SubmitIntent } from '../types';
import { buttonWords, clickAgain, closestContaining, firstLineOf, isPlainEnter, matchAll } from '../dom';
import { X_SELECTORS } from './selectors';

function handles(): string[] {
  const names: string[] = [];
  const testId = document.querySelector(X_SELECTORS.accountAvatar)?.getAttribute('data-testid');
  if (testId) names.push(testId.slice(X_SELECTORS.accountAvatarPrefix.length));
  const href = document.querySelector(X_SELECTORS.profileLink)?.getAttribute('href');
  if (href) names.push(href.replace(/^\//, '').split('/')[0]!);
  return names.filter(Boolean);
}

const EDITOR = `${X_SELECTORS.draftEditor}, ${X_SELECTORS.mobileTextarea}`;

/** A message box and its send button: the send button publishes the one box beside it. */
function messageIntent(send: Element): SubmitIntent | undefined {
  if (send.matches('[disabled], [aria-disabled="true"]')) return undefined;
  const scope = closestContaining(send, X_SELECTORS.messageBox, 8);
  const composers = scope ? matchAll(scope, X_SELECTORS.messageBox) : [];
  if (composers.length !== 1) return undefined;
  return {
    composers,
    publish() {
      const again = send.isConnected ? send : scope?.querySelector(X_SELECTORS.messageSendButton);
      (again as HTMLElement | null | undefined)?.click();
    },
  };
}

/** The composer(s) around a Post button: a thread has several editors above one button. */
function intentAt(scope: Element): SubmitIntent | undefined {
  const composers = matchAll(scope, EDITOR);
  if (composers.length === 0) return undefined;
  return {
    composers,
    publish() {
      (scope.querySelector(X_SELECTORS.postButton) as HTMLElement | null)?.click();
    },
  };
}

/** X Articles' Publish (the editor's or the settings step's): it publishes the article's title and body. */
function articlePublishIntent(target: Element): SubmitIntent | undefined {
  if (!X_SELECTORS.articlesPath.test(window.location.pathname)) return undefined;
  const button = target.closest(X_SELECTORS.articleButton);
  if (!button || !X_SELECTORS.articlePublishWords.includes(buttonWords(button))) return undefined;
  if (button.matches('[disabled], [aria-disabled="true"]')) return undefined;
  const composers = matchAll(document, X_SELECTORS.articleEditor);
  if (composers.length === 0) return undefined;
  return {
    composers,
    publish: () => clickAgain(button, X_SELECTORS.articleButton),
  };
}

const CONTACT_BUTTON = `${X_SELECTORS.followButton}, ${X_SELECTORS.messageFromProfile}`;

/** The name shown for the person a Follow or Message button reaches: its user cell's, else the profile's. */
function contactName(button: Element): string | undefined {
  const block = button.closest(X_SELECTORS.userCell) ?? document.querySelector(X_SELECTORS.profileName);
  return block ? firstLineOf(block) : undefined;
}

export const xAdapter: SiteAdapter = {
  platform: 'x',
  findComposers(root) {
    return [
      ...matchAll(root, X_SELECTORS.draftEditor),
      ...matchAll(root, X_SELECTORS.mobileTextarea),
      ...matchAll(root, X_SELECTORS.messageBox),
      ...matchAll(root, X_SELECTORS.articleEditor),
    ];
  },
  frameOf(composer) {
    return composer.closest(X_SELECTORS.editorFrame) ?? composer;
  },
  identify() {
    const names = handles();
    return names[0] ? { names, label: `@${names[0]}` } : { names };
  },
  isPrivateMessage(composer) {
    return composer.matches(X_SELECTORS.messageBox);
  },
  conversationName(composer) {
    if (!composer.matches(X_SELECTORS.messageBox)) return undefined;
    const scope = closestContaining(composer, X_SELECTORS.conversationHeader);
    const header = scope?.querySelector(X_SELECTORS.conversationHeader);
    return header ? firstLineOf(header) : undefined;
  },
  hasMedia(composer) {
    const scope = closestContaining(composer, X_SELECTORS.toolBar);
    return scope?.querySelector(X_SELECTORS.attachedMedia) != null;
  },
  attachedPictures(composer) {
    const scope = closestContaining(composer, X_SELECTORS.toolBar);
    return scope ? matchAll(scope, X_SELECTORS.attachedPictures) : [];
  },
  submitForClick(target) {
    const send = target.closest(X_SELECTORS.messageSendButton);
    if (send) return messageIntent(send);
    const article = articlePublishIntent(target);
    if (article) return article;
    const button = target.closest(X_SELECTORS.postButton);
    if (!button || button.matches('[disabled], [aria-disabled="true"]')) return undefined;
    const scope = closestContaining(button, EDITOR);
    return scope ? intentAt(scope) : undefined;
  },
  mayBeContactAction(target) {
    return target.closest(CONTACT_BUTTON) !== null;
  },
  contactActionForClick(target) {
    const button = target.closest(CONTACT_BUTTON);
    if (!button) return undefined;
    const name = contactName(button);
    const kind = button.matches(X_SELECTORS.followButton) ? 'follow' : 'message';
    return name ? { kind, name } : undefined;
  },
  contactRequests() {
    if (!X_SELECTORS.followerRequestsPath.test(window.location.pathname)) return [];
    return matchAll(document, X_SELECTORS.userCell).flatMap((element) => {
      const name = firstLineOf(element);
      return name ? [{ element, name }] : [];
    });
  },
  submitForKey(event) {
    // In a message box a plain Enter sends; the send button is pressed again on "Send anyway".
    const box = event.target instanceof Element ? event.target.closest(X_SELECTORS.messageBox) : null;
    if (box) {
      const send = isPlainEnter(event) && closestContaining(box, X_SELECTORS.messageSendButton, 8);
      const button = send ? send.querySelector(X_SELECTORS.messageSendButton) : null;
      return button ? messageIntent(button) : undefined;
    }
    // Ctrl/Cmd+Enter posts from the editor; plain Enter is a new line on X and is never intercepted.
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return undefined;
    const composer = event.target instanceof Element ? event.target.closest(EDITOR) : null;
    const scope = composer && closestContaining(composer, X_SELECTORS.postButton);
    return scope ? intentAt(scope) : undefined;
  },
};
