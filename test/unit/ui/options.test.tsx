// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readSettings } from '../../../src/platform/browser';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import { OptionsApp } from '../../../src/ui/options/OptionsPage';
import { axeViolations, mount, texts } from './helpers';

vi.mock('../../../src/platform/browser', () => ({
  readSettings: vi.fn(),
  openOptionsPage: vi.fn(async () => {}),
  extensionUrl: (path: string) => `chrome-extension://post-guard/${path}`,
}));

const stored: Settings = {
  ...structuredClone({ ...DEFAULT_SETTINGS }),
  schoolName: 'Ashgrove Academy',
  schoolAliases: ['Ashgrove'],
  disclaimerPhrases: ['views are my own', 'tweets are mine'],
  contacts: [{ role: 'dsl', name: 'Priya Shah', email: 'dsl@example.org' }],
};

beforeEach(() => {
  vi.mocked(readSettings).mockResolvedValue(stored);
});

describe('OptionsPage', () => {
  it('shows the school name from settings', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('.pg-school')?.textContent).toBe('Ashgrove Academy');
    expect(texts(root, '.pg-settings-list dd')).toEqual(['Ashgrove Academy', 'Ashgrove']);
  });

  it('explains what Post Guard does and that nothing leaves the device', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    expect(root.textContent).toContain('Post Guard helps staff at Ashgrove Academy');
    expect(root.textContent).toContain('Nothing leaves this device.');
    expect(
      root.querySelector('a[href="chrome-extension://post-guard/policy-page/index.html"]'),
    ).not.toBeNull();
  });

  it('lists the disclaimer phrases and the contacts', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    expect(texts(root, '.pg-phrases li')).toEqual(['“views are my own”', '“tweets are mine”']);
    expect(texts(root, '.pg-contact-name')).toEqual(['Headteacher', 'Priya Shah']);
    expect(root.querySelector('a[href="mailto:dsl@example.org"]')).not.toBeNull();
  });

  it('has no accessibility violations axe can find without layout', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    expect(await axeViolations(root)).toEqual([]);
  });
});
