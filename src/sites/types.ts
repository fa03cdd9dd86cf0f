import type { Platform } from '../engine/types';

/** Who the site says is posting from a composer, as far as the page shows it. */
export interface PostingIdentity {
  /**
   * The handles, names or ids the page shows for the posting account (e.g. an X handle, a Facebook Page's id
   * and name); empty when the page does not say.
   */
  names: string[];
  /** How to name the account to the member of staff ("@staffmember"), when the page shows a readable name. */
  label?: string;
}

/** A way of publishing the user just used: what it would publish, and how to publish it again on request. */
export interface SubmitIntent {
  /** The composers whose text goes out (an X thread publishes several at once). */
  composers: Element[];
  /**
   * Publishes once more, after the user chose "Post anyway": re-finds the site's button (React may have
   * re-rendered it) and clicks it, or repeats the key that submits.
   */
  publish(): void;
}

/** What a click on a profile's button would do to reach someone (policy: no friending or contacting pupils or parents). */
export type ContactKind = 'add-friend' | 'follow' | 'message' | 'confirm';

/** A click that would friend, follow, message or accept someone, and the name the page shows for them. */
export interface ContactAction {
  kind: ContactKind;
  /** The visible name only: nothing else of the profile is read. */
  name: string;
}

/** A request from someone to be friends, or to follow the member of staff, listed on the page. */
export interface ContactRequest {
  /** The request's own part of the page (its card or row): the note is drawn beside it. */
  element: Element;
  name: string;
}

/**
 * Everything Post Guard knows about one site's markup. Adapters find and read; they never decide what the
 * policy says. Every selector of a site lives in its folder's selectors.ts.
 */
export interface SiteAdapter {
  platform: Platform;
  /** Editable elements (contenteditable roots or textareas) where a post or comment is written. */
  findComposers(root: ParentNode): Element[];
  /** The element whose box our status badge sits beside: the visible frame of the composer. */
  frameOf(composer: Element): Element;
  /**
   * The school's account as the member of staff may name it for this tab when the page does not show who is
   * posting ("the school's channel"); absent where the page always shows it.
   */
  declarableAccount?: string;
  /** Who is posting from this composer, as far as the page shows it. */
  identify(composer: Element): PostingIdentity;
  /** Images or video are attached to the post being written in this composer. */
  hasMedia(composer: Element): boolean;
  /** The composer writes a private message (Facebook /messages, X Chat), not a public post; absent means never. */
  isPrivateMessage?(composer: Element): boolean;
  /**
   * The name a private message's conversation shows for the person it goes to (its header), when it shows one. Only
   * that visible name is read, to remind the member of staff when it is a pupil's or a parent's or carer's.
   */
  conversationName?(composer: Element): string | undefined;
  /** The attached pictures (img and video previews) of the post being written in this composer. */
  attachedPictures(composer: Element): Element[];
  /** The publishing a click on `target` would do (a Post, Reply, Comment or Send button), if any. */
  submitForClick(target: Element): SubmitIntent | undefined;
  /** The friending, following, messaging or accepting a click on `target` would do, if any (Facebook and X). */
  contactActionForClick?(target: Element): ContactAction | undefined;
  /** Whether `target` may be such a button (cheap: to start reading the school's lists before the click). */
  mayBeContactAction?(target: Element): boolean;
  /** Friend or follower requests the page lists (Facebook's friend requests, X's follower requests). */
  contactRequests?(): ContactRequest[];
  /** The publishing a key press would do (Ctrl/Cmd+Enter on X, Enter in comments and live chat), if any. */
  submitForKey(event: KeyboardEvent): SubmitIntent | undefined;
}
