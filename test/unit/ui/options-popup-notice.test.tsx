// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openOptionsPage, readSettings, readSettingsState } from '../../../src/platform/browser';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';
import { resolveSettings } from '../../../src/settings/resolve';
import { PopupApp } from '../../../src/ui/popup/Popup';
import { mount } from './helpers';

// The popup's notice about settings from the school that Post Guard ignored (the options page lists them).
vi.mock('../../../src/platform/browser', () => ({
  readSettings: vi.fn(),
  readSettingsState: vi.fn(),
  onSettingsChanged: vi.fn(() => () => {}),
  openOptionsPage: vi.fn(async () => {}),
  extensionUrl: (path: string) => `chrome-extension://post-guard/${path}`,
}));

vi.mock('../../../src/platform/tab-status', () => ({
  askActiveTab: vi.fn(async () => ({})),
  setPause: vi.fn(async () => {}),
  onPauseChanged: vi.fn(() => () => {}),
}));

beforeEach(() => {
  vi.mocked(openOptionsPage).mockClear();
});

function given(managed: unknown) {
  const state = resolveSettings({}, managed);
  vi.mocked(readSettingsState).mockResolvedValue(state);
  vi.mocked(readSettings).mockResolvedValue(state.settings);
}

describe('the popup’s notice of ignored school settings', () => {
  it('says that settings from the school were ignored, and opens the options page to see which', async () => {
    given({ criticalAction: 'Block', schoolName: 'Oakfield' });
    const root = await mount(<PopupApp policy={WELBECK_POLICY} />);
    const notice = root.querySelector('.pg-managed-notice');
    expect(notice?.textContent).toContain('A setting from your school could not be used');
    expect(root.querySelector('.pg-school')?.textContent).toBe('Oakfield');
    notice?.querySelector('button')?.click();
    expect(openOptionsPage).toHaveBeenCalled();
  });

  it('shows nothing when the school’s settings are all valid', async () => {
    given({ criticalAction: 'block' });
    const root = await mount(<PopupApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('.pg-managed-notice')).toBeNull();
  });

  it('links to the school’s own copy of the policy and shows its note', async () => {
    given({ policy: { url: 'https://school.example/policy', note: 'Ask the DSL first.' } });
    const root = await mount(<PopupApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('a[href="https://school.example/policy"]')?.textContent).toBe(
      'The school’s own copy',
    );
    expect(root.textContent).toContain('Ask the DSL first.');
  });
});
