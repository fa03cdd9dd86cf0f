import type { AccountKind, AnalysisContext, MediaFacts, Platform } from '../engine/types';
import type { OfficialAccount } from '../settings/settings';
import type { PostingIdentity, SiteAdapter } from './types';

/**
 * "@WelbeckPrimary", "welbeckprimary" and "Welbeck Primary" all name the same account; so do "welbeck.primary" and
 * "WelbeckPrimary" on Facebook, where periods and capitals do not make a username different (Facebook's username
 * rules, as its Help Centre states them).
 */
function normaliseName(platform: Platform, name: string): string {
  const compact = name.trim().replace(/^@/, '').replace(/\s+/g, '').toLowerCase();
  return platform === 'facebook' ? compact.replace(/\./g, '') : compact;
}

/** Path segments of Facebook addresses that are not a Page's own: /groups/…, /watch, /profile.php… */
const FACEBOOK_NOT_A_PAGE = new Set([
  'groups',
  'watch',
  'events',
  'marketplace',
  'latest',
  'business',
  'home.php',
]);

/** The address an admin pasted, when `text` is one ("facebook.com/WelbeckPrimary" with or without https://). */
function pastedAddress(text: string): URL | undefined {
  const trimmed = text.trim();
  if (!/^(https?:\/\/)?([\w-]+\.)*(facebook|fb|x|twitter|youtube)\.com(\/|$)/i.test(trimmed))
    return undefined;
  try {
    return new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return undefined;
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The names a pasted address stands for: a Page's vanity name or numeric id, an X handle, a channel's handle or id. */
function namesInAddress(url: URL): string[] {
  const parts = url.pathname.split('/').filter(Boolean).map(decode);
  const [first, second, third] = parts;
  if (/(^|\.)(facebook|fb)\.com$/i.test(url.hostname)) {
    // Business Suite's addresses carry the Page as asset_id; profile.php and /people/<name>/<id> carry the id.
    const id = url.searchParams.get('id') ?? url.searchParams.get('asset_id');
    if (id) return [id];
    if (first === 'people' && second) return third ? [third, second.replace(/-/g, ' ')] : [second];
    if (first === 'pg' && second) return [second];
    return first && !FACEBOOK_NOT_A_PAGE.has(first.toLowerCase()) ? [first] : [];
  }
  if (/(^|\.)youtube\.com$/i.test(url.hostname)) {
    if (first?.startsWith('@')) return [first];
    if ((first === 'channel' || first === 'c' || first === 'user') && second) return [second];
    return [];
  }
  // x.com / twitter.com: /<handle>, and /<handle>/status/… from a pasted post.
  return first && !['i', 'home', 'intent', 'share'].includes(first) ? [first] : [];
}

/**
 * What one listed official account stands for, normalised: the text as written, or, when the admin pasted the
 * account's address, the Page name, vanity name or id read from it.
 */
export function officialAccountNames(account: OfficialAccount): string[] {
  const url = pastedAddress(account.handle);
  const names = url ? namesInAddress(url) : [account.handle];
  return names.map((name) => normaliseName(account.platform, name)).filter(Boolean);
}

/**
 * Whether the identity the page shows is one of the school's official accounts on this site. No identity means
 * unknown (the engine then checks as for a personal account, the safer reading of the policy).
 */
export function accountKind(
  platform: Platform,
  identity: PostingIdentity,
  officialAccounts: readonly OfficialAccount[],
): AccountKind {
  const names = identity.names.map((name) => normaliseName(platform, name)).filter(Boolean);
  if (names.length === 0) return 'unknown';
  const official = officialAccounts.some(
    (account) =>
      account.platform === platform && officialAccountNames(account).some((name) => names.includes(name)),
  );
  return official ? 'official' : 'personal';
}

/**
 * How Post Guard knows who is posting: `read` from the page, `declared` by the member of staff for this tab, or
 * `guessed` (the page does not say: checked as for a personal account, the safer reading of the policy).
 */
export type AccountBasis = 'read' | 'declared' | 'guessed';

/**
 * Sites where the member of staff said, in this tab, "I am posting as the school's channel". Kept in this page's
 * memory only (a content script's module): never stored, never sent, gone when the tab is closed or reloaded.
 */
const declaredOfficial = new Set<Platform>();

/** The member of staff says (or stops saying) that they post as the school's account on `platform` in this tab. */
export function declarePostingAsSchool(platform: Platform, declared: boolean): void {
  if (declared) declaredOfficial.add(platform);
  else declaredOfficial.delete(platform);
}

/** Looks at attached pictures: the content script sets it (src/photo/page-photos.ts) when the first composer appears. */
let inspectPictures: ((pictures: readonly Element[]) => MediaFacts) | undefined;
export function setPictureInspector(inspect: (pictures: readonly Element[]) => MediaFacts): void {
  inspectPictures = inspect;
}

/**
 * What the engine needs to know about a composer besides its text: the site, whether the school's own account
 * is posting, whether media is attached and what the photo checks found in it, and for a private message who it
 * goes to (the conversation's shown name). Read from the page each time: all can change while writing.
 */
export function composerContext(
  adapter: SiteAdapter,
  composer: Element,
  officialAccounts: readonly OfficialAccount[],
): { context: AnalysisContext; identity: PostingIdentity; basis: AccountBasis } {
  const identity = adapter.identify(composer);
  let account = accountKind(adapter.platform, identity, officialAccounts);
  let basis: AccountBasis = account === 'unknown' ? 'guessed' : 'read';
  // What the page shows wins over what was said: only an account the page does not name can be declared.
  if (account === 'unknown' && adapter.declarableAccount && declaredOfficial.has(adapter.platform)) {
    account = 'official';
    basis = 'declared';
  }
  const context: AnalysisContext = {
    platform: adapter.platform,
    account,
    hasMedia: adapter.hasMedia(composer),
  };
  if (adapter.isPrivateMessage?.(composer)) {
    context.isPrivateMessage = true;
    const partner = adapter.conversationName?.(composer);
    if (partner) context.conversationWith = partner;
  }
  const pictures = inspectPictures ? adapter.attachedPictures(composer) : [];
  if (inspectPictures && pictures.length > 0) context.media = inspectPictures(pictures);
  return { context, identity, basis };
}
