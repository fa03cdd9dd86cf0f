import { describe, expect, it } from 'vitest';
import { accountKind, officialAccountNames } from '../../../src/sites/account';
import type { OfficialAccount } from '../../../src/settings/settings';

const OFFICIAL: OfficialAccount[] = [
  { platform: 'x', handle: '@WelbeckPrimary' },
  { platform: 'facebook', handle: '61550000000042' },
  { platform: 'youtube', handle: 'Welbeck Primary School' },
];

describe('accountKind', () => {
  it('no identity is unknown, whatever the school lists', () => {
    expect(accountKind('x', { names: [] }, OFFICIAL)).toBe('unknown');
    expect(accountKind('x', { names: ['', '  '] }, OFFICIAL)).toBe('unknown');
    expect(accountKind('youtube', { names: [] }, [])).toBe('unknown');
  });

  it('a handle the school lists is official, however it is written', () => {
    for (const name of ['WelbeckPrimary', '@WelbeckPrimary', 'welbeckprimary', ' @WELBECKPRIMARY ']) {
      expect(accountKind('x', { names: [name] }, OFFICIAL), name).toBe('official');
    }
    // Spaces in a name do not count: "Welbeck Primary School" and "WelbeckPrimarySchool" are one account.
    expect(accountKind('youtube', { names: ['welbeckprimaryschool'] }, OFFICIAL)).toBe('official');
  });

  it('any of the names the page shows may match (a Page’s name, then its id)', () => {
    expect(accountKind('facebook', { names: ['Welbeck Primary School', '61550000000042'] }, OFFICIAL)).toBe(
      'official',
    );
    expect(accountKind('facebook', { names: ['100089000000001'] }, OFFICIAL)).toBe('personal');
  });

  it('an account listed for another site does not count', () => {
    expect(accountKind('facebook', { names: ['WelbeckPrimary'] }, OFFICIAL)).toBe('personal');
    expect(accountKind('x', { names: ['61550000000042'] }, OFFICIAL)).toBe('personal');
  });

  it('a known identity with no official accounts configured is personal', () => {
    expect(accountKind('x', { names: ['staffmember'], label: '@staffmember' }, [])).toBe('personal');
  });

  it('a handle that only contains an official one is not it', () => {
    expect(accountKind('x', { names: ['WelbeckPrimaryPTA'] }, OFFICIAL)).toBe('personal');
  });
});

describe('the school’s Page recognised however the admin writes it', () => {
  const PAGE_SHOWS = { names: ['Welbeck Primary School', '61550000000042'], label: 'Welbeck Primary School' };
  const SAM = { names: ['100089000000001'] };

  it.each([
    'Welbeck Primary School',
    'welbeck primary school',
    '61550000000042',
    'https://www.facebook.com/profile.php?id=61550000000042',
    'facebook.com/profile.php?id=61550000000042&sk=about',
    'https://web.facebook.com/people/Welbeck-Primary-School/61550000000042/',
    'https://business.facebook.com/latest/composer?asset_id=61550000000042&nav_ref=x',
    'https://m.facebook.com/profile.php?id=61550000000042',
  ])('"%s" is the Page', (handle) => {
    expect(accountKind('facebook', PAGE_SHOWS, [{ platform: 'facebook', handle }])).toBe('official');
    expect(accountKind('facebook', SAM, [{ platform: 'facebook', handle }])).toBe('personal');
  });

  it('a vanity address matches the vanity name, periods and capitals aside', () => {
    const shows = { names: ['welbeckprimary'] };
    for (const handle of [
      'https://www.facebook.com/WelbeckPrimary/',
      'www.facebook.com/Welbeck.Primary?ref=bookmarks',
      'facebook.com/pg/welbeckprimary/posts/',
      '@WelbeckPrimary',
    ]) {
      expect(accountKind('facebook', shows, [{ platform: 'facebook', handle }]), handle).toBe('official');
    }
  });

  it('reads the account from X and YouTube addresses too', () => {
    expect(
      accountKind('x', { names: ['WelbeckPrimary'] }, [
        { platform: 'x', handle: 'https://x.com/WelbeckPrimary/status/1790000000000000099' },
      ]),
    ).toBe('official');
    expect(
      accountKind('x', { names: ['WelbeckPrimary'] }, [
        { platform: 'x', handle: 'twitter.com/welbeckprimary' },
      ]),
    ).toBe('official');
    expect(
      accountKind('youtube', { names: ['@WelbeckPrimary'] }, [
        { platform: 'youtube', handle: 'https://www.youtube.com/@WelbeckPrimary/videos' },
      ]),
    ).toBe('official');
    expect(
      accountKind('youtube', { names: ['UCabc123'] }, [
        { platform: 'youtube', handle: 'youtube.com/channel/UCabc123' },
      ]),
    ).toBe('official');
  });

  it('an address that names no account (a group, the home page) matches nothing', () => {
    for (const handle of ['https://www.facebook.com/groups/welbeckparents', 'https://www.facebook.com/']) {
      expect(officialAccountNames({ platform: 'facebook', handle }), handle).toEqual([]);
      expect(
        accountKind('facebook', { names: ['groups', 'welbeckparents'] }, [{ platform: 'facebook', handle }]),
      ).toBe('personal');
    }
  });
});

