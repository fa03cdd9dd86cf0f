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
});
