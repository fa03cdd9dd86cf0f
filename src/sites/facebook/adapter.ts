import type { SiteAdapter, SubmitIntent } from '../types';
import type { ContactKind } from '../types';
import {
  afterLabelPrefix,
  buttonWords,
  clickAgain,
  closestContaining,
  firstLineOf,
  isPlainEnter,
  matchAll,
  readCookie,
  repeatKey,
} from '../dom';
import { contactLabelsFor, labelsFor, messageLabelsFor } from './labels';
import { FACEBOOK_SELECTORS } from './selectors';

const EDITOR = `${FACEBOOK_SELECTORS.lexicalEditor}, ${FACEBOOK_SELECTORS.commentTextbox}`;
const BUSINESS_PUBLISH = labelsFor('businessPublish');
const BUSINESS_POST_TO = labelsFor('businessPostTo');
const COMMENT_AS = labelsFor('commentAs');
const COMMENT_BOX_LABELS = labelsFor('commentBox');
const COMPOSE_PROMPTS = labelsFor('composePrompt');
const CONVERSATION_WITH = messageLabelsFor('conversationWith');

/** The controls that reach a person, by their names in every known language. */
const CONTACT_KINDS = new Map<string, ContactKind>([
  ...contactLabelsFor('addFriend').map((label) => [label, 'add-friend'] as const),
  ...contactLabelsFor('follow').map((label) => [label, 'follow'] as const),
  ...contactLabelsFor('message').map((label) => [label, 'message'] as const),
  ...contactLabelsFor('confirm').map((label) => [label, 'confirm'] as const),
]);

function contactButtonAt(target: Element): { button: Element; kind: ContactKind } | undefined {
  const button = target.closest(FACEBOOK_SELECTORS.contactControl);
  const kind = button ? CONTACT_KINDS.get(buttonWords(button)) : undefined;
  return button && kind ? { button, kind } : undefined;
}

/**
 * Whose a button is: the nearest part of the page around it (a few levels up) that holds a profile's h1 (the
 * profile's own header) or a link to a person (a friend request's or a suggested person's card). At the same level
 * the h1 wins: a profile header also links to its friends and photos.
 */
function personCard(button: Element): { card: Element; name: string } | undefined {
  // A menu opens in a layer of its own, away from the header: its items are about the profile the page shows.
  if (button.closest(FACEBOOK_SELECTORS.menu)) {
    const heading = document.querySelector(FACEBOOK_SELECTORS.profileHeading);
    const name = heading ? firstLineOf(heading) : undefined;
    return heading && name ? { card: heading, name } : undefined;
  }
  let current = button.parentElement;
  for (let depth = 0; current && depth < 10; depth++, current = current.parentElement) {
    const heading = current.querySelector(FACEBOOK_SELECTORS.profileName);
    const headingName = heading ? firstLineOf(heading) : undefined;
    if (headingName) return { card: current, name: headingName };
    for (const link of matchAll(current, FACEBOOK_SELECTORS.personLink)) {
      const name = firstLineOf(link);
      if (name) return { card: current, name };
    }
  }
  return undefined;
}

const onFriendRequests = (): boolean => FACEBOOK_SELECTORS.friendRequestsPath.test(window.location.pathname);

/** The part of the page holding one comment box and its send arrow: its form, or the nearest box around both. */
function commentScope(element: Element): Element | undefined {
  return element.closest(FACEBOOK_SELECTORS.commentForm) ?? closestContaining(element, EDITOR, 4);
}

/**
 * A comment or reply box, where Enter publishes: by structure, a box inside a comment form; else by its label in
 * any language; else any box outside a modal post dialog (where Enter is a new line).
 */
function isCommentBox(composer: Element): boolean {
  if (composer.closest(FACEBOOK_SELECTORS.commentForm)) return true;
  const label = composer.getAttribute('aria-label') ?? '';
  if (COMMENT_BOX_LABELS.some((prefix) => label.startsWith(prefix))) return true;
  return !composer.closest(FACEBOOK_SELECTORS.modalDialog);
}

