// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openOptionsPage, readSettings } from '../../../src/platform/browser';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import { Popup, PopupApp } from '../../../src/ui/popup/Popup';
import { axeViolations, mount, texts, typeInto } from './helpers';

vi.mock('../../../src/platform/browser', () => ({
  readSettings: vi.fn(),
  openOptionsPage: vi.fn(async () => {}),
  extensionUrl: (path: string) => `chrome-extension://post-guard/${path}`,
  onSettingsChanged: vi.fn(() => () => {}),
}));
// The "This tab" section has its own tests (tab-status.test.tsx); here the popup sees an unrelated tab.
vi.mock('../../../src/platform/tab-status', () => ({
  askActiveTab: vi.fn(async () => ({ url: 'https://example.org/' })),
  setPause: vi.fn(async () => {}),
}));

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  ...structuredClone({ ...DEFAULT_SETTINGS }),
  ...overrides,
});

const mountPopup = (overrides: Partial<Settings> = {}) =>
  mount(<Popup settings={settings(overrides)} policy={WELBECK_POLICY} />);

const panel = (root: HTMLElement, summary: string) =>
  [...root.querySelectorAll('details')].find(
    (details) => details.querySelector('summary')?.textContent === summary,
  );

beforeEach(() => {
  vi.mocked(readSettings).mockResolvedValue(settings({ schoolName: 'Ashgrove Academy' }));
  vi.mocked(openOptionsPage).mockClear();
});

