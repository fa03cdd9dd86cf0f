import type { AccountKind, Platform } from '../engine/types';

/** Who the site says is posting from a composer, as far as the page shows it. */
export interface PostingIdentity {
  /** Handle, profile or Page name as the site shows it; undefined when the page does not say. */
  name?: string;
  account: AccountKind;
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
  /** The text as the user wrote it, line breaks included. */
  readText(composer: Element): string;
}