/**
 * A comment box's send arrow, or a message box's send button (`selector` finds it again): it publishes the one box
 * beside it.
 */
function sendIntent(send: Element, selector: string): SubmitIntent | undefined {
  if (send.getAttribute('aria-disabled') === 'true') return undefined;
  const scope = commentScope(send);
  const composers = scope ? matchAll(scope, EDITOR) : [];
  if (composers.length !== 1) return undefined;
  return {
    composers,
    publish() {
      const again = send.isConnected ? send : scope?.querySelector(selector);
      (again as HTMLElement | null | undefined)?.click();
    },
  };
}

const onMessages = (): boolean => FACEBOOK_SELECTORS.messagesPath.test(window.location.pathname);

/**
 * The name of the conversation a message box writes to: its pane's first heading, else a label that ends with the
 * name ("Conversation with Dawn Achterberg"). Only that visible name is read.
 */
function conversationName(composer: Element): string | undefined {
  const pane = composer.closest(FACEBOOK_SELECTORS.conversation);
  if (!pane) return undefined;
  const heading = pane.querySelector(FACEBOOK_SELECTORS.conversationHeading);
  const named = heading ? firstLineOf(heading) : undefined;
  return named || afterLabelPrefix([pane, ...pane.querySelectorAll('[aria-label]')], CONVERSATION_WITH);
}

/**
 * The name a box's label gives for who is writing, in any language: "Comment as Welbeck Primary School", or the
 * post editor's "What's on your mind, Welbeck Primary School?" (a person's first name, or a Page's whole name).
 */
function postingName(composer: Element): string | undefined {
  const name = afterLabelPrefix([composer], [...COMMENT_AS, ...COMPOSE_PROMPTS]);
  return name?.replace(/[?？؟]$/, '').trim() || undefined;
}

/**
 * The photos and video that go out with what this composer publishes: a comment or reply's own (in its comment
 * form), Business Suite's composer page's, or the post dialog's, without those of comment forms shown in the same
 * dialog (a post opened in a modal).
 */
function picturesOf(composer: Element): Element[] {
  const comment = composer.closest(FACEBOOK_SELECTORS.commentForm);
  if (comment) return matchAll(comment, FACEBOOK_SELECTORS.commentMedia);
  const scope = composer.matches(FACEBOOK_SELECTORS.businessComposer)
    ? composer.closest(FACEBOOK_SELECTORS.businessPage)
    : composer.closest(FACEBOOK_SELECTORS.dialog);
  if (!scope) return [];
  return matchAll(scope, FACEBOOK_SELECTORS.attachedMedia).filter(
    (picture) => !picture.closest(FACEBOOK_SELECTORS.commentForm),
  );
}

/** Business Suite's Publish or Schedule: it publishes the composer on the same page. */
function businessPublishIntent(target: Element): SubmitIntent | undefined {
  const button = target.closest(FACEBOOK_SELECTORS.businessButton);
  if (!button || button.getAttribute('aria-disabled') === 'true') return undefined;
  const words = buttonWords(button);
  if (!BUSINESS_PUBLISH.includes(words)) return undefined;
  const scope = closestContaining(button, FACEBOOK_SELECTORS.businessComposer, 20);
  const composers = scope ? matchAll(scope, FACEBOOK_SELECTORS.businessComposer) : [];
  if (composers.length === 0) return undefined;
  return {
    composers,
    publish: () => clickAgain(button, FACEBOOK_SELECTORS.businessButton),
  };
}