describe('Popup', () => {
  it('shows the Post Guard name and the school’s name from settings', async () => {
    const root = await mount(<PopupApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('h1')?.textContent).toBe('Post Guard');
    expect(root.querySelector('.pg-school')?.textContent).toBe('Ashgrove Academy');
  });

  it('falls back to the default settings when they cannot be read', async () => {
    vi.mocked(readSettings).mockRejectedValue(new Error('storage unavailable'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = await mount(<PopupApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('.pg-school')?.textContent).toBe('Welbeck Primary School');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('shows the SMART tips', async () => {
    const root = await mountPopup();
    const smart = panel(root, 'SMART tips for pupils');
    expect(smart).toBeDefined();
    expect(texts(smart!, '.pg-smart-letter').join('')).toBe('SMART');
    expect(texts(smart!, '.pg-smart strong')).toEqual(['Safe', 'Meeting', 'Accepting', 'Reliable', 'Tell']);
    expect(smart!.textContent).toContain('Do not meet somebody you have only met online.');
  });

  it('shows the Do’s, the Don’ts and the advice on personal use', async () => {
    const root = await mountPopup();
    expect(texts(panel(root, 'Do’s')!, 'li')).toEqual(WELBECK_POLICY.dos);
    expect(texts(panel(root, 'Don’ts')!, 'li')).toEqual(WELBECK_POLICY.donts);
    expect(texts(panel(root, 'Managing your personal use')!, 'li')).toEqual(WELBECK_POLICY.personalUse);
  });

  it('shows each key rule with the policy line it comes from', async () => {
    const root = await mountPopup();
    const rules = panel(root, 'Key rules for staff')!;
    expect(texts(rules, '.pg-rule-summary')).toEqual(WELBECK_POLICY.keyRules.map((rule) => rule.summary));
    expect(texts(rules, 'blockquote')).toEqual(WELBECK_POLICY.keyRules.map((rule) => rule.quote));
    expect(rules.textContent).toContain('Members of staff must not “friend” or otherwise contact pupils');
  });

  it('puts every section in a closed disclosure panel, so the popup opens short', async () => {
    const root = await mountPopup();
    const panels = [...root.querySelectorAll('details')];
    expect(panels.map((details) => details.querySelector('summary')?.textContent)).toEqual([
      'Key rules for staff',
      'Do’s',
      'Don’ts',
      'Managing your personal use',
      'SMART tips for pupils',
      'Who to contact',
    ]);
    expect(panels.filter((details) => details.open)).toHaveLength(0);
  });

  it('shows matching passages with the words highlighted, linked to the full policy', async () => {
    const root = await mountPopup();
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe(
      'What does the policy say about …?',
    );
    expect(root.querySelector('.pg-result')).toBeNull();

    await typeInto(input, 'photo');
    const results = [...root.querySelectorAll('.pg-result')];
    expect(results.length).toBeGreaterThan(0);
    const permission = results.find((result) => result.textContent?.includes('Permission to use any photos'));
    expect(permission?.querySelector('.pg-result-heading')?.textContent).toBe('Use of images');
    expect(permission?.querySelector('a')?.getAttribute('href')).toBe(
      'chrome-extension://post-guard/policy-page/index.html#use-of-images',
    );
    expect(texts(permission!, 'mark')).toContain('photos');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/passage/);
  });

  it('shows at most six passages, and says how many there are', async () => {
    const root = await mountPopup();
    await typeInto(root.querySelector<HTMLInputElement>('input[type="search"]')!, 'social media');
    expect(root.querySelectorAll('.pg-result')).toHaveLength(6);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^The 6 closest of \d+ passages:$/);
  });

  it('says when nothing matches', async () => {
    const root = await mountPopup();
    await typeInto(root.querySelector<HTMLInputElement>('input[type="search"]')!, 'xylophone');
    expect(root.querySelector('.pg-result')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toContain(
      'Nothing in the policy matches “xylophone”',
    );
  });

  it('lists the contacts from settings, one line a person', async () => {
    const root = await mountPopup();
    const contacts = panel(root, 'Who to contact')!;
    expect(texts(contacts, '.pg-contact-name')).toEqual([
      'Headteacher',
      'Ruth McConnochie',
      'Carl Ollerenshaw',
      'Nathanael Crowley',
    ]);
    const ruth = [...contacts.querySelectorAll('.pg-contact')].find((li) => li.textContent?.includes('Ruth'));
    expect(ruth?.querySelector('.pg-contact-role')?.textContent).toBe(
      'Designated Safeguarding Lead (DSL), E-safety team',
    );
    const carl = [...contacts.querySelectorAll('.pg-contact')].find((li) => li.textContent?.includes('Carl'));
    expect(carl?.querySelector('.pg-contact-role')?.textContent).toBe('E-safety team, Network manager');
    expect(contacts.textContent).toContain('Ask your school office how to reach the headteacher.');
    expect(contacts.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(contacts.textContent).toContain('For email addresses, ask your school office.');
  });

  it('shows a contact’s email and the headteacher when the school gives them', async () => {
    const root = await mountPopup({
      contacts: [
        { role: 'headteacher', name: 'Sam Patel', email: 'head@example.org' },
        { role: 'e-safety', name: 'Jo Reed' },
      ],
    });
    const contacts = panel(root, 'Who to contact')!;
    expect(texts(contacts, '.pg-contact-name')).toEqual(['Sam Patel', 'Jo Reed']);
    expect(contacts.querySelector('a[href="mailto:head@example.org"]')?.textContent).toBe('head@example.org');
    expect(contacts.textContent).not.toContain('how to reach the headteacher');
    expect(contacts.textContent).toContain('For email addresses, ask your school office.');
  });

  it('links to the full policy and opens the options page through the platform layer', async () => {
    const root = await mountPopup();
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Read the full policy');
    expect(link?.getAttribute('href')).toBe('chrome-extension://post-guard/policy-page/index.html');
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Post Guard settings')!;
    button.click();
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('has no accessibility violations axe can find without layout', async () => {
    const root = await mountPopup();
    await typeInto(root.querySelector<HTMLInputElement>('input[type="search"]')!, 'photos');
    for (const details of root.querySelectorAll('details')) details.open = true;
    expect(await axeViolations(root)).toEqual([]);
  });
});
