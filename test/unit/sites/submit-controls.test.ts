// @vitest-environment happy-dom
/** The site's own Post/Comment buttons of a composer, which Post Guard's panel keeps clear of. */
import { describe, expect, it } from 'vitest';
import { submitControlsOf } from '../../../src/sites/dom';
import { facebookAdapter } from '../../../src/sites/facebook/adapter';
import { xAdapter } from '../../../src/sites/x/adapter';
import { youtubeAdapter } from '../../../src/sites/youtube/adapter';
import type { SiteAdapter } from '../../../src/sites/types';
import { loadPage, one } from './saved-pages';

const controls = (adapter: SiteAdapter, composer: Element) =>
  submitControlsOf(composer, (target) => adapter.submitForClick(target)).map(
    (button) =>
      button.getAttribute('data-testid') ?? button.getAttribute('aria-label') ?? button.textContent?.trim(),
  );

describe('submitControlsOf', () => {
  it('finds X’s Post button of the home composer, and nothing else', () => {
    loadPage('x/home');
    expect(controls(xAdapter, one('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]'))).toEqual([
      'tweetButtonInline',
    ]);
  });

  it('finds the one Post button of a thread for each of its editors', () => {
    loadPage('x/compose-thread');
    for (const editor of ['tweetTextarea_0', 'tweetTextarea_1']) {
      expect(controls(xAdapter, one(`#layers [data-testid="${editor}"]`))).toEqual(['tweetButton']);
    }
  });

  it('finds Facebook’s Post button in the Create post dialog', () => {
    loadPage('facebook/create-post');
    expect(controls(facebookAdapter, one('[role="dialog"] [data-lexical-editor="true"]'))).toEqual(['Post']);
  });

  it('finds YouTube’s Comment button under the comment box', () => {
    loadPage('youtube/watch-comment');
    const found = controls(youtubeAdapter, one('ytd-commentbox:not([is-reply]) #contenteditable-root'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/comment/i);
  });
});
