// @vitest-environment happy-dom
/** The Facebook adapter and every Facebook selector against the saved fixture pages (test/fixtures/pages/facebook). */
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../src/sites/facebook/adapter';
import { FACEBOOK_SELECTORS } from '../../../src/sites/facebook/selectors';
import { eventsOn, keyIntent, loadPage, one, savedPages, selectorCounts } from './saved-pages';

const POST_EDITOR = '[role="dialog"] [data-lexical-editor="true"]';
const COMMENT_EDITOR = '[role="feed"] [data-lexical-editor="true"]';
const USER_ID = '100089000000001';
const PAGE = { name: 'Welbeck Primary School', id: '61550000000042' };

const SELECTORS = [
  'lexicalEditor',
  'commentTextbox',
  'dialog',
  'attachedMedia',
  'publishButton',
  'commentSubmitButton',
  'modalDialog',
];

const withDialog = (publishButtons: number, media = 0) => ({
  lexicalEditor: 2,
  commentTextbox: 2,
  dialog: 1,
  attachedMedia: media,
  publishButton: publishButtons,
  commentSubmitButton: 1,
  modalDialog: 1,
});

/** Expected matches of each selector on each saved page. */
const EXPECTED: Record<string, Record<string, number>> = {
  // The feed: one post with its comment box.
  'facebook/feed': {
    lexicalEditor: 1,
    commentTextbox: 1,
    dialog: 0,
    attachedMedia: 0,
    publishButton: 0,
    commentSubmitButton: 1,
    modalDialog: 0,
  },
  // Create post open over the feed: its editor and the feed's comment box.
  'facebook/create-post': withDialog(1),
  'facebook/create-post-with-photo': withDialog(1, 1),
  // Post settings: the compose step (hidden, with Next) stays mounted beside the settings step (Post).
  'facebook/two-step-settings': withDialog(2),
  'facebook/acting-as-page': withDialog(1),
  // A group (/groups/<id>): the same Create post dialog ("Write something…") over the group's feed.
  'facebook/group-post': withDialog(1),
};

