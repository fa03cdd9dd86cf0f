/**
 * Every selector Post Guard uses on x.com and twitter.com. Source: docs/research/composer-dom.md
 * (insin/control-panel-for-twitter, DimensionDev/Maskbook, imranbarbhuiya/post-analyzer), November 2026.
 * Covered by the saved fixture pages under test/fixtures/pages/x/.
 */
export const X_SELECTORS = {
  /** Desktop: the draft-js contenteditable itself carries the testid; thread posts are tweetTextarea_1, _2… */
  draftEditor: 'div[data-testid^="tweetTextarea_"][contenteditable="true"]',
  /**
   * Mobile layout: a real textarea inside the same testid. Not scoped to `main` (as composer-dom.md has it): the
   * compose dialog renders in #layers, outside `main`.
   */
  mobileTextarea: '[data-testid^="tweetTextarea_"] textarea, textarea[data-testid^="tweetTextarea_"]',
  /** The wrapper around one composer's editor: `tweetTextarea_0RichTextInputContainer`. */
  editorFrame: '[data-testid$="RichTextInputContainer"]',
  /** The toolbar under each composer: its nearest common ancestor with the editor is the composer. */
  toolBar: '[data-testid="toolBar"]',
  /**
   * Attached images or video, by structure: "Remove media" is translated (fr "Supprimer le média", de "Medien
   * entfernen"…) and a video has no img, so any img or video inside the attachments (docs/research/composer-dom.md,
   * December 2026 update).
   */
  attachedMedia: '[data-testid="attachments"] img, [data-testid="attachments"] video',
  /** The attached pictures themselves, whose blob: previews the photo check reads (composer-dom.md). */
  attachedPictures: '[data-testid="attachments"] img, [data-testid="attachments"] video',
  /** The logged-in account: the avatar in the side navigation (mobile: the top bar's profile button) carries the
   * handle in its testid. */
  accountAvatar:
    '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"], [data-testid="DashButton_ProfileIcon_Link"] [data-testid^="UserAvatar-Container-"]',
  accountAvatarPrefix: 'UserAvatar-Container-',
  /** Post / Reply buttons: tweetButtonInline (home, replies) and tweetButton (dialog); once div[role=button]. */
  postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  /**
   * X Chat's message box (x.com/i/chat/<id>, 2026) and the older DM box: private messages. Sources:
   * docs/research/composer-dom.md (December 2026 update; X's web bundles archived in DzikStar/X-SCRAPER).
   */
  messageBox: 'textarea[data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"]',
  /** Their send buttons. */
  messageSendButton: '[data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]',
  /**
   * The open conversation's header, above the message box: its first line is the name of the person the message
   * goes to (X Chat, 2026: `[data-testid="dm-conversation-header"]` in public DM tools' selector lists, unnamed; a
   * 2026 test page of another project puts the person's profile links in it).
   */
  conversationHeader: '[data-testid="dm-conversation-header"]',
  /**
   * X Articles (x.com/compose/articles/edit/<id>): long posts, checked like posts. The body is a Draft.js editor in
   * `composerRichTextInputContainer` (X's bundle names it testID "composer": DzikStar/X-SCRAPER, TwitterArticles
   * bundles, 2025-07; a 2026 publishing script hooks `[data-testid="composerRichTextInputContainer"]
   * .public-DraftEditor-content`, unnamed), under its title, `textarea[name="Article Title"]` (the same script).
   */
  articleEditor:
    '[data-testid="composerRichTextInputContainer"] [contenteditable="true"], textarea[name="Article Title"]',
  articlesPath: /^\/compose\/articles(\/|$)/,
  /**
   * The Articles editor's Publish, then the settings step's Publish (a full-screen step, not a dialog): neither has
   * a testid in public code, so they are found by their words, on the Articles path only (English only so far).
   */
  articleButton: 'button, [role="button"]',
  articlePublishWords: ['Publish'] as readonly string[],
  // --- Following and messaging someone (policy: staff must not friend or otherwise contact pupils or parents) ---
  /**
   * A Follow button: its testid is `<user id>-follow` (`-unfollow` once followed), on a profile and in every user
   * cell (insin/control-panel-for-twitter and kaonasi-biwa/Twitter-UI-Customizer style `[data-testid$="-follow"]`;
   * public follow scripts of 2025–2026 click `button[data-testid$="-follow"]`).
   */
  followButton: '[data-testid$="-follow"]',
  /** A profile's Message button (public DM scripts of 2025–2026: `button[data-testid="sendDMFromProfile"]`). */
  messageFromProfile: '[data-testid="sendDMFromProfile"]',
  /** The profile header's name block: the display name, then @handle (public profile-reading code, 2024–2026). */
  profileName: '[data-testid="UserName"]',
  /** One person in a list (Who to follow, followers, follower requests): name, @handle, bio, Follow button. */
  userCell: '[data-testid="UserCell"]',
  /**
   * Follower requests of a protected account (Twitter-UI-Customizer hides `a[href="/follower_requests"]`): a list
   * of user cells, each with Accept and Decline.
   */
  followerRequestsPath: /^\/follower_requests\/?$/,
  // --- end of following and messaging ---
  /** The profile link's href is /<handle>. */
  profileLink: 'a[data-testid="AppTabBar_Profile_Link"]',
} as const;