/** Business Suite's posting Page: the picker's "Post to <Page>" and the address's asset_id. */
function businessIdentity(composer: Element): { names: string[]; label?: string } {
  const page = composer.closest(FACEBOOK_SELECTORS.businessPage) ?? document;
  const name = afterLabelPrefix(page.querySelectorAll('[aria-label]'), BUSINESS_POST_TO);
  const id = new URLSearchParams(window.location.search).get(FACEBOOK_SELECTORS.businessPageIdParam);
  const names = [name, id].filter((value): value is string => Boolean(value));
  return name ? { names, label: name } : { names };
}

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  findComposers(root) {
    const editors = new Set([
      ...matchAll(root, FACEBOOK_SELECTORS.lexicalEditor),
      ...matchAll(root, FACEBOOK_SELECTORS.commentTextbox),
      ...matchAll(root, FACEBOOK_SELECTORS.businessComposer),
    ]);
    return [...editors];
  },
  frameOf(composer) {
    // Lexical's root sits directly in the box Facebook draws around it.
    return composer.parentElement ?? composer;
  },
  identify(composer) {
    if (composer.matches(FACEBOOK_SELECTORS.businessComposer)) return businessIdentity(composer);
    const names: string[] = [];
    const name = postingName(composer);
    if (name) names.push(name);
    // Acting as a Page: its profile id. Otherwise the person's own id (never an official account unless the
    // school lists it).
    const page = readCookie(FACEBOOK_SELECTORS.actingAsPageCookie);
    const user = readCookie(FACEBOOK_SELECTORS.userCookie);
    if (page) names.push(page);
    else if (user) names.push(user);
    // Cookie ids mean nothing to a person: name the account only when the page does.
    return name ? { names, label: name } : { names };
  },
  isPrivateMessage() {
    return onMessages();
  },
  conversationName(composer) {
    return onMessages() ? conversationName(composer) : undefined;
  },
  hasMedia(composer) {
    return picturesOf(composer).length > 0;
  },
  attachedPictures: picturesOf,
  submitForClick(target) {
    const send = target.closest(FACEBOOK_SELECTORS.commentSubmitButton);
    if (send) return sendIntent(send, FACEBOOK_SELECTORS.commentSubmitButton);
    const messageSend = onMessages() ? target.closest(FACEBOOK_SELECTORS.messageSendButton) : null;
    if (messageSend) return sendIntent(messageSend, FACEBOOK_SELECTORS.messageSendButton);
    const button = target.closest(FACEBOOK_SELECTORS.publishButton);
    const dialog = button?.closest(FACEBOOK_SELECTORS.dialog);
    if (!dialog) return businessPublishIntent(target);
    if (!button || button.getAttribute('aria-disabled') === 'true') return undefined;
    const label = button.getAttribute('aria-label') ?? '';
    // The dialog's post editor: comment boxes shown in the same dialog (a post opened in a modal) are not it.
    const composers = matchAll(dialog, FACEBOOK_SELECTORS.lexicalEditor).filter(
      (editor) => !editor.closest(FACEBOOK_SELECTORS.commentForm),
    );
    if (composers.length === 0) return undefined;
    return {
      composers,
      publish() {
        const again = dialog.isConnected ? dialog : document;
        const selector = `[role="button"][aria-label="${label.replace(/["\\]/g, '\\$&')}"]`;
        (again.querySelector(selector) as HTMLElement | null)?.click();
      },
    };
  },
  mayBeContactAction(target) {
    return contactButtonAt(target) !== undefined;
  },
  contactActionForClick(target) {
    const found = contactButtonAt(target);
    // Not a button inside a post or comment form ("Follow" on a post's author is still a follow: it is outside).
    if (!found || found.button.closest(FACEBOOK_SELECTORS.commentForm)) return undefined;
    const name = personCard(found.button)?.name;
    return name ? { kind: found.kind, name } : undefined;
  },
  contactRequests() {
    if (!onFriendRequests()) return [];
    return matchAll(document, FACEBOOK_SELECTORS.contactControl).flatMap((button) => {
      if (contactButtonAt(button)?.kind !== 'confirm') return [];
      const found = personCard(button);
      return found ? [{ element: found.card, name: found.name }] : [];
    });
  },
  submitForKey(event) {
    if (!isPlainEnter(event) || !(event.target instanceof Element)) return undefined;
    const composer = event.target.closest(EDITOR);
    if (!composer || !isCommentBox(composer)) return undefined;
    // Facebook's comment box has no button to press: the Enter itself publishes.
    return { composers: [composer], publish: () => repeatKey(composer, event) };
  },
};
