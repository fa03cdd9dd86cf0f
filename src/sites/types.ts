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
  /** Who is posting from this composer, as far as the page shows it. */
  identify(composer: Element): PostingIdentity;
  /** Images or video are attached to the post being written in this composer. */
  hasMedia(composer: Element): boolean;
}
