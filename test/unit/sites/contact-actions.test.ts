// @vitest-environment happy-dom
/** Which clicks reach a person, and the name read for them, on Facebook's and X's markup (shapes as modelled). */
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../src/sites/facebook/adapter';
import { xAdapter } from '../../../src/sites/x/adapter';

const page = (html: string, path = '/'): void => {
  window.history.replaceState(null, '', path);
  document.body.innerHTML = html;
};
const at = (selector: string): Element => document.querySelector(selector)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('X', () => {
  const profile = `
    <div data-testid="primaryColumn">
      <div data-testid="placementTracking">
        <button data-testid="sendDMFromProfile" aria-label="Message"><svg></svg></button>
        <button data-testid="1600-follow"><span id="label">Follow</span></button>
      </div>
      <div data-testid="UserName"><div><span>Dawn Achterberg</span></div><div><span>@dawn</span></div></div>
    </div>
    <aside><div data-testid="UserCell"><div><span>Sam Rivera</span></div><div>@sam</div>
      <button data-testid="1700-follow">Follow</button><button data-testid="1800-unfollow">Following</button></div></aside>`;

  it('Follow and Message on a profile name the profile; a user cell’s Follow names its person', () => {
    page(profile, '/dawn');
    expect(xAdapter.contactActionForClick!(at('#label'))).toEqual({
      kind: 'follow',
      name: 'Dawn Achterberg',
    });
    expect(xAdapter.contactActionForClick!(at('[data-testid=sendDMFromProfile] svg'))).toEqual({
      kind: 'message',
      name: 'Dawn Achterberg',
    });
    expect(xAdapter.contactActionForClick!(at('[data-testid="1700-follow"]'))).toEqual({
      kind: 'follow',
      name: 'Sam Rivera',
    });
  });

  it('Unfollow and other buttons reach nobody', () => {
    page(profile, '/dawn');
    expect(xAdapter.contactActionForClick!(at('[data-testid="1800-unfollow"]'))).toBeUndefined();
    expect(xAdapter.mayBeContactAction!(at('[data-testid="1800-unfollow"]'))).toBe(false);
    expect(xAdapter.contactActionForClick!(at('[data-testid=UserName]'))).toBeUndefined();
  });

  it('lists follower requests only on /follower_requests', () => {
    page(profile, '/dawn');
    expect(xAdapter.contactRequests!()).toEqual([]);
    page(profile, '/follower_requests');
    expect(xAdapter.contactRequests!().map((request) => request.name)).toEqual(['Sam Rivera']);
  });
});

