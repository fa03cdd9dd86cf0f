import type { Platform } from '../engine/types';

/** The hosts Post Guard checks (manifest.json's content_scripts match these) and the site each belongs to. */
const HOSTS: Record<string, Platform> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  // The same site under another name, served in some regions (docs/research/composer-dom.md, 2025 scripts).
  'web.facebook.com': 'facebook',
  // Meta Business Suite, where a school's Page posts are usually written and scheduled.
  'business.facebook.com': 'facebook',
  'www.youtube.com': 'youtube',
  'studio.youtube.com': 'youtube',
};

export const SITE_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', youtube: 'YouTube' };

/** The site a page belongs to, when Post Guard checks it. */
export function siteForUrl(url: string | undefined): Platform | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' ? HOSTS[hostname] : undefined;
  } catch {
    return undefined;
  }
}
