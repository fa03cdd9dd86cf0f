// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { TabStatus } from '../../../src/ui/popup/TabStatus';
import { askActiveTab, setPause, type ActiveTab } from '../../../src/platform/tab-status';
import { axeViolations, mount } from './helpers';

vi.mock('../../../src/platform/tab-status', () => ({
  askActiveTab: vi.fn(),
  setPause: vi.fn(async () => {}),
}));

const tab = (value: ActiveTab) => vi.mocked(askActiveTab).mockResolvedValue(value);

beforeEach(() => {
  vi.mocked(askActiveTab).mockReset();
  vi.mocked(setPause).mockClear();
});

describe('TabStatus', () => {
  it('says when the page is not one Post Guard checks', async () => {
    tab({ url: 'https://www.bbc.co.uk/news' });
    const root = await mount(<TabStatus />);
    expect(root.textContent).toContain('Post Guard does not check this page');
    expect(root.querySelector('button')).toBeNull();
  });

  it('says when a covered site has no composer open yet, and offers the pause', async () => {
    tab({ url: 'https://x.com/home' });
    const root = await mount(<TabStatus />);
    expect(root.textContent).toContain('Post Guard is on for X');
    expect(root.textContent).toContain('No post or comment box is open');
    expect(root.querySelector('button')?.textContent).toBe('Pause checking on X for an hour');
  });

  it('lists the open draft’s findings (not the info notes) and the account it assumes', async () => {
    tab({
      url: 'https://www.facebook.com/',
      report: {
        platform: 'facebook',
        composers: [
          {
            state: 'checked',
            account: 'unknown',
            accountBasis: 'guessed',
            findings: [
              { category: 'pupil', severity: 'warning', match: 'Jack Thompson', message: 'A pupil’s name.' },
              { category: 'no-publish', severity: 'critical', match: 'Ruby', message: 'Never publish.' },
              { category: 'style', severity: 'info', match: '!!!', message: 'Calmer.' },
            ],
          },
        ],
      },
    });
    const root = await mount(<TabStatus />);
    expect(root.textContent).toContain('2 things to check in the open draft');
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Check: “Jack Thompson” — A pupil’s name.',
      'Must not post: “Ruby” — Never publish.',
    ]);
    expect(root.textContent).toContain(
      'The page does not show which account is posting: Post Guard guessed a personal account',
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it.each([
    [
      { account: 'official', accountBasis: 'read', accountName: '@welbeckprimary' },
      'Posting as the school’s official account (@welbeckprimary).',
    ],
    [
      { account: 'personal', accountBasis: 'read', accountName: 'Ms Rivera Science' },
      'Posting as a personal account (Ms Rivera Science).',
    ],
    [
      // Facebook knows the person's own profile by its id, which means nothing to them: no name to show.
      { account: 'personal', accountBasis: 'read' },
      'Posting as a personal account (the page does not show its name).',
    ],
    [
      { account: 'official', accountBasis: 'declared' },
      'Posting as the school’s official account: you said so for this tab.',
    ],
  ] as const)(
    'names the account it believes is posting, and how it knows (%o)',
    async (account, sentence) => {
      tab({
        url: 'https://www.youtube.com/watch?v=abc',
        report: { platform: 'youtube', composers: [{ state: 'watching', findings: [], ...account }] },
      });
      const root = await mount(<TabStatus />);
      expect(root.textContent).toContain(sentence);
      expect(root.textContent).not.toContain('guessed');
    },
  );

  it('shows a composer Post Guard cannot check, with the reason', async () => {
    tab({
      url: 'https://www.youtube.com/watch?v=abc',
      report: {
        platform: 'youtube',
        composers: [
          {
            state: 'off',
            reason: 'the page changed.',
            account: 'unknown',
            accountBasis: 'guessed',
            findings: [],
          },
        ],
      },
    });
    const root = await mount(<TabStatus />);
    expect(root.textContent).toContain('Not checking this box: the page changed.');
  });

  it('pauses the site for an hour, and resumes a paused site', async () => {
    tab({ url: 'https://x.com/home', report: { platform: 'x', composers: [] } });
    const root = await mount(<TabStatus />);
    const before = Date.now();
    await act(async () => root.querySelector('button')!.click());
    const [platform, until] = vi.mocked(setPause).mock.calls[0]!;
    expect(platform).toBe('x');
    expect(until! - before).toBeGreaterThanOrEqual(60 * 60 * 1000);
    expect(until! - before).toBeLessThan(60 * 60 * 1000 + 5000);

    tab({
      url: 'https://x.com/home',
      report: { platform: 'x', composers: [], pausedUntil: Date.now() + 1000 },
    });
    const paused = await mount(<TabStatus />);
    expect(paused.textContent).toContain('Checking on X is paused until');
    await act(async () => paused.querySelector('button')!.click());
    expect(vi.mocked(setPause).mock.calls[1]).toEqual(['x', undefined]);
  });
});

describe('TabStatus when the school locks checking on', () => {
  it('offers no pause switch', async () => {
    vi.mocked(askActiveTab).mockResolvedValue({
      url: 'https://x.com/home',
      report: { platform: 'x', composers: [] },
    });
    const root = await mount(<TabStatus allowPause={false} />);
    expect(root.querySelector('button')).toBeNull();
    expect(root.textContent).toContain('checking cannot be paused');
  });
});
