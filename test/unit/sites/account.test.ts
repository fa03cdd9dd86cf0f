import { describe, expect, it } from 'vitest';
import { accountKind } from '../../../src/sites/account';
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
