// @vitest-environment happy-dom
/** The YouTube adapter and every YouTube selector against the saved fixture pages (test/fixtures/pages/youtube). */
import { afterEach, describe, expect, it } from 'vitest';
import { studioSubmitButtons, youtubeAdapter } from '../../../src/sites/youtube/adapter';
import { YOUTUBE_SELECTORS } from '../../../src/sites/youtube/selectors';
import { STUDIO_CANCEL_LABELS } from '../../../src/sites/youtube/labels';
import { eventsOn, keyIntent, loadPage, one, savedPages, selectorCounts } from './saved-pages';

const SELECTORS = Object.keys(YOUTUBE_SELECTORS);

interface HappyWindow {
  happyDOM: { setURL(url: string): void };
}
const none = Object.fromEntries(SELECTORS.map((key) => [key, 0]));
const commentBox = {
  ...none,
  commentEditor: 1,
  commentBox: 1,
  commentSubmit: 1,
  commentSubmitButton: 1,
};

/** Expected matches of each selector on each saved page. */
const EXPECTED: Record<string, Record<string, number>> = {
  'youtube/watch-comment': commentBox,
  'youtube/watch-reply': commentBox,
  // The channel's Posts tab with the post dialog open: its ytd-commentbox is the only comment box.
  'youtube/community-post': {
    ...commentBox,
    communityDialog: 1,
    communityEditor: 1,
    communitySubmitButton: 1,
  },
  // The same with an image added through the dialog's ytd-backstage-multi-image-select-renderer (a data: preview).
  'youtube/community-post-with-photo': {
    ...commentBox,
    communityDialog: 1,
    communityEditor: 1,
    communitySubmitButton: 1,
    communityMedia: 1,
  },
  // A Short's comments panel open; the next Short's panel is preloaded (hidden). The account menu was opened once.
  'youtube/shorts-comment': {
    ...commentBox,
    shortsCommentsPanel: 2,
    accountMenuName: 1,
    accountMenuHandle: 1,
  },
  'youtube/live-chat': {
    ...none,
    liveChatInput: 1,
    liveChatRenderer: 1,
    liveChatSend: 1,
    liveChatSendButton: 1,
    liveChatAuthor: 1,
  },
  // Cancel and Reply, without ids; the drawer names the channel.
  'youtube/studio-reply': { ...none, studioBox: 1, studioReply: 1, studioButton: 2, studioChannelName: 1 },
};