describe('composerContext', () => {
  it('says a private message is one, and says nothing for other composers', async () => {
    const { composerContext } = await import('../../../src/sites/account');
    const adapter = {
      platform: 'x' as const,
      findComposers: () => [],
      frameOf: (element: Element) => element,
      identify: () => ({ names: ['staffmember'] }),
      hasMedia: () => false,
      attachedPictures: () => [],
      submitForClick: () => undefined,
      submitForKey: () => undefined,
    };
    const composer = {} as Element;
    expect(composerContext(adapter, composer, []).context).toEqual({
      platform: 'x',
      account: 'personal',
      hasMedia: false,
    });
    const messages = { ...adapter, isPrivateMessage: () => true };
    expect(composerContext(messages, composer, []).context.isPrivateMessage).toBe(true);
  });

  it('an account the page does not show is guessed, unless the member of staff said it is the school’s, for this tab', async () => {
    const { composerContext, declarePostingAsSchool } = await import('../../../src/sites/account');
    const channel = { names: [] as string[], label: undefined as string | undefined };
    const youtube = {
      platform: 'youtube' as const,
      declarableAccount: 'the school’s channel',
      findComposers: () => [],
      frameOf: (element: Element) => element,
      identify: () => ({ ...channel }),
      hasMedia: () => false,
      attachedPictures: () => [],
      submitForClick: () => undefined,
      submitForKey: () => undefined,
    };
    const composer = {} as Element;
    const official = [{ platform: 'youtube' as const, handle: '@WelbeckPrimary' }];
    const seen = () => {
      const { context, basis } = composerContext(youtube, composer, official);
      return [context.account, basis];
    };
    try {
      expect(seen()).toEqual(['unknown', 'guessed']);
      declarePostingAsSchool('youtube', true);
      expect(seen()).toEqual(['official', 'declared']);
      // What the page shows wins: a channel it names is read, whatever was said.
      channel.names = ['@msriverascience'];
      expect(seen()).toEqual(['personal', 'read']);
      channel.names = ['@welbeckprimary'];
      expect(seen()).toEqual(['official', 'read']);
      // Said on YouTube only; a site without a declarable account is never declared.
      channel.names = [];
      const { declarableAccount: _, ...x } = { ...youtube, platform: 'x' as const };
      declarePostingAsSchool('x', true);
      expect(composerContext(x, composer, []).basis).toBe('guessed');
      declarePostingAsSchool('youtube', false);
      expect(seen()).toEqual(['unknown', 'guessed']);
    } finally {
      declarePostingAsSchool('youtube', false);
      declarePostingAsSchool('x', false);
    }
  });
});
