// @vitest-environment happy-dom
/** The Facebook adapter and every Facebook selector against the saved fixture pages (test/fixtures/pages/facebook). */
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../src/sites/facebook/adapter';
import { FACEBOOK_SELECTORS } from '../../../src/sites/facebook/selectors';
import {
  FACEBOOK_CONTACT_LABELS,
  FACEBOOK_LABELS,
  FACEBOOK_MESSAGE_LABELS,
} from '../../../src/sites/facebook/labels';
import { composerContext } from '../../../src/sites/account';
import { analyse } from '../../../src/engine/analyse';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
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
  'commentMedia',
  'publishButton',
  'commentForm',
  'commentSubmitButton',
  'modalDialog',
  'businessComposer',
  'businessPage',
  'businessButton',
  'contactControl',
  'menu',
  'profileHeading',
  'profileName',
  'personLink',
  'conversation',
  'conversationHeading',
  'messageSendButton',
];

/**
 * Pages other than Business Suite and Messages: no combobox editor, no message send button; the feed's main and
 * its buttons are there, and its headings (a group's name).
 */
const NOT_BUSINESS = { businessComposer: 0, messageSendButton: 0, conversation: 1, conversationHeading: 0 };

/**
 * No open menu; `links` to people or posts, and a heading when the page has one (a group's name, in its main
 * column). Which buttons reach a person is told by their names (test/unit/sites/contact-actions.test.ts).
 */
const contact = (links: number, headings = 0) => ({
  menu: 0,
  personLink: links,
  profileHeading: headings,
  profileName: headings,
});

/** A page with the post dialog open: its h2 ("Create post", "Post settings") is a heading too. */
const withDialog = (publishButtons: number, media = 0, headings = 1) => ({
  lexicalEditor: 2,
  commentTextbox: 2,
  dialog: 1,
  attachedMedia: media,
  // The structural half of commentMedia (a blob: picture) also matches the dialog's photo: scoped to a form in use.
  commentMedia: media,
  publishButton: publishButtons,
  commentForm: 1,
  commentSubmitButton: 1,
  modalDialog: 1,
  ...NOT_BUSINESS,
  conversationHeading: headings,
});

/** Expected matches of each selector on each saved page. */
const EXPECTED: Record<string, Record<string, number>> = {
  // The feed: one post with its comment box.
  'facebook/feed': {
    lexicalEditor: 1,
    commentTextbox: 1,
    dialog: 0,
    attachedMedia: 0,
    commentMedia: 0,
    publishButton: 0,
    commentForm: 1,
    commentSubmitButton: 1,
    modalDialog: 0,
    ...NOT_BUSINESS,
    ...contact(2),
  },
  // A comment with its own photo: found by structure in its form (attachedMedia's structural half too).
  'facebook/comment-with-photo': {
    lexicalEditor: 1,
    commentTextbox: 1,
    dialog: 0,
    attachedMedia: 1,
    commentMedia: 1,
    publishButton: 0,
    commentForm: 1,
    commentSubmitButton: 1,
    modalDialog: 0,
    ...NOT_BUSINESS,
    ...contact(2),
  },
  // Create post open over the feed: its editor and the feed's comment box.
  'facebook/create-post': { ...withDialog(1), ...contact(2) },
  'facebook/create-post-with-photo': { ...withDialog(1, 1), ...contact(2) },
  // Post settings: the compose step (hidden, with Next) stays mounted beside the settings step (Post).
  'facebook/two-step-settings': { ...withDialog(2, 0, 2), ...contact(2) },
  'facebook/acting-as-page': { ...withDialog(1), ...contact(2) },
  // A group (/groups/<id>): the same Create post dialog ("Write something…") over the group's feed.
  'facebook/group-post': { ...withDialog(1, 0, 2), ...contact(3, 1) },
  // The interface in Polish: "Opublikuj" and "Załączone multimedia" found from the language table.
  'facebook/polish-create-post-with-photo': { ...withDialog(1, 1), ...contact(2) },
  // A post opened in a modal: its comment box and the open reply box ("Reply to Jordan Lee"), each in its form.
  'facebook/reply-in-post-modal': {
    lexicalEditor: 2,
    commentTextbox: 2,
    dialog: 1,
    attachedMedia: 0,
    commentMedia: 0,
    publishButton: 0,
    commentForm: 2,
    commentSubmitButton: 2,
    modalDialog: 1,
    ...NOT_BUSINESS,
    ...contact(2),
  },
  // Facebook Messages (/messages/t/<id>): the conversation pane (role=main) with the person's name in its heading,
  // the message box (Lexical, labelled "Message", in no comment form) and its send button.
  'facebook/messages': {
    lexicalEditor: 1,
    commentTextbox: 1,
    dialog: 0,
    attachedMedia: 0,
    publishButton: 0,
    commentForm: 0,
    commentSubmitButton: 0,
    modalDialog: 0,
    businessComposer: 0,
    conversation: 1,
    conversationHeading: 2,
    messageSendButton: 1,
    commentMedia: 0,
    // The inbox's h1 ("Chats") is outside the conversation pane: no profile heading.
    ...contact(4),
    profileName: 1,
  },
  // Meta Business Suite's composer page, with a photo: one combobox editor, no dialog, no comment box.
  'facebook/business-composer': {
    lexicalEditor: 0,
    commentTextbox: 0,
    dialog: 0,
    attachedMedia: 1,
    commentMedia: 1,
    publishButton: 0,
    commentForm: 0,
    commentSubmitButton: 0,
    modalDialog: 0,
    businessComposer: 1,
    businessPage: 1,
    businessButton: 4,
    conversation: 1,
    conversationHeading: 1,
    messageSendButton: 0,
    ...contact(0, 1),
  },
};