describe('YouTube selectors on the saved pages', () => {
  it('covers every saved YouTube page', () => {
    expect(savedPages('youtube').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s: each selector matches as expected', (name) => {
    loadPage(name);
    expect(selectorCounts(YOUTUBE_SELECTORS, SELECTORS)).toEqual(EXPECTED[name]);
  });
});

describe('youtubeAdapter on the saved pages', () => {
  it.each([
    ['youtube/watch-comment', 'ytd-commentbox:not([is-reply]) #contenteditable-root', 'yt-formatted-string'],
    ['youtube/watch-reply', 'ytd-commentbox[is-reply] #contenteditable-root', 'yt-formatted-string'],
    [
      'youtube/community-post',
      'ytd-backstage-post-dialog-renderer ytd-commentbox #contenteditable-root',
      'yt-formatted-string',
    ],
    [
      'youtube/shorts-comment',
      'ytd-reel-video-renderer[is-active] ytd-commentbox #contenteditable-root',
      'yt-formatted-string',
    ],
    ['youtube/live-chat', 'div#input[contenteditable]', 'yt-live-chat-text-input-field-renderer'],
    ['youtube/studio-reply', 'ytcp-commentbox textarea', 'tp-yt-iron-autogrow-textarea'],
  ])('%s: one composer, framed by its text box', (name, selector, frameTag) => {
    loadPage(name);
    const composers = youtubeAdapter.findComposers(document);
    expect(composers).toEqual([one(selector)]);
    expect(youtubeAdapter.frameOf(composers[0]!).tagName.toLowerCase()).toBe(frameTag);
    // Comments carry no media.
    expect(youtubeAdapter.hasMedia(composers[0]!)).toBe(false);
  });

  describe('identify: the channel the page names', () => {
    const at = (url: string): void => (window as unknown as HappyWindow).happyDOM.setURL(url);
    afterEach(() => at('http://localhost:3000/'));

    it('a video comment, before the account menu was ever opened: the page does not say', () => {
      loadPage('youtube/watch-comment');
      expect(youtubeAdapter.identify(one('ytd-commentbox #contenteditable-root'))).toEqual({ names: [] });
    });

    it('live chat: the channel named above its input', () => {
      loadPage('youtube/live-chat');
      const input = one('div#input[contenteditable]');
      expect(youtubeAdapter.identify(input)).toEqual({
        names: ['Ms Rivera Science'],
        label: 'Ms Rivera Science',
      });
      one('yt-live-chat-message-input-renderer #author-name').remove();
      expect(youtubeAdapter.identify(input)).toEqual({ names: [] });
    });

    it('a Short’s comment, once the account menu has been drawn: its channel handle and name', () => {
      loadPage('youtube/shorts-comment');
      expect(youtubeAdapter.identify(one('ytd-commentbox #contenteditable-root'))).toEqual({
        names: ['@msriverascience', 'Ms Rivera Science'],
        label: 'Ms Rivera Science, @msriverascience',
      });
    });

    it('a community post: the channel whose Posts tab it is, from the address', () => {
      loadPage('youtube/community-post');
      const editor = one('ytd-backstage-post-dialog-renderer #contenteditable-root');
      for (const [url, channel] of [
        ['https://www.youtube.com/@msriverascience/community', '@msriverascience'],
        ['https://www.youtube.com/@WelbeckPrimary/posts?show_create_dialog=1', '@WelbeckPrimary'],
        ['https://www.youtube.com/channel/UC1a2b3c/posts?show_create_dialog=1', 'UC1a2b3c'],
      ] as const) {
        at(url);
        expect(youtubeAdapter.identify(editor), url).toEqual({ names: [channel], label: channel });
      }
      // Not a Posts tab (the dialog left open while the address changed): the page does not say.
      at('https://www.youtube.com/watch?v=abc');
      expect(youtubeAdapter.identify(editor)).toEqual({ names: [] });
    });

    it('a Studio reply: the channel Studio manages, named in its drawer', () => {
      loadPage('youtube/studio-reply');
      expect(youtubeAdapter.identify(one('ytcp-commentbox textarea'))).toEqual({
        names: ['Ms Rivera Science'],
        label: 'Ms Rivera Science',
      });
      one('ytcp-navigation-drawer #entity-name').remove();
      expect(youtubeAdapter.identify(one('ytcp-commentbox textarea'))).toEqual({ names: [] });
    });
  });

  it('submitForClick: a Short’s Comment publishes its comment box, once', () => {
    loadPage('youtube/shorts-comment');
    const button = one('ytd-reel-video-renderer[is-active] ytd-commentbox #submit-button button');
    const intent = youtubeAdapter.submitForClick(button);
    expect(intent?.composers).toEqual([one('ytd-commentbox #contenteditable-root')]);
    expect(eventsOn(button, ['click'], () => intent!.publish())).toEqual(['click']);
    // The Short's own buttons (comments, like, the panel's Close) publish nothing; nor does Enter in the box.
    for (const other of document.querySelectorAll(
      '#comments-button button, #like-button button, #visibility-button button, ytd-commentbox #cancel-button button',
    )) {
      expect(youtubeAdapter.submitForClick(other)).toBeUndefined();
    }
    expect(keyIntent(youtubeAdapter, one('#contenteditable-root'), { key: 'Enter' })).toBeUndefined();
  });

  it('submitForClick: Comment publishes the comment box, once', () => {
    loadPage('youtube/watch-comment');
    const button = one('ytd-commentbox #submit-button button');
    const intent = youtubeAdapter.submitForClick(button.querySelector('span')!);
    expect(intent?.composers).toEqual([one('ytd-commentbox #contenteditable-root')]);
    expect(eventsOn(button, ['click'], () => intent!.publish())).toEqual(['click']);
  });

  it('submitForClick: the reply box’s Reply publishes; the thread’s Reply (which opens the box) does not', () => {
    loadPage('youtube/watch-reply');
    const submit = one('ytd-commentbox[is-reply] #submit-button button');
    expect(submit.getAttribute('aria-label')).toBe('Reply');
    expect(youtubeAdapter.submitForClick(submit)?.composers).toEqual([
      one('ytd-commentbox[is-reply] #contenteditable-root'),
    ]);
    for (const opener of document.querySelectorAll('#reply-button-end button')) {
      expect(youtubeAdapter.submitForClick(opener)).toBeUndefined();
    }
    expect(youtubeAdapter.submitForClick(one('ytd-commentbox #cancel-button button'))).toBeUndefined();
  });

  it('submitForClick: the community post dialog’s Post publishes its box; Create post and Cancel do not', () => {
    loadPage('youtube/community-post');
    const post = one('ytd-backstage-post-dialog-renderer #submit-button button');
    expect(post.getAttribute('aria-label')).toBe('Post');
    const intent = youtubeAdapter.submitForClick(post.querySelector('span')!);
    expect(intent?.composers).toEqual([one('ytd-backstage-post-dialog-renderer #contenteditable-root')]);
    expect(eventsOn(post, ['click'], () => intent!.publish())).toEqual(['click']);
    expect(youtubeAdapter.submitForClick(one('#create-post-button button'))).toBeUndefined();
    expect(youtubeAdapter.submitForClick(one('ytd-commentbox #cancel-button button'))).toBeUndefined();
  });

  it('community post dialog without a ytd-commentbox: its editor is found and its own Post button caught', () => {
    loadPage('youtube/community-post');
    const box = one('ytd-backstage-post-dialog-renderer ytd-commentbox');
    box.replaceWith(...box.childNodes);
    const editor = one('ytd-backstage-post-dialog-renderer #contenteditable-root');
    expect(youtubeAdapter.findComposers(document)).toEqual([editor]);
    const post = one('ytd-backstage-post-dialog-renderer #submit-button button');
    const intent = youtubeAdapter.submitForClick(post);
    expect(intent?.composers).toEqual([editor]);
    expect(eventsOn(post, ['click'], () => intent!.publish())).toEqual(['click']);
  });

  it('hasMedia: an image added to the community post, never for a comment', () => {
    loadPage('youtube/community-post');
    const editor = one('ytd-backstage-post-dialog-renderer #contenteditable-root');
    // The dialog's avatars are not media.
    expect(youtubeAdapter.hasMedia(editor)).toBe(false);
    const image = document.createElement('img');
    image.src = 'blob:https://www.youtube.com/0b7c1c1e-0000-4000-8000-000000000001';
    one('ytd-backstage-post-dialog-renderer').append(image);
    expect(youtubeAdapter.hasMedia(editor)).toBe(true);
    loadPage('youtube/watch-comment');
    expect(youtubeAdapter.hasMedia(one('ytd-commentbox #contenteditable-root'))).toBe(false);
  });

  it('attachedPictures: the community post’s image previews, never for a comment', () => {
    loadPage('youtube/community-post-with-photo');
    const editor = one('ytd-backstage-post-dialog-renderer #contenteditable-root');
    const preview = one('ytd-backstage-multi-image-select-renderer img');
    expect(preview.getAttribute('src')).toMatch(/^data:image\//);
    expect(youtubeAdapter.attachedPictures(editor)).toEqual([preview]);
    expect(youtubeAdapter.hasMedia(editor)).toBe(true);
    preview.remove();
    expect(youtubeAdapter.attachedPictures(editor)).toEqual([]);
    loadPage('youtube/watch-comment');
    expect(youtubeAdapter.attachedPictures(one('ytd-commentbox #contenteditable-root'))).toEqual([]);
  });

  it('submitForClick: live chat’s Send publishes the chat input', () => {
    loadPage('youtube/live-chat');
    const send = one('#send-button button');
    const intent = youtubeAdapter.submitForClick(send);
    expect(intent?.composers).toEqual([one('div#input[contenteditable]')]);
    expect(eventsOn(send, ['click'], () => intent!.publish())).toEqual(['click']);
  });

  it('submitForClick: Studio’s Reply publishes the textarea with a whole pointer sequence', () => {
    loadPage('youtube/studio-reply');
    const reply = one('ytcp-commentbox #buttons ytcp-button[aria-label="Reply"]');
    const intent = youtubeAdapter.submitForClick(reply.querySelector('.label')!);
    expect(intent?.composers).toEqual([one('ytcp-commentbox textarea')]);
    expect(
      eventsOn(reply, ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'], () => intent!.publish()),
    ).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    expect(youtubeAdapter.submitForClick(one('ytcp-commentbox [aria-label="Cancel"]'))).toBeUndefined();
    // The threads' own Reply buttons open a reply box; they publish nothing.
    for (const opener of document.querySelectorAll('ytcp-comment-thread #toolbar ytcp-button')) {
      expect(youtubeAdapter.submitForClick(opener)).toBeUndefined();
    }
  });

  describe('Studio’s Reply button, found by structure', () => {
    const box = (): HTMLElement => one('ytcp-commentbox');
    const button = (label: string): HTMLElement => one(`ytcp-commentbox ytcp-button[aria-label="${label}"]`);

    it('the button after the field that is not Cancel, wherever the buttons sit', () => {
      loadPage('youtube/studio-reply');
      expect(studioSubmitButtons(box())).toEqual([button('Reply')]);
      // Reply first, Cancel second, and no #buttons wrapper.
      const buttons = one('ytcp-commentbox #buttons');
      buttons.replaceWith(button('Reply'), button('Cancel'));
      expect(studioSubmitButtons(box())).toEqual([button('Reply')]);
      expect(youtubeAdapter.submitForClick(button('Reply').firstElementChild!)?.composers).toEqual([
        one('ytcp-commentbox textarea'),
      ]);
      expect(youtubeAdapter.submitForClick(button('Cancel'))).toBeUndefined();
    });

    it('a button inside a button counts once, as the outer one; a button before the field is not a submit', () => {
      loadPage('youtube/studio-reply');
      const reply = button('Reply');
      const inner = document.createElement('button');
      inner.textContent = 'Reply';
      reply.replaceChildren(inner);
      const emoji = document.createElement('ytcp-button');
      emoji.setAttribute('aria-label', 'Insert emoji');
      one('ytcp-commentbox #main').prepend(emoji);
      expect(studioSubmitButtons(box())).toEqual([reply]);
      expect(youtubeAdapter.submitForClick(inner)?.composers).toHaveLength(1);
      expect(youtubeAdapter.submitForClick(emoji)).toBeUndefined();
    });

    it('the box’s #submit-button, when Studio marks it (older Studio: ytcp-comment-button#submit-button)', () => {
      loadPage('youtube/studio-reply');
      const marked = document.createElement('ytcp-comment-button');
      marked.id = 'submit-button';
      button('Reply').replaceWith(marked);
      marked.append(button('Cancel').cloneNode(true));
      marked.firstElementChild!.setAttribute('aria-label', 'Reply');
      expect(studioSubmitButtons(box())).toEqual([marked]);
      const intent = youtubeAdapter.submitForClick(marked.firstElementChild!);
      expect(eventsOn(marked, ['pointerdown', 'click'], () => intent!.publish())).toEqual([
        'pointerdown',
        'click',
      ]);
      expect(youtubeAdapter.submitForClick(button('Cancel'))).toBeUndefined();
    });

    it('Studio’s Cancel is known in Facebook’s ten languages and Russian; each word names its source', () => {
      const languages = new Set(STUDIO_CANCEL_LABELS.map(({ lang }) => lang));
      expect([...languages].sort()).toEqual([
        'cy',
        'de',
        'en',
        'es',
        'fr',
        'it',
        'pl',
        'pt',
        'ro',
        'ru',
        'ur',
      ]);
      for (const entry of STUDIO_CANCEL_LABELS) expect(entry.source.length, entry.label).toBeGreaterThan(20);
      // Seen on Studio itself: English and Russian only; the others say they are not.
      expect(STUDIO_CANCEL_LABELS.filter((entry) => !entry.unverified).map(({ lang }) => lang)).toEqual([
        'en',
        'ru',
      ]);
      for (const { label } of STUDIO_CANCEL_LABELS) {
        loadPage('youtube/studio-reply');
        button('Cancel').setAttribute('aria-label', label);
        expect(studioSubmitButtons(box()), label).toEqual([button('Reply')]);
      }
    });

    it('Cancel in a language missing from the table counts as a submit too: never a reply out unchecked', () => {
      loadPage('youtube/studio-reply');
      button('Cancel').setAttribute('aria-label', 'Annuleren');
      button('Reply').setAttribute('aria-label', 'Répondre');
      expect(studioSubmitButtons(box())).toHaveLength(2);
      // Labelled in a listed language (ru), it is known; marked #cancel-button, whatever its words.
      button('Annuleren').setAttribute('aria-label', 'Отмена');
      expect(studioSubmitButtons(box())).toEqual([button('Répondre')]);
      button('Отмена').setAttribute('aria-label', 'Ακύρωση');
      button('Ακύρωση').id = 'cancel-button';
      expect(studioSubmitButtons(box())).toEqual([button('Répondre')]);
    });
  });

  it('submitForClick: other buttons publish nothing', () => {
    loadPage('youtube/watch-comment');
    expect(youtubeAdapter.submitForClick(one('#avatar-btn'))).toBeUndefined();
    expect(youtubeAdapter.submitForClick(one('ytd-commentbox #contenteditable-root'))).toBeUndefined();
  });

  it('submitForKey: Enter in live chat sends; Shift+Enter and IME Enter do not', () => {
    loadPage('youtube/live-chat');
    const input = one('div#input[contenteditable]');
    const intent = keyIntent(youtubeAdapter, input, { key: 'Enter' });
    expect(intent?.composers).toEqual([input]);
    expect(eventsOn(one('#send-button button'), ['click'], () => intent!.publish())).toEqual(['click']);
    expect(keyIntent(youtubeAdapter, input, { key: 'Enter', shiftKey: true })).toBeUndefined();
    expect(keyIntent(youtubeAdapter, input, { key: 'Enter', isComposing: true })).toBeUndefined();
  });

  it('submitForKey: Enter in a comment, a reply, a community post or Studio’s textarea is a new line', () => {
    loadPage('youtube/watch-comment');
    expect(keyIntent(youtubeAdapter, one('#contenteditable-root'), { key: 'Enter' })).toBeUndefined();
    loadPage('youtube/watch-reply');
    expect(keyIntent(youtubeAdapter, one('#contenteditable-root'), { key: 'Enter' })).toBeUndefined();
    loadPage('youtube/community-post');
    expect(keyIntent(youtubeAdapter, one('#contenteditable-root'), { key: 'Enter' })).toBeUndefined();
    loadPage('youtube/studio-reply');
    expect(keyIntent(youtubeAdapter, one('textarea'), { key: 'Enter' })).toBeUndefined();
  });
});