describe('Facebook selectors on the saved pages', () => {
  it('covers every saved Facebook page', () => {
    expect(savedPages('facebook').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('lists every selector of the site', () => {
    const selectors = Object.entries(FACEBOOK_SELECTORS)
      .filter(([key, value]) => typeof value === 'string' && !/Prefix|Cookie$/.test(key))
      .map(([key]) => key);
    expect(selectors.sort()).toEqual([...SELECTORS].sort());
  });

  it.each(Object.keys(EXPECTED))('%s: each selector matches as expected', (name) => {
    loadPage(name);
    expect(selectorCounts(FACEBOOK_SELECTORS, SELECTORS)).toEqual(EXPECTED[name]);
  });

  it('commentLabel knows the comment boxes and not the post editor', () => {
    loadPage('facebook/acting-as-page');
    expect(FACEBOOK_SELECTORS.commentLabel.test(one(COMMENT_EDITOR).getAttribute('aria-label')!)).toBe(true);
    expect(FACEBOOK_SELECTORS.commentLabel.test(one(POST_EDITOR).getAttribute('aria-label')!)).toBe(false);
    loadPage('facebook/feed');
    expect(FACEBOOK_SELECTORS.commentLabel.test(one(COMMENT_EDITOR).getAttribute('aria-label')!)).toBe(true);
  });
});

describe('facebookAdapter on the saved pages', () => {
  it.each([
    ['facebook/feed', 1],
    ['facebook/create-post', 2],
    ['facebook/create-post-with-photo', 2],
    ['facebook/two-step-settings', 2],
    ['facebook/acting-as-page', 2],
    ['facebook/group-post', 2],
  ])('%s: findComposers finds %i', (name, count) => {
    loadPage(name);
    const composers = facebookAdapter.findComposers(document);
    expect(composers).toHaveLength(count);
    // Each Lexical root once, though it matches both the Lexical and the older comment-box selector.
    expect(new Set(composers).size).toBe(count);
    expect(composers).toContain(one(COMMENT_EDITOR));
    if (count === 2) expect(composers).toContain(one(POST_EDITOR));
  });

  it('frameOf is the box Facebook draws around the editor', () => {
    loadPage('facebook/create-post');
    for (const composer of facebookAdapter.findComposers(document)) {
      const frame = facebookAdapter.frameOf(composer);
      expect(frame.classList.contains('fb-editor')).toBe(true);
      expect(frame.firstElementChild).toBe(composer);
    }
  });

  it('identify: the person’s own id from c_user, with no name to show', () => {
    loadPage('facebook/create-post');
    expect(facebookAdapter.identify(one(POST_EDITOR))).toEqual({ names: [USER_ID] });
    expect(facebookAdapter.identify(one(COMMENT_EDITOR))).toEqual({ names: [USER_ID] });
  });

  it('identify: acting as a Page, the Page’s id from i_user, and its name from "Comment as …"', () => {
    loadPage('facebook/acting-as-page');
    expect(facebookAdapter.identify(one(COMMENT_EDITOR))).toEqual({
      names: [PAGE.name, PAGE.id],
      label: PAGE.name,
    });
    expect(facebookAdapter.identify(one(POST_EDITOR))).toEqual({ names: [PAGE.id] });
  });

  it('identify: no cookies and no label mean unknown', () => {
    loadPage('facebook/feed');
    document.cookie = 'c_user=; max-age=0';
    expect(facebookAdapter.identify(one(COMMENT_EDITOR))).toEqual({ names: [] });
  });

  it('hasMedia: the photo in the post dialog, not elsewhere', () => {
    loadPage('facebook/create-post-with-photo');
    expect(facebookAdapter.hasMedia(one(POST_EDITOR))).toBe(true);
    expect(facebookAdapter.hasMedia(one(COMMENT_EDITOR))).toBe(false);
    loadPage('facebook/create-post');
    expect(facebookAdapter.hasMedia(one(POST_EDITOR))).toBe(false);
  });

  it('attachedPictures: the post dialog’s photo, for its editor only', () => {
    loadPage('facebook/create-post-with-photo');
    expect(facebookAdapter.attachedPictures(one(POST_EDITOR)).length).toBeGreaterThan(0);
    expect(facebookAdapter.attachedPictures(one(COMMENT_EDITOR))).toEqual([]);
    loadPage('facebook/create-post');
    expect(facebookAdapter.attachedPictures(one(POST_EDITOR))).toEqual([]);
  });

  it('submitForClick: Post publishes the dialog’s editor, once', () => {
    loadPage('facebook/create-post');
    const button = one('[role="dialog"] [role="button"][aria-label="Post"]');
    const intent = facebookAdapter.submitForClick(button.querySelector('span')!);
    expect(intent?.composers).toEqual([one(POST_EDITOR)]);
    expect(eventsOn(button, ['click'], () => intent!.publish())).toEqual(['click']);
  });

  it('submitForClick: Post in a group’s Create post dialog publishes the dialog’s editor, once', () => {
    loadPage('facebook/group-post');
    expect(one(POST_EDITOR).getAttribute('aria-label')).toBe('Write something…');
    const button = one('[role="dialog"] [role="button"][aria-label="Post"]');
    const intent = facebookAdapter.submitForClick(button);
    expect(intent?.composers).toEqual([one(POST_EDITOR)]);
    expect(eventsOn(button, ['click'], () => intent!.publish())).toEqual(['click']);
    // Enter in the group's post dialog is a new line, as on the feed.
    expect(keyIntent(facebookAdapter, one(POST_EDITOR), { key: 'Enter' })).toBeUndefined();
  });

  it('submitForClick: the two-step flow’s Next and Post both publish the dialog’s editor', () => {
    loadPage('facebook/two-step-settings');
    const next = one('[role="dialog"] [role="button"][aria-label="Next"]');
    const post = one('[role="dialog"] [role="button"][aria-label="Post"]');
    expect(facebookAdapter.submitForClick(next)?.composers).toEqual([one(POST_EDITOR)]);
    const intent = facebookAdapter.submitForClick(post);
    expect(intent?.composers).toEqual([one(POST_EDITOR)]);
    expect(eventsOn(post, ['click'], () => intent!.publish())).toEqual(['click']);
  });

  it('submitForClick: a disabled Post publishes nothing', () => {
    loadPage('facebook/create-post');
    const button = one('[role="dialog"] [role="button"][aria-label="Post"]');
    button.setAttribute('aria-disabled', 'true');
    expect(facebookAdapter.submitForClick(button)).toBeUndefined();
  });

  it('submitForClick: the comment box’s send button publishes the comment', () => {
    loadPage('facebook/feed');
    const send = one('[role="feed"] [role="button"][aria-label="Comment"]');
    const intent = facebookAdapter.submitForClick(send);
    expect(intent?.composers).toEqual([one(COMMENT_EDITOR)]);
    expect(eventsOn(send, ['click'], () => intent!.publish())).toEqual(['click']);
  });

  it('submitForClick: other buttons publish nothing', () => {
    loadPage('facebook/create-post-with-photo');
    for (const selector of [
      '[role="dialog"] [aria-label="Close"]',
      '[role="dialog"] [aria-label="Remove"]',
      '[role="dialog"] [aria-label="Photo/video"]',
      '[aria-label="Like"]',
      '[aria-label="Leave a comment"]',
      '[aria-label="Your profile"]',
    ]) {
      expect(facebookAdapter.submitForClick(one(selector)), selector).toBeUndefined();
    }
    // The comment's send button, disabled while the comment box is empty.
    expect(facebookAdapter.submitForClick(one('[role="feed"] [aria-label="Comment"]'))).toBeUndefined();
  });

  it('submitForKey: Enter in a comment box publishes it; Shift+Enter and IME Enter do not', () => {
    loadPage('facebook/feed');
    const comment = one(COMMENT_EDITOR);
    const intent = keyIntent(facebookAdapter, comment, { key: 'Enter' });
    expect(intent?.composers).toEqual([comment]);
    expect(eventsOn(comment, ['keydown', 'keypress', 'keyup'], () => intent!.publish())).toEqual([
      'keydown',
      'keypress',
      'keyup',
    ]);
    expect(keyIntent(facebookAdapter, comment, { key: 'Enter', shiftKey: true })).toBeUndefined();
    expect(keyIntent(facebookAdapter, comment, { key: 'Enter', isComposing: true })).toBeUndefined();
    expect(keyIntent(facebookAdapter, comment, { key: 'a' })).toBeUndefined();
  });

  it('submitForKey: Enter in the post dialog is a new line; in "Comment as …" it publishes', () => {
    loadPage('facebook/acting-as-page');
    expect(keyIntent(facebookAdapter, one(POST_EDITOR), { key: 'Enter' })).toBeUndefined();
    expect(keyIntent(facebookAdapter, one(COMMENT_EDITOR), { key: 'Enter' })?.composers).toEqual([
      one(COMMENT_EDITOR),
    ]);
  });

  it('submitForKey: Enter on the page outside a composer publishes nothing', () => {
    loadPage('facebook/create-post');
    expect(
      keyIntent(facebookAdapter, one('[aria-label="Search Facebook"]'), { key: 'Enter' }),
    ).toBeUndefined();
  });
});