describe('Facebook', () => {
  const profile = `
    <div role="main">
      <div class="header"><div><h1>Chidi Okafor</h1></div>
        <div><div role="button" aria-label="Add friend"><span id="add">Add friend</span></div>
        <div role="button" aria-label="Message">Message</div></div></div>
      <div class="people-you-may-know"><div><div><a href="/grace.hart">Grace Hart</a></div>
        <div><div role="button" aria-label="Add friend" id="suggested">Add friend</div></div></div></div>
      <form role="presentation"><div role="button" aria-label="Follow" id="in-form">Follow</div></form>
    </div>`;

  it('a profile’s own buttons name the profile’s h1; a suggested person’s card names its link', () => {
    page(profile, '/chidi.okafor');
    expect(facebookAdapter.contactActionForClick!(at('#add'))).toEqual({
      kind: 'add-friend',
      name: 'Chidi Okafor',
    });
    expect(facebookAdapter.contactActionForClick!(at('[aria-label=Message]'))).toEqual({
      kind: 'message',
      name: 'Chidi Okafor',
    });
    expect(facebookAdapter.contactActionForClick!(at('#suggested'))).toEqual({
      kind: 'add-friend',
      name: 'Grace Hart',
    });
  });

  it('a button inside a comment form is not a contact', () => {
    page(profile, '/chidi.okafor');
    expect(facebookAdapter.contactActionForClick!(at('#in-form'))).toBeUndefined();
  });

  it('friend requests: each Confirm’s card, by its link, only on /friends and /friends/requests', () => {
    const requests = `
      <div role="main"><h1>Friends</h1>
        <div class="grid">
          <div class="card"><a href="/dawn"><span>Dawn Achterberg</span></a><div>2 mutual friends</div>
            <div><div role="button" aria-label="Confirm">Confirm</div><div role="button" aria-label="Delete">Delete</div></div></div>
        </div></div>`;
    page(requests, '/friends/requests');
    const found = facebookAdapter.contactRequests!();
    expect(found.map((request) => [request.name, request.element.className])).toEqual([
      ['Dawn Achterberg', 'card'],
    ]);
    page(requests, '/groups/1');
    expect(facebookAdapter.contactRequests!()).toEqual([]);
  });

  /**
   * A profile in Polish, its shape modelled on public code that drives Facebook (see FACEBOOK_CONTACT_LABELS'
   * sources): the cover photo's `data-imgperflogname` and the h1 name (tusarimrananik/social-hacker
   * src/app/api/facebook/lib/selectors.ts), labelled `div[role=button]`s with an icon and their text
   * (absunstar/social-browser request-friend.js), Follow as an item of the "See options" menu, which opens in a
   * layer of its own at the end of the body (facebook-follow-user.js), and a post's Follow with only its text
   * (ankith002/Hackathon putp/facebook-debug.md).
   */
  const polish = `
    <div role="main">
      <div><img data-imgperflogname="profileCoverPhoto" alt="Zdjęcie w tle"></div>
      <div><div><span><h1>Dawn Achterberg</h1></span><a href="/dawn.achterberg/friends">212 znajomych</a></div>
        <div>
          <div aria-label="Dodaj do znajomych" role="button" tabindex="0"><i data-visualcompletion="css-img"></i><span id="pl-add">Dodaj do znajomych</span></div>
          <div aria-label="Wyślij wiadomość" role="button" tabindex="0"><i data-visualcompletion="css-img"></i><span>Wiadomość</span></div>
          <div aria-label="Zobacz opcje" aria-haspopup="menu" role="button" tabindex="0"><i></i></div>
        </div></div>
      <div role="feed"><div role="article">
        <div><h3><span><a href="/sam.rivera" id="author">Sam Rivera</a></span></h3><span> · </span><div role="button" tabindex="0" id="post-follow">Obserwuj</div></div>
        <div>Jarmark w sobotę!</div></div></div>
    </div>
    <div><div role="menu"><div role="menuitem" tabindex="0" id="menu-follow"><i></i><span>Obserwuj</span></div>
      <div role="menuitem" tabindex="0" id="menu-block"><span>Zablokuj</span></div></div></div>`;

  it('in Polish: Add friend and Message by their labels, Follow in the profile’s menu and a post’s text-only Follow', () => {
    page(polish, '/dawn.achterberg');
    expect(facebookAdapter.contactActionForClick!(at('#pl-add'))).toEqual({
      kind: 'add-friend',
      name: 'Dawn Achterberg',
    });
    expect(facebookAdapter.contactActionForClick!(at('[aria-label="Wyślij wiadomość"] span'))).toEqual({
      kind: 'message',
      name: 'Dawn Achterberg',
    });
    expect(facebookAdapter.contactActionForClick!(at('#menu-follow span'))).toEqual({
      kind: 'follow',
      name: 'Dawn Achterberg',
    });
    expect(facebookAdapter.contactActionForClick!(at('#post-follow'))).toEqual({
      kind: 'follow',
      name: 'Sam Rivera',
    });
    expect(facebookAdapter.mayBeContactAction!(at('#menu-follow'))).toBe(true);
  });

  it('in Polish: other buttons and menu items reach nobody', () => {
    page(polish, '/dawn.achterberg');
    expect(facebookAdapter.contactActionForClick!(at('[aria-label="Zobacz opcje"]'))).toBeUndefined();
    expect(facebookAdapter.contactActionForClick!(at('#menu-block'))).toBeUndefined();
    expect(facebookAdapter.mayBeContactAction!(at('#author'))).toBe(false);
  });

  it('friend requests in Polish: each Potwierdź’s card', () => {
    page(
      `<div role="main"><h1>Zaproszenia do grona znajomych</h1>
        <div class="card"><a href="/dawn.achterberg"><span>Dawn Achterberg</span></a><div>3 wspólnych znajomych</div>
          <div><div role="button" aria-label="Potwierdź" tabindex="0">Potwierdź</div><div role="button" aria-label="Usuń" tabindex="0">Usuń</div></div></div></div>`,
      '/friends/requests',
    );
    expect(facebookAdapter.contactRequests!().map((request) => request.name)).toEqual(['Dawn Achterberg']);
  });
});
