/** Which pages Post Guard checks: siteForUrl and manifest.json's content_scripts must agree. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteForUrl } from '../../../src/sites/site-for-url';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  content_scripts: Array<{ matches: string[]; js: string[] }>;
};

describe('siteForUrl', () => {
  it.each([
    ['https://www.facebook.com/', 'facebook'],
    ['https://web.facebook.com/groups/welbeckparents', 'facebook'],
    ['https://x.com/home', 'x'],
    ['https://twitter.com/compose/post', 'x'],
    ['https://www.youtube.com/watch?v=abc', 'youtube'],
    ['https://studio.youtube.com/channel/UC1/comments', 'youtube'],
  ])('%s is %s', (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });

  it.each([
    'http://www.facebook.com/',
    'https://facebook.com.example.org/',
    'https://www.example.com/',
    'not a url',
    undefined,
  ])('%s is not checked', (url) => {
    expect(siteForUrl(url)).toBeUndefined();
  });

  it('every host the manifest injects a site script into is that site, and no other', () => {
    for (const script of manifest.content_scripts) {
      const site = /content-scripts\/(\w+)\.ts$/.exec(script.js[0]!)?.[1];
      for (const match of script.matches) {
        const url = match.replace(/\*$/, '');
        expect(siteForUrl(url), match).toBe(site);
      }
    }
  });
});
