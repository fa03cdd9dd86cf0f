// @vitest-environment happy-dom
/** The X adapter and every X selector against the saved fixture pages (test/fixtures/pages/x). */
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../src/sites/x/adapter';
import { X_SELECTORS } from '../../../src/sites/x/selectors';
import { eventsOn, keyIntent, loadPage, one, savedPages, selectorCounts } from './saved-pages';

const HOME_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const DIALOG_EDITOR = '#layers [data-testid="tweetTextarea_0"]';
const THREAD_EDITOR = '#layers [data-testid="tweetTextarea_1"]';

const SELECTORS = [
  'draftEditor',
  'mobileTextarea',
  'editorFrame',
  'toolBar',
  'attachedMedia',
  'attachedPictures',
  'accountAvatar',
  'postButton',
  'profileLink',
  'messageBox',
  'messageSendButton',
  'conversationHeader',
  'followButton',
  'messageFromProfile',
  'profileName',
  'userCell',
  'articleEditor',
  'articleButton',
];

/** Pages without a profile header or a list of people. */
const NO_PROFILE = {
  followButton: 0,
  messageFromProfile: 0,
  profileName: 0,
  userCell: 0,
  conversationHeader: 0,
  articleEditor: 0,
};

/** Expected matches of each selector on each saved page. */
const EXPECTED: Record<string, Record<string, number>> = {
  'x/home': {
    draftEditor: 1,
    mobileTextarea: 0,
    editorFrame: 1,
    toolBar: 1,
    attachedMedia: 0,
    attachedPictures: 0,
    accountAvatar: 1,
    postButton: 1,
    profileLink: 1,
    messageBox: 0,
    messageSendButton: 0,
    ...NO_PROFILE,
  },
  // The dialog (in #layers) over the home timeline, whose composer stays mounted behind it.
  'x/compose-dialog': {
    draftEditor: 2,
    mobileTextarea: 0,
    editorFrame: 2,
    toolBar: 2,
    attachedMedia: 0,
    attachedPictures: 0,
    accountAvatar: 1,
    postButton: 2,
    profileLink: 1,
    messageBox: 0,
    messageSendButton: 0,
    ...NO_PROFILE,
  },
  // A thread in the dialog: "Add post" added tweetTextarea_1 (its own RichTextInputContainer) under
  // tweetTextarea_0; one toolbar and one tweetButton ("Post all") for both, plus the home composer behind.
  'x/compose-thread': {
    draftEditor: 3,
    mobileTextarea: 0,
    editorFrame: 3,
    toolBar: 2,
    attachedMedia: 0,
    attachedPictures: 0,
    accountAvatar: 1,
    postButton: 2,
    profileLink: 1,
    messageBox: 0,
    messageSendButton: 0,
    ...NO_PROFILE,
  },
  'x/reply': {
    draftEditor: 1,
    mobileTextarea: 0,
    editorFrame: 1,
    toolBar: 1,
    attachedMedia: 0,
    attachedPictures: 0,
    accountAvatar: 1,
    postButton: 1,
    profileLink: 1,
    messageBox: 0,
    messageSendButton: 0,
    ...NO_PROFILE,
  },
  // One thumbnail: its <img>.
  'x/home-with-photo': {
    draftEditor: 1,
    mobileTextarea: 0,
    editorFrame: 1,
    toolBar: 1,
    attachedMedia: 1,
    attachedPictures: 1,
    accountAvatar: 1,
    postButton: 1,
    profileLink: 1,
    messageBox: 0,
    messageSendButton: 0,
    ...NO_PROFILE,
  },
  // A redesign renamed tweetTextarea_* to postComposer_*: the wrapper's suffix survived, the editor is lost.
  'x/renamed': {
    draftEditor: 0,
    mobileTextarea: 0,
    editorFrame: 1,
    toolBar: 1,
    attachedMedia: 0,
    attachedPictures: 0,
    accountAvatar: 1,
    postButton: 1,
    profileLink: 1,
    messageBox: 0,
    messageSendButton: 0,
    ...NO_PROFILE,
  },
  // The mobile layout: a plain textarea in div[data-testid="tweetTextarea_0"], no RichTextInputContainer; no side
  // navigation: the account is in the top bar's DashButton_ProfileIcon_Link.
  'x/mobile-home': {
    draftEditor: 0,
    mobileTextarea: 1,
    editorFrame: 0,
    toolBar: 1,
    attachedMedia: 0,
    attachedPictures: 0,
    accountAvatar: 1,
    postButton: 1,
    profileLink: 0,
    messageBox: 0,
    messageSendButton: 0,
    ...NO_PROFILE,
  },
  // X Chat (x.com/i/chat/<id>): the conversation's header, its message box and send button; the account in the
  // side navigation; no post composer.
  'x/chat': {
    draftEditor: 0,
    mobileTextarea: 0,
    editorFrame: 0,
    toolBar: 0,
    attachedMedia: 0,
    attachedPictures: 0,
    accountAvatar: 1,
    postButton: 0,
    profileLink: 1,
    messageBox: 1,
    messageSendButton: 1,
    ...NO_PROFILE,
    conversationHeader: 1,
  },
  // X Articles' editor (x.com/compose/articles/edit/<id>): the title textarea and the Draft.js body, in its
  // RichTextInputContainer; no toolbar, no Post button.
  'x/article': {
    draftEditor: 0,
    mobileTextarea: 0,
    editorFrame: 1,
    toolBar: 0,
    attachedMedia: 0,
    attachedPictures: 0,
    accountAvatar: 1,
    postButton: 0,
    profileLink: 1,
    messageBox: 0,
    messageSendButton: 0,
    ...NO_PROFILE,
    articleEditor: 2,
  },
};