describe('Facebook selectors on the saved pages', () => {
  it('covers every saved Facebook page', () => {
    expect(savedPages('facebook').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('lists every selector of the site', () => {
    const selectors = Object.entries(FACEBOOK_SELECTORS)
      .filter(([key, value]) => typeof value === 'string' && !/Prefix|Cookie$|Param$/.test(key))
      .map(([key]) => key);
    expect(selectors.sort()).toEqual([...SELECTORS].sort());
  });

  it.each(Object.keys(EXPECTED))('%s: each selector matches as expected', (name) => {
    loadPage(name);
    const counts = selectorCounts(FACEBOOK_SELECTORS, SELECTORS);
    // The feed's main region and its many buttons are not Business Suite's: counted only on its page.
    if (name !== 'facebook/business-composer') {
      delete counts.businessPage;
      delete counts.businessButton;
    }
    // Every button and menu item: which of them reach a person is told by its name, not counted here.
    delete counts.contactControl;
    expect(counts).toEqual(EXPECTED[name]);
  });

  it('every language names its sources, and the unverified ones say so', () => {
    expect(Object.keys(FACEBOOK_LABELS).sort()).toEqual(
      ['cy', 'de', 'en', 'es', 'fr', 'it', 'pl', 'pt', 'ro', 'ur'].sort(),
    );
    for (const [language, labels] of Object.entries(FACEBOOK_LABELS)) {
      expect(labels.source.length, language).toBeGreaterThan(20);
      expect(labels.post.length, language).toBeGreaterThan(0);
      if (labels.unverified) expect(labels.source, language).toMatch(/^Our translation/);
    }
  });

  it('every language has names for the contact controls, with their sources', () => {
    expect(Object.keys(FACEBOOK_CONTACT_LABELS).sort()).toEqual(Object.keys(FACEBOOK_LABELS).sort());
    for (const [language, labels] of Object.entries(FACEBOOK_CONTACT_LABELS)) {
      expect(labels.source.length, language).toBeGreaterThan(20);
      for (const control of [labels.addFriend, labels.follow, labels.message, labels.confirm]) {
        expect(control.length, language).toBeGreaterThan(0);
      }
      if (labels.unverified) expect(labels.source, language).toMatch(/^Our translation/);
    }
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
    ['facebook/polish-create-post-with-photo', 2],
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

  it('identify: the person’s own id from c_user; the post editor’s prompt gives their first name', () => {
    loadPage('facebook/create-post');
    expect(facebookAdapter.identify(one(POST_EDITOR))).toEqual({ names: ['Sam', USER_ID], label: 'Sam' });
    expect(facebookAdapter.identify(one(COMMENT_EDITOR))).toEqual({ names: [USER_ID] });
  });

  it('identify: acting as a Page, the Page’s id from i_user, and its name from "Comment as …" and the prompt', () => {
    loadPage('facebook/acting-as-page');
    expect(one(POST_EDITOR).getAttribute('aria-label')).toBe(`What's on your mind, ${PAGE.name}?`);
    for (const editor of [COMMENT_EDITOR, POST_EDITOR]) {
      expect(facebookAdapter.identify(one(editor))).toEqual({
        names: [PAGE.name, PAGE.id],
        label: PAGE.name,
      });
    }
  });

  it('identify: the Polish prompt "O czym myślisz, …?" gives the name too', () => {
    loadPage('facebook/polish-create-post-with-photo');
    expect(facebookAdapter.identify(one(POST_EDITOR))).toEqual({ names: ['Sam', USER_ID], label: 'Sam' });
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

  it('a comment’s photo is its own: found for its box, never for the post dialog’s', () => {
    loadPage('facebook/comment-with-photo');
    const comment = one(COMMENT_EDITOR);
    const photo = one('form[role="presentation"] img[src^="blob:"]');
    expect(facebookAdapter.hasMedia(comment)).toBe(true);
    expect(facebookAdapter.attachedPictures(comment)).toEqual([photo]);
    photo.remove();
    expect(facebookAdapter.hasMedia(comment)).toBe(false);
    expect(facebookAdapter.attachedPictures(comment)).toEqual([]);
  });

  it('a post opened in a modal: a photo in one of its comment forms is not the post editor’s', () => {
    loadPage('facebook/comment-with-photo');
    const form = one('form[role="presentation"]');
    const photo = one('form[role="presentation"] img[src^="blob:"]');
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const postEditor = document.createElement('div');
    postEditor.setAttribute('contenteditable', 'true');
    postEditor.setAttribute('data-lexical-editor', 'true');
    postEditor.setAttribute('role', 'textbox');
    form.before(dialog);
    dialog.append(postEditor, form);
    expect(facebookAdapter.attachedPictures(postEditor)).toEqual([]);
    expect(facebookAdapter.attachedPictures(form.querySelector('[data-lexical-editor="true"]')!)).toEqual([
      photo,
    ]);
  });

  it('Business Suite: the page’s photo is its composer’s', () => {
    loadPage('facebook/business-composer');
    const editor = one('[contenteditable="true"][role="combobox"]');
    expect(facebookAdapter.attachedPictures(editor)).toEqual([one('.fb-attached img')]);
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

  it('submitForKey: Enter in a reply box inside a post’s modal publishes the reply', () => {
    loadPage('facebook/reply-in-post-modal');
    const reply = one('[role="dialog"] [aria-label="Reply to Jordan Lee"]');
    expect(reply.closest('[aria-modal="true"]')).not.toBeNull();
    expect(facebookAdapter.findComposers(document)).toContain(reply);
    const intent = keyIntent(facebookAdapter, reply, { key: 'Enter' });
    expect(intent?.composers).toEqual([reply]);
    expect(keyIntent(facebookAdapter, reply, { key: 'Enter', shiftKey: true })).toBeUndefined();
  });

  it('submitForClick: the reply’s send arrow (#focused-state-composer-submit) publishes the reply only', () => {
    loadPage('facebook/reply-in-post-modal');
    const reply = one('[role="dialog"] [aria-label="Reply to Jordan Lee"]');
    const send = one('#focused-state-composer-submit [role="button"]');
    expect(send.closest('form')).toBe(reply.closest('form'));
    const intent = facebookAdapter.submitForClick(send);
    expect(intent?.composers).toEqual([reply]);
    expect(eventsOn(send, ['click'], () => intent!.publish())).toEqual(['click']);
  });

  it('submitForClick: a send arrow without the focused id is still found in its comment form, by any language’s label', () => {
    loadPage('facebook/reply-in-post-modal');
    one('#focused-state-composer-submit').removeAttribute('id');
    const reply = one('[role="dialog"] [aria-label="Reply to Jordan Lee"]');
    const send = reply.closest('form')!.querySelector('[role="button"][aria-label="Reply"]')!;
    expect(facebookAdapter.submitForClick(send)?.composers).toEqual([reply]);
    send.setAttribute('aria-label', 'Odpowiedz');
    expect(facebookAdapter.submitForClick(send)?.composers).toEqual([reply]);
  });

  it('Polish interface: Opublikuj publishes the post editor, media found, Enter in the post is a new line', () => {
    loadPage('facebook/polish-create-post-with-photo');
    const button = one('[role="dialog"] [role="button"][aria-label="Opublikuj"]');
    const intent = facebookAdapter.submitForClick(button);
    expect(intent?.composers).toEqual([one(POST_EDITOR)]);
    expect(eventsOn(button, ['click'], () => intent!.publish())).toEqual(['click']);
    expect(facebookAdapter.hasMedia(one(POST_EDITOR))).toBe(true);
    expect(keyIntent(facebookAdapter, one(POST_EDITOR), { key: 'Enter' })).toBeUndefined();
    const comment = one(COMMENT_EDITOR);
    expect(comment.getAttribute('aria-label')).toBe('Napisz komentarz…');
    expect(keyIntent(facebookAdapter, comment, { key: 'Enter' })?.composers).toEqual([comment]);
  });

  it('identify: "Skomentuj jako …" names the Page in Polish', () => {
    loadPage('facebook/feed');
    const comment = one(COMMENT_EDITOR);
    comment.setAttribute('aria-label', 'Skomentuj jako Welbeck Primary School');
    expect(facebookAdapter.identify(comment).label).toBe(PAGE.name);
  });

  describe('Meta Business Suite composer (business.facebook.com/latest/composer)', () => {
    const BUSINESS_EDITOR = '[role="combobox"][contenteditable="true"]';
    const button = (words: string): HTMLElement =>
      [...document.querySelectorAll<HTMLElement>('[role="button"]')].find(
        (element) => element.textContent?.trim() === words,
      )!;

    it('finds the combobox editor, and nothing else, as the composer', () => {
      loadPage('facebook/business-composer');
      expect(facebookAdapter.findComposers(document)).toEqual([one(BUSINESS_EDITOR)]);
      expect(one(BUSINESS_EDITOR).getAttribute('aria-label')).toBe(
        'Write into the dialogue box to include text with your post.',
      );
    });

    it('identify: the Page from "Post to <Page>" and the address’s asset_id', () => {
      loadPage('facebook/business-composer');
      window.history.replaceState(null, '', '/latest/composer?asset_id=61550000000042');
      expect(facebookAdapter.identify(one(BUSINESS_EDITOR))).toEqual({
        names: [PAGE.name, PAGE.id],
        label: PAGE.name,
      });
      window.history.replaceState(null, '', '/');
    });

    it('hasMedia: the photo added on the page', () => {
      loadPage('facebook/business-composer');
      expect(facebookAdapter.hasMedia(one(BUSINESS_EDITOR))).toBe(true);
      one('.fb-attached').remove();
      expect(facebookAdapter.hasMedia(one(BUSINESS_EDITOR))).toBe(false);
    });

    it.each(['Publish', 'Schedule'])('submitForClick: %s publishes the editor, once', (words) => {
      loadPage('facebook/business-composer');
      const target = button(words);
      const intent = facebookAdapter.submitForClick(target.querySelector('span')!);
      expect(intent?.composers).toEqual([one(BUSINESS_EDITOR)]);
      expect(eventsOn(target, ['click'], () => intent!.publish())).toEqual(['click']);
    });

    it('submitForClick: the picker, Add photo and the search field publish nothing; Enter is a new line', () => {
      loadPage('facebook/business-composer');
      for (const selector of [
        '[aria-label^="Post to "]',
        '[aria-label="Add photo"]',
        '[aria-label="Search"]',
      ]) {
        expect(facebookAdapter.submitForClick(one(selector)), selector).toBeUndefined();
      }
      expect(keyIntent(facebookAdapter, one(BUSINESS_EDITOR), { key: 'Enter' })).toBeUndefined();
    });
  });

  describe('Facebook Messages (www.facebook.com/messages/t/<id>)', () => {
    const MESSAGE_BOX = 'div[role="textbox"][aria-label="Message"]';
    const SEND = '[role="button"][aria-label="Press enter to send"]';
    /** The saved conversation, at its own address (the adapter reads the path). */
    function openMessages(): void {
      loadPage('facebook/messages');
      window.history.replaceState(null, '', '/messages/t/100089000000777/');
    }
    const leave = (): void => window.history.replaceState(null, '', '/');

    it('the message box is the one composer: the message search and Facebook search fields are not', () => {
      openMessages();
      expect(facebookAdapter.findComposers(document)).toEqual([one(MESSAGE_BOX)]);
      expect(document.querySelectorAll('input[type="search"]')).toHaveLength(2);
      leave();
    });

    it('the box is private, and the conversation is named by its heading, else its label', () => {
      openMessages();
      const box = one(MESSAGE_BOX);
      expect(facebookAdapter.isPrivateMessage?.(box)).toBe(true);
      expect(facebookAdapter.conversationName?.(box)).toBe('Dawn Achterberg');
      // No heading in the pane: "Conversation with <name>" (the pane's label) names the person.
      one('[role="main"] h2').remove();
      expect(facebookAdapter.conversationName?.(box)).toBe('Dawn Achterberg');
      leave();
      expect(facebookAdapter.isPrivateMessage?.(box)).toBe(false);
      expect(facebookAdapter.conversationName?.(box)).toBeUndefined();
    });

    it('Enter and the send button send the message, once; Shift+Enter, "Send a Like" and the search do not', () => {
      openMessages();
      const box = one(MESSAGE_BOX);
      const send = one(SEND);
      const intent = facebookAdapter.submitForClick(send);
      expect(intent?.composers).toEqual([box]);
      expect(eventsOn(send, ['click'], () => intent!.publish())).toEqual(['click']);
      expect(keyIntent(facebookAdapter, box, { key: 'Enter' })?.composers).toEqual([box]);
      expect(keyIntent(facebookAdapter, box, { key: 'Enter', shiftKey: true })).toBeUndefined();
      expect(facebookAdapter.submitForClick(one('[aria-label="Open more actions"]'))).toBeUndefined();
      expect(
        keyIntent(facebookAdapter, one('[aria-label="Search Messenger"]'), { key: 'Enter' }),
      ).toBeUndefined();
      // The same label elsewhere on Facebook is not a message's send button.
      leave();
      expect(facebookAdapter.submitForClick(send)).toBeUndefined();
    });

    it('the message is checked as private, to the shown name: a parent’s name is a reminder, a disclaimer is not asked', () => {
      openMessages();
      const settings = {
        ...DEFAULT_SETTINGS,
        schoolName: 'Welbeck Primary School',
        parents: [{ firstName: 'Dawn', lastName: 'Achterberg' }],
      };
      const { context } = composerContext(facebookAdapter, one(MESSAGE_BOX), []);
      expect(context).toMatchObject({ isPrivateMessage: true, conversationWith: 'Dawn Achterberg' });
      const findings = analyse('See you at Welbeck Primary School on Friday', context, settings);
      expect(findings.map((finding) => finding.rule)).toContain('message-partner');
      expect(findings.map((finding) => finding.rule)).not.toContain('disclaimer');
      leave();
    });

    it('the message labels name their source', () => {
      for (const labels of Object.values(FACEBOOK_MESSAGE_LABELS)) expect(labels.source).toMatch(/\w{10}/);
    });
  });

  it('isPrivateMessage: only on /messages, where Messenger now lives', () => {
    loadPage('facebook/feed');
    expect(facebookAdapter.isPrivateMessage?.(one(COMMENT_EDITOR))).toBe(false);
    window.history.replaceState(null, '', '/messages/t/100089000000002');
    expect(facebookAdapter.isPrivateMessage?.(one(COMMENT_EDITOR))).toBe(true);
    window.history.replaceState(null, '', '/messagesfromthehead');
    expect(facebookAdapter.isPrivateMessage?.(one(COMMENT_EDITOR))).toBe(false);
    window.history.replaceState(null, '', '/');
  });
});
