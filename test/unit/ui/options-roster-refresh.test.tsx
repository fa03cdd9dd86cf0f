// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSettingsState, saveSettings } from '../../../src/platform/browser';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';
import { resolveSettings } from '../../../src/settings/resolve';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import { OptionsApp } from '../../../src/ui/options/OptionsPage';
import { Popup } from '../../../src/ui/popup/Popup';
import { mount } from './helpers';

// The roster stays current (issue 17, item 6): its import date, the request for a fresh export, and a new
// import's preview of who leaves and who joins.
vi.mock('../../../src/platform/browser', () => ({
  readSettings: vi.fn(),
  readSettingsState: vi.fn(),
  onSettingsChanged: vi.fn(() => () => {}),
  saveSettings: vi.fn(async () => {}),
  openOptionsPage: vi.fn(async () => {}),
  extensionUrl: (p: string) => `chrome-extension://post-guard/${p}`,
}));
vi.mock('../../../src/platform/tab-status', () => ({
  askActiveTab: vi.fn(async () => ({ url: 'https://example.org/' })),
  setPause: vi.fn(async () => {}),
}));

const LAST_YEAR: Settings['pupils'] = [
  { firstName: 'Amelia', lastName: 'Hart' },
  { firstName: 'Ruby', lastName: 'Patel', noPublish: true },
  { firstName: 'Jack', lastName: 'Thompson' },
];
/** This September's export: Amelia has left, Noah has joined; it says nothing of never-publish. */
const NEW_EXPORT = 'Legal Forename,Legal Surname\nRuby,Patel\nJack,Thompson\nNoah,Osei\n';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 9, 5, 12)); // 5 October 2026
  vi.mocked(readSettingsState).mockResolvedValue(
    resolveSettings({ pupils: LAST_YEAR, rosterImportedOn: '2026-06-10' }, {}),
  );
  vi.mocked(saveSettings).mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

async function chooseRoster(root: HTMLElement): Promise<void> {
  const label = [...root.querySelectorAll('label')].find((el) => /Choose pupil list/.test(el.textContent!))!;
  const input = root.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)!;
  Object.defineProperty(input, 'files', { value: [new File([NEW_EXPORT], 'sept.csv')], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

const button = (root: ParentNode, name: RegExp): HTMLButtonElement =>
  [...root.querySelectorAll('button')].find((el) => name.test(el.textContent?.trim() ?? ''))!;
const saved = (): Settings => vi.mocked(saveSettings).mock.calls.at(-1)![0];

describe('the options page', () => {
  it('shows when the list was imported and asks for a fresh export after 1 September', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    const note = root.querySelector('#pupils-heading ~ * .pg-roster-stale, .pg-roster-stale')!;
    expect(note.textContent).toContain('imported on 10 June 2026, before this school year began');
  });

  it('previews who leaves and who joins; leavers stay unless confirmed, never-publish ticks are kept', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await chooseRoster(root);
    const preview = root.querySelector<HTMLElement>('[aria-label="Preview of the pupil list"]')!;
    expect(preview.textContent).toContain('Joining (1): Noah Osei.');
    expect(preview.textContent).toContain('Leaving (1): Amelia Hart.');
    await act(async () => button(preview, /^Import 3 pupils$/).click());
    await act(async () => button(root, /^Save$/).click());
    expect(saved().pupils.map((pupil) => pupil.firstName)).toEqual(['Ruby', 'Jack', 'Noah', 'Amelia']);
    expect(saved().pupils.find((pupil) => pupil.firstName === 'Ruby')!.noPublish).toBe(true);
    expect(saved().rosterImportedOn).toBe('2026-10-05');
  });

  it('removes the leavers once the member of staff confirms they have left', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await chooseRoster(root);
    const preview = root.querySelector<HTMLElement>('[aria-label="Preview of the pupil list"]')!;
    const confirm = [...preview.querySelectorAll('label')].find((el) =>
      /they have left the school/.test(el.textContent!),
    )!;
    await act(async () => confirm.querySelector('input')!.click());
    await act(async () => button(preview, /^Import 3 pupils$/).click());
    await act(async () => button(root, /^Save$/).click());
    expect(saved().pupils.map((pupil) => pupil.firstName)).toEqual(['Ruby', 'Jack', 'Noah']);
    expect(saved().pupils[0]!.noPublish).toBe(true);
    expect(root.querySelector('.pg-roster-stale')).toBeNull();
    expect(root.querySelector('.pg-roster-age')!.textContent).toContain('imported on 5 October 2026');
  });
});

describe('the popup', () => {
  const popup = (rosterImportedOn: string, today: Date) =>
    mount(
      <Popup
        settings={{ ...DEFAULT_SETTINGS, pupils: LAST_YEAR, rosterImportedOn }}
        policy={WELBECK_POLICY}
        today={today}
      />,
    );

  it('asks quietly for a fresh export once the list is out of date', async () => {
    const root = await popup('2026-06-10', new Date(2026, 8, 1, 9));
    expect(root.querySelector('.pg-roster-notice')!.textContent).toContain(
      'imported on 10 June 2026, before this school year began',
    );
  });

  it('says when a current list was imported, without a notice', async () => {
    const root = await popup('2026-09-03', new Date(2026, 9, 5, 9));
    expect(root.querySelector('.pg-roster-notice')).toBeNull();
    expect(root.querySelector('.pg-roster-date')!.textContent).toBe(
      'Pupil list imported on 3 September 2026.',
    );
  });
});
