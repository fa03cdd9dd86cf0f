// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import { ReportPage } from '../../../src/ui/report/ReportPage';
import { FindingsPanel } from '../../../src/ui/composer/FindingsPanel';
import type { Finding } from '../../../src/engine/types';
import { axeViolations, mount, typeInto } from './helpers';

vi.mock('../../../src/platform/browser', () => ({
  readSettings: vi.fn(),
  extensionUrl: (path: string) => `chrome-extension://post-guard/${path}`,
  onSettingsChanged: vi.fn(() => () => {}),
}));

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  ...structuredClone({ ...DEFAULT_SETTINGS }),
  ...overrides,
});

const HEAD = { role: 'headteacher' as const, name: 'Ann Head', email: 'head@welbeck.sch.uk' };

const input = (root: HTMLElement, label: string) => {
  const found = [...root.querySelectorAll('label')].find((each) => each.textContent === label);
  return root.querySelector<HTMLInputElement>(`#${found!.getAttribute('for')}`)!;
};

describe('ReportPage', () => {
  it('opens filled in from the tab and the settings, with the school’s own questions after Post Guard’s', async () => {
    const root = await mount(
      <ReportPage
        settings={settings({
          staffName: 'Jo Teacher',
          contacts: [HEAD],
          reportFormFields: [{ form: 'both', label: 'Room number' }],
        })}
        params={{
          kind: 'friend-request',
          name: 'Sam Parent',
          site: 'Facebook',
          url: 'https://www.facebook.com/sam',
        }}
        now={Date.UTC(2026, 11, 7, 19, 55)}
        timeZone="Europe/London"
      />,
    );
    expect(root.querySelector('h1')?.textContent).toBe('Friend or contact request from a pupil or parent');
    expect(input(root, 'Your name').value).toBe('Jo Teacher');
    expect(input(root, 'Name of the person').value).toBe('Sam Parent');
    expect(input(root, 'Site').value).toBe('Facebook');
    expect(input(root, 'Date').value).toMatch(/7 December 2026/);
    expect(input(root, 'Room number')).toBeTruthy();
    expect(root.textContent).toContain('should be reported to the headteacher');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('emails the headteacher the form as written, answers included', async () => {
    const root = await mount(
      <ReportPage
        settings={settings({ contacts: [HEAD] })}
        params={{ kind: 'website-content', url: 'https://x.com/a' }}
      />,
    );
    await typeInto(input(root, 'Action taken'), 'Closed the page.');
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Email to the headteacher')!;
    const href = link.getAttribute('href')!;
    expect(href.startsWith('mailto:head@welbeck.sch.uk?subject=')).toBe(true);
    const body = new URLSearchParams(href.slice(href.indexOf('?'))).get('body')!;
    expect(body).toContain('Web address: https://x.com/a');
    expect(body).toContain('Action taken: Closed the page.');
  });

  it('says plainly when there is no headteacher’s address, and offers no email link', async () => {
    const root = await mount(<ReportPage settings={settings()} params={{ kind: 'website-content' }} />);
    expect(root.textContent).toContain('Post Guard does not have the headteacher’s email address');
    expect([...root.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('mailto:'))).toBe(
      false,
    );
  });
});

describe('FindingsPanel: Report a mistake', () => {
  const finding: Finding = {
    category: 'pupil',
    rule: 'roster-pupil',
    severity: 'warning',
    start: 10,
    end: 23,
    match: 'Jack Thompson',
    message: 'This looks like a pupil’s name.',
    policy: 'identify-pupil-class-school',
  };

  it('asks whether to include the post’s text, and reports the finding with that choice', async () => {
    const onReportMistake = vi.fn();
    const root = await mount(
      <FindingsPanel
        id="p"
        findings={[finding]}
        account="personal"
        onFix={vi.fn()}
        onDismiss={vi.fn()}
        onClose={vi.fn()}
        onOpenPolicy={vi.fn()}
        onReportMistake={onReportMistake}
      />,
    );
    const button = (name: string) =>
      [...root.querySelectorAll('button')].find((each) => each.textContent === name)!;
    await act(async () => button('Report a mistake').click());
    const box = root.querySelector<HTMLInputElement>('.mistake input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    await act(async () => button('Write the email').click());
    expect(onReportMistake).toHaveBeenLastCalledWith(finding, false);
    await act(async () => box.click());
    await act(async () => button('Write the email').click());
    expect(onReportMistake).toHaveBeenLastCalledWith(finding, true);
    expect(await axeViolations(root)).toEqual([]);
  });
});
