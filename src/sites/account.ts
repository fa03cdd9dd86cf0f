import type { AccountKind, AnalysisContext, MediaFacts, Platform } from '../engine/types';
import type { OfficialAccount } from '../settings/settings';
import type { PostingIdentity, SiteAdapter } from './types';

/** "@WelbeckPrimary", "welbeckprimary" and "Welbeck Primary" all name the same account. */
function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').replace(/\s+/g, '').toLowerCase();
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
  const names = identity.names.map(normaliseHandle).filter(Boolean);
  if (names.length === 0) return 'unknown';
  const official = officialAccounts.some(
    (account) => account.platform === platform && names.includes(normaliseHandle(account.handle)),
  );
  return official ? 'official' : 'personal';
}

/** Looks at attached pictures: the content script sets it (src/photo/page-photos.ts) when the first composer appears. */
let inspectPictures: ((pictures: readonly Element[]) => MediaFacts) | undefined;
export function setPictureInspector(inspect: (pictures: readonly Element[]) => MediaFacts): void {
  inspectPictures = inspect;
}

/**
 * What the engine needs to know about a composer besides its text: the site, whether the school's own account
 * is posting, whether media is attached and what the photo checks found in it. Read from the page each time: all
 * can change while writing.
 */
export function composerContext(
  adapter: SiteAdapter,
  composer: Element,
  officialAccounts: readonly OfficialAccount[],
): { context: AnalysisContext; identity: PostingIdentity } {
  const identity = adapter.identify(composer);
  const account = accountKind(adapter.platform, identity, officialAccounts);
  const context: AnalysisContext = {
    platform: adapter.platform,
    account,
    hasMedia: adapter.hasMedia(composer),
  };
  const pictures = inspectPictures ? adapter.attachedPictures(composer) : [];
  if (inspectPictures && pictures.length > 0) context.media = inspectPictures(pictures);
  return { context, identity };
}