const MOBILE_TEXTAREA = 'main [data-testid="tweetTextarea_0"] textarea';

describe('X selectors on the saved pages', () => {
  it('covers every saved X page', () => {
    expect(savedPages('x').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('lists every selector of the site', () => {
    const strings = Object.entries(X_SELECTORS).filter(
      ([key, value]) => key !== 'accountAvatarPrefix' && typeof value === 'string',
    );
    expect(strings.map(([key]) => key).sort()).toEqual([...SELECTORS].sort());
  });

  it.each(Object.keys(EXPECTED))('%s: each selector matches as expected', (name) => {
    loadPage(name);
    const counts = selectorCounts(X_SELECTORS, SELECTORS);
    // Every button on the page: read only on the Articles path, for its words.
    delete counts.articleButton;
    expect(counts).toEqual(EXPECTED[name]);
  });
});

describe('xAdapter on the saved pages', () => {
  it.each([
    ['x/home', 1],
    ['x/compose-dialog', 2],
    ['x/compose-thread', 3],
    ['x/reply', 1],
    ['x/home-with-photo', 1],
    ['x/renamed', 0],
  ])('%s: findComposers finds %i', (name, count) => {
    loadPage(name);
    const composers = xAdapter.findComposers(document);
    expect(composers).toHaveLength(count);
    for (const composer of composers) expect(composer.getAttribute('contenteditable')).toBe('true');
    // Searching a subtree finds the same composers inside it, the subtree's root included.
    if (count > 0) expect(xAdapter.findComposers(composers[0]!)).toEqual([composers[0]]);
  });

  it('x/mobile-home: findComposers finds the textarea, framed by itself, without media', () => {
    loadPage('x/mobile-home');
    const composers = xAdapter.findComposers(document);
    expect(composers).toEqual([one(MOBILE_TEXTAREA)]);
    const textarea = composers[0] as HTMLTextAreaElement;
    expect(textarea.tagName).toBe('TEXTAREA');
    // The saved page keeps the typed text as the textarea's content, so its value reads back.
    expect(textarea.value).toBe('Lovely afternoon at the allotment');
    expect(xAdapter.findComposers(textarea)).toEqual([textarea]);
    expect(xAdapter.frameOf(textarea)).toBe(textarea);
    expect(xAdapter.hasMedia(textarea)).toBe(false);
    // The handle is read from the top bar's profile button on the mobile layout.
    expect(xAdapter.identify(textarea)).toEqual({ names: ['staffmember'], label: '@staffmember' });
  });

  it('the renamed page yields no composer at all, so Post Guard says it is not checking', () => {
    loadPage('x/renamed');
    expect(xAdapter.findComposers(document)).toEqual([]);
    expect(document.querySelector('[data-testid="postComposer_0"][contenteditable="true"]')).not.toBeNull();
  });

  it('frameOf is the RichTextInputContainer around each editor', () => {
    loadPage('x/compose-dialog');
    for (const composer of xAdapter.findComposers(document)) {
      const frame = xAdapter.frameOf(composer);
      expect(frame.getAttribute('data-testid')).toBe('tweetTextarea_0RichTextInputContainer');
      expect(frame.contains(composer)).toBe(true);
    }
  });

  it('identify reads the handle from the side navigation', () => {
    for (const name of ['x/home', 'x/compose-dialog', 'x/reply']) {
      loadPage(name);
      const composer = xAdapter.findComposers(document)[0]!;
      // The avatar's testid, then the profile link: both name @staffmember.
      expect(xAdapter.identify(composer)).toEqual({
        names: ['staffmember', 'staffmember'],
        label: '@staffmember',
      });
    }
  });

  it('identify says nothing when the page shows no account', () => {
    loadPage('x/home');
    const composer = one(HOME_EDITOR);
    document.querySelector(X_SELECTORS.accountAvatar)?.remove();
    document.querySelector(X_SELECTORS.profileLink)?.remove();
    expect(xAdapter.identify(composer)).toEqual({ names: [] });
  });

  it('hasMedia: a video alone, or a photo whose remove button is labelled in another language, is media', () => {
    loadPage('x/home-with-photo');
    const attachment = one('[data-testid="attachments"] [data-testid="attachment"]');
    attachment.querySelector('[aria-label="Remove media"]')!.setAttribute('aria-label', 'Supprimer le média');
    expect(xAdapter.hasMedia(one(HOME_EDITOR))).toBe(true);
    attachment.replaceChildren(document.createElement('video'));
    expect(xAdapter.hasMedia(one(HOME_EDITOR))).toBe(true);
    attachment.remove();
    expect(xAdapter.hasMedia(one(HOME_EDITOR))).toBe(false);
  });

  it('attachedPictures gives the photo’s preview to the composer it is attached to', () => {
    loadPage('x/home-with-photo');
    expect(xAdapter.attachedPictures(one(HOME_EDITOR)).map((element) => element.tagName)).toEqual(['IMG']);
    loadPage('x/home');
    expect(xAdapter.attachedPictures(one(HOME_EDITOR))).toEqual([]);
  });

  it('hasMedia is true only for the composer with the photo', () => {
    loadPage('x/home-with-photo');
    expect(xAdapter.hasMedia(one(HOME_EDITOR))).toBe(true);
    loadPage('x/home');
    expect(xAdapter.hasMedia(one(HOME_EDITOR))).toBe(false);
    loadPage('x/compose-dialog');
    expect(xAdapter.hasMedia(one(HOME_EDITOR))).toBe(false);
    expect(xAdapter.hasMedia(one(DIALOG_EDITOR))).toBe(false);
  });

  it('submitForClick: the home Post button (and its label inside) publishes the home composer once', () => {
    loadPage('x/home');
    const button = one('[data-testid="tweetButtonInline"]');
    const intent = xAdapter.submitForClick(button.querySelector('span')!);
    expect(intent?.composers).toEqual([one(HOME_EDITOR)]);
    expect(eventsOn(button, ['click'], () => intent!.publish())).toEqual(['click']);
  });

  it('submitForClick: the dialog’s tweetButton publishes the dialog’s composer, not the one behind it', () => {
    loadPage('x/compose-dialog');
    const button = one('#layers [data-testid="tweetButton"]');
    const intent = xAdapter.submitForClick(button);
    expect(intent?.composers).toEqual([one(DIALOG_EDITOR)]);
    expect(eventsOn(button, ['click'], () => intent!.publish())).toEqual(['click']);
    // The home composer behind is empty: its button is disabled and publishes nothing.
    expect(xAdapter.submitForClick(one('[data-testid="tweetButtonInline"]'))).toBeUndefined();
  });

  it('submitForClick: a thread’s "Post all" publishes every editor of the thread, once, not the one behind', () => {
    loadPage('x/compose-thread');
    const button = one('#layers [data-testid="tweetButton"]');
    expect(button.textContent).toBe('Post all');
    const intent = xAdapter.submitForClick(button.querySelector('span')!);
    expect(intent?.composers).toEqual([one(DIALOG_EDITOR), one(THREAD_EDITOR)]);
    expect(eventsOn(button, ['click'], () => intent!.publish())).toEqual(['click']);
    // "Add post" is not a publishing button.
    expect(xAdapter.submitForClick(one('#layers [data-testid="addButton"]'))).toBeUndefined();
    // Each post of the thread sits in its own RichTextInputContainer.
    expect(xAdapter.frameOf(one(THREAD_EDITOR)).getAttribute('data-testid')).toBe(
      'tweetTextarea_1RichTextInputContainer',
    );
  });

  it('submitForKey: Ctrl+Enter in a thread’s second post publishes the whole thread', () => {
    loadPage('x/compose-thread');
    const intent = keyIntent(xAdapter, one(THREAD_EDITOR), { key: 'Enter', ctrlKey: true });
    expect(intent?.composers).toEqual([one(DIALOG_EDITOR), one(THREAD_EDITOR)]);
    expect(keyIntent(xAdapter, one(THREAD_EDITOR), { key: 'Enter' })).toBeUndefined();
  });

  it('submitForClick: the Reply button publishes the reply composer', () => {
    loadPage('x/reply');
    const button = one('[data-testid="tweetButtonInline"]');
    expect(button.textContent).toBe('Reply');
    expect(xAdapter.submitForClick(button)?.composers).toEqual([one('[data-testid="tweetTextarea_0"]')]);
  });

  it('submitForClick: a photo alone enables Post', () => {
    loadPage('x/home-with-photo');
    expect(xAdapter.submitForClick(one('[data-testid="tweetButtonInline"]'))?.composers).toEqual([
      one(HOME_EDITOR),
    ]);
  });

  it('submitForClick: the mobile layout’s Post button publishes the textarea once', () => {
    loadPage('x/mobile-home');
    const button = one('[data-testid="tweetButtonInline"]');
    const intent = xAdapter.submitForClick(button.querySelector('span')!);
    expect(intent?.composers).toEqual([one(MOBILE_TEXTAREA)]);
    expect(eventsOn(button, ['click'], () => intent!.publish())).toEqual(['click']);
  });

  it('submitForKey: Ctrl+Enter in the mobile textarea publishes; plain Enter is a new line', () => {
    loadPage('x/mobile-home');
    const textarea = one(MOBILE_TEXTAREA);
    const intent = keyIntent(xAdapter, textarea, { key: 'Enter', ctrlKey: true });
    expect(intent?.composers).toEqual([textarea]);
    expect(eventsOn(one('[data-testid="tweetButtonInline"]'), ['click'], () => intent!.publish())).toEqual([
      'click',
    ]);
    expect(keyIntent(xAdapter, textarea, { key: 'Enter' })).toBeUndefined();
  });

  it('submitForClick: other buttons publish nothing', () => {
    loadPage('x/home-with-photo');
    for (const selector of [
      '[aria-label="Add photos or video"]',
      '[aria-label="Remove media"]',
      '[data-testid="SideNav_AccountSwitcher_Button"]',
      '[data-testid="SideNav_NewTweet_Button"]',
      '[data-testid="tweetTextarea_0"]',
    ]) {
      expect(xAdapter.submitForClick(one(selector)), selector).toBeUndefined();
    }
  });

  it('submitForClick: the renamed page’s Post button has no composer to check', () => {
    loadPage('x/renamed');
    expect(xAdapter.submitForClick(one('[data-testid="tweetButtonInline"]'))).toBeUndefined();
  });

  it('submitForKey: Ctrl+Enter and Cmd+Enter publish; plain and Shift+Enter are new lines', () => {
    loadPage('x/compose-dialog');
    const editor = one(DIALOG_EDITOR);
    const line = editor.querySelector('[data-text="true"]')!;
    const ctrl = keyIntent(xAdapter, line, { key: 'Enter', ctrlKey: true });
    expect(ctrl?.composers).toEqual([editor]);
    expect(eventsOn(one('#layers [data-testid="tweetButton"]'), ['click'], () => ctrl!.publish())).toEqual([
      'click',
    ]);
    expect(keyIntent(xAdapter, editor, { key: 'Enter', metaKey: true })?.composers).toEqual([editor]);
    expect(keyIntent(xAdapter, editor, { key: 'Enter' })).toBeUndefined();
    expect(keyIntent(xAdapter, editor, { key: 'Enter', shiftKey: true })).toBeUndefined();
    expect(keyIntent(xAdapter, editor, { key: 'a', ctrlKey: true })).toBeUndefined();
  });

  it('submitForKey: Ctrl+Enter outside a composer publishes nothing', () => {
    loadPage('x/home');
    expect(
      keyIntent(xAdapter, one('[data-testid="SearchBox_Search_Input"]'), { key: 'Enter', ctrlKey: true }),
    ).toBeUndefined();
    expect(keyIntent(xAdapter, one(HOME_EDITOR), { key: 'Enter', ctrlKey: true })?.composers).toEqual([
      one(HOME_EDITOR),
    ]);
  });

  describe('X Articles (x.com/compose/articles/edit/<id>): long posts, checked like posts', () => {
    const TITLE = 'textarea[name="Article Title"]';
    const BODY = '[data-testid="composer"]';
    function openArticle(): void {
      loadPage('x/article');
      window.history.replaceState(null, '', '/compose/articles/edit/1800000000000000001');
    }

    it('the title and the body are composers, as the account in the side navigation; not private', () => {
      openArticle();
      expect(xAdapter.findComposers(document)).toEqual([one(TITLE), one(BODY)]);
      expect(xAdapter.identify(one(BODY)).label).toBe('@staffmember');
      expect(xAdapter.isPrivateMessage?.(one(BODY))).toBe(false);
      expect(xAdapter.frameOf(one(BODY))).toBe(one('[data-testid="composerRichTextInputContainer"]'));
      window.history.replaceState(null, '', '/');
    });

    it('Publish publishes the title and the body, once; only on the Articles path', () => {
      openArticle();
      const publish = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Publish')!;
      const intent = xAdapter.submitForClick(publish.firstElementChild!);
      expect(intent?.composers).toEqual([one(TITLE), one(BODY)]);
      expect(eventsOn(publish, ['click'], () => intent!.publish())).toEqual(['click']);
      // Enter in the body is a new paragraph, and a Publish elsewhere on x.com is not an article's.
      expect(keyIntent(xAdapter, one(BODY), { key: 'Enter' })).toBeUndefined();
      window.history.replaceState(null, '', '/home');
      expect(xAdapter.submitForClick(publish)).toBeUndefined();
      window.history.replaceState(null, '', '/');
    });
  });

  describe('X Chat (x.com/i/chat/<id>): private messages', () => {
    /** X Chat's box and send button, as 2026 public code names them (docs/research/composer-dom.md). */
    function chat(box = '<textarea data-testid="dm-composer-textarea"></textarea>'): void {
      document.body.innerHTML = `<main><input type="search" aria-label="Search Direct Messages">
        <div class="conversation"><div class="composer">${box}
        <button type="button" data-testid="dm-composer-send-button">Send</button></div></div></main>`;
    }

    it('the message box is a composer, and private; the message search field is not a composer', () => {
      chat();
      const box = one('[data-testid="dm-composer-textarea"]');
      expect(xAdapter.findComposers(document)).toEqual([box]);
      expect(xAdapter.isPrivateMessage?.(box)).toBe(true);
      expect(xAdapter.isPrivateMessage?.(document.createElement('div'))).toBe(false);
    });

    it('the send button and a plain Enter send the message; Shift+Enter does not', () => {
      chat();
      const box = one('[data-testid="dm-composer-textarea"]');
      const send = one('[data-testid="dm-composer-send-button"]');
      const intent = xAdapter.submitForClick(send);
      expect(intent?.composers).toEqual([box]);
      expect(eventsOn(send, ['click'], () => intent!.publish())).toEqual(['click']);
      expect(keyIntent(xAdapter, box, { key: 'Enter' })?.composers).toEqual([box]);
      expect(keyIntent(xAdapter, box, { key: 'Enter', shiftKey: true })).toBeUndefined();
      expect(
        keyIntent(xAdapter, one('[aria-label="Search Direct Messages"]'), { key: 'Enter' }),
      ).toBeUndefined();
    });

    it('the saved X Chat page: the box is the one composer, private, to the name its header shows', () => {
      loadPage('x/chat');
      const box = one('textarea[data-testid="dm-composer-textarea"]');
      expect(xAdapter.findComposers(document)).toEqual([box]);
      expect(xAdapter.isPrivateMessage?.(box)).toBe(true);
      // The header's first line is the person's name; their @handle below it is not read. happy-dom lays nothing
      // out, so its innerText runs the lines together: give the header the lines Chromium shows (the e2e test reads
      // the real one).
      const header = one('[data-testid="dm-conversation-header"]');
      expect(header.textContent).toBe('Dawn Achterberg@dawn_achterberg');
      Object.defineProperty(header, 'innerText', { value: 'Dawn Achterberg\n@dawn_achterberg' });
      expect(xAdapter.conversationName?.(box)).toBe('Dawn Achterberg');
      expect(xAdapter.identify(box).label).toBe('@staffmember');
      const send = one('[data-testid="dm-composer-send-button"]');
      expect(xAdapter.submitForClick(send)?.composers).toEqual([box]);
      expect(keyIntent(xAdapter, box, { key: 'Enter' })?.composers).toEqual([box]);
      // The inbox's search field and the conversations' rows are not composers and send nothing.
      const search = one('[data-testid="dm-search-input"]');
      expect(keyIntent(xAdapter, search, { key: 'Enter' })).toBeUndefined();
      expect(xAdapter.submitForClick(one('[data-testid$=":1500000000000000778"]'))).toBeUndefined();
    });

    it('no header, no name: a post composer has no conversation', () => {
      chat();
      expect(xAdapter.conversationName?.(one('[data-testid="dm-composer-textarea"]'))).toBeUndefined();
      loadPage('x/home');
      expect(xAdapter.conversationName?.(one(HOME_EDITOR))).toBeUndefined();
    });

    it('the older DM box (dmComposerTextInput / dmComposerSendButton) too', () => {
      document.body.innerHTML = `<div><div data-testid="dmComposerTextInput" contenteditable="true"></div>
        <button data-testid="dmComposerSendButton">Send</button></div>`;
      const box = one('[data-testid="dmComposerTextInput"]');
      expect(xAdapter.findComposers(document)).toEqual([box]);
      expect(xAdapter.submitForClick(one('[data-testid="dmComposerSendButton"]'))?.composers).toEqual([box]);
    });
  });
});
