// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onSettingsChanged, readSettingsState, sendExtensionMessage } from '../../../src/platform/browser';
import { resolveSettings } from '../../../src/settings/resolve';
import { SettingsNotice } from '../../../src/ui/composer/SettingsNotice';
import { mount } from './helpers';

// The small notice beside the composer's badge when settings could not be used.
vi.mock('../../../src/platform/browser', () => ({
  readSettingsState: vi.fn(),
  onSettingsChanged: vi.fn(() => () => {}),
  sendExtensionMessage: vi.fn(async () => undefined),
}));

beforeEach(() => {
  vi.mocked(sendExtensionMessage).mockClear();
  vi.mocked(onSettingsChanged).mockClear();
});

describe('SettingsNotice beside the composer', () => {
  it('draws nothing when the settings are sound', async () => {
    vi.mocked(readSettingsState).mockResolvedValue(resolveSettings({ pupils: [] }, {}));
    const root = await mount(<SettingsNotice />);
    expect(root.querySelector('.settings-notice')).toBeNull();
  });

  it('says a damaged store is being worked around, and opens the options page', async () => {
    vi.mocked(readSettingsState).mockResolvedValue(
      resolveSettings({ pupils: [{ firstName: 'Florence', lastName: 'Achterberg', noPublish: 'true' }] }, {}),
    );
    const root = await mount(<SettingsNotice />);
    const notice = root.querySelector<HTMLButtonElement>('.settings-notice')!;
    expect(notice.getAttribute('aria-label')).toContain('Post Guard’s settings need attention.');
    expect(notice.title).toContain('carries on with everything it can read');
    await act(async () => notice.click());
    expect(sendExtensionMessage).toHaveBeenCalledWith({ type: 'open-options' });
  });

  it('says so for an invalid school setting, and follows changes', async () => {
    vi.mocked(readSettingsState).mockResolvedValue(resolveSettings({}, { criticalAction: 'warn' }));
    const root = await mount(<SettingsNotice />);
    expect(root.querySelector('.settings-notice')?.getAttribute('title')).toContain(
      'A setting from your school could not be used',
    );
    const listener = vi.mocked(onSettingsChanged).mock.calls[0]![0];
    await act(async () => listener(resolveSettings({}, {})));
    expect(root.querySelector('.settings-notice')).toBeNull();
  });
});
