// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readSettingsState, saveSettings } from '../../../src/platform/browser';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';
import { resolveSettings, withDamagedEntries } from '../../../src/settings/resolve';
import { OptionsApp } from '../../../src/ui/options/OptionsPage';
import { PopupApp } from '../../../src/ui/popup/Popup';
import { axeViolations, mount, texts, typeInto } from './helpers';

// A settings store with a damaged never-publish pupil: the options page keeps it, shows it, and fixes it.
vi.mock('../../../src/platform/browser', () => ({
  readSettings: vi.fn(),
  readSettingsState: vi.fn(),
  onSettingsChanged: vi.fn(() => () => {}),
  saveSettings: vi.fn(async () => {}),
  openOptionsPage: vi.fn(async () => {}),
  extensionUrl: (path: string) => `chrome-extension://post-guard/${path}`,
}));

vi.mock('../../../src/platform/tab-status', () => ({
  askActiveTab: vi.fn(async () => ({})),
  setPause: vi.fn(async () => {}),
  onPauseChanged: vi.fn(() => () => {}),
}));

const florence = { firstName: 'Florence', lastName: 'Achterberg' };
const STORED = {
  schoolName: 'Ashgrove Academy',
  pupils: [
    { firstName: 'Amelia', lastName: 'Hart' },
    { ...florence, noPublish: 'true', house: 'Kestrel' },
  ],
  lessonTimes: [{ weekday: 'friday', start: '14:00', end: '13:00' }],
};

beforeEach(() => {
  const state = resolveSettings(STORED, {});
  vi.mocked(readSettingsState).mockResolvedValue(state);
  vi.mocked(saveSettings).mockClear();
});

const button = (root: HTMLElement, name: RegExp): HTMLButtonElement => {
  const found = [...root.querySelectorAll('button')].find((el) =>
    name.test(el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

const click = async (element: HTMLElement) => {
  await act(async () => {
    element.click();
  });
};

/** What the last save would store: the page's settings with the entries it kept written back. */
const lastStored = () => {
  const [settings, kept] = vi.mocked(saveSettings).mock.calls.at(-1)!;
  return withDamagedEntries(settings, kept ?? []);
};

describe('the options page and damaged entries', () => {
  it('shows each damaged entry with what is wrong, and the fields it left out', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    const card = root.querySelector('#repairs-heading')!.closest('section')!;
    expect(texts(card, '.pg-damaged-name strong')).toEqual(['Florence Achterberg', 'friday 14:00 13:00']);
    expect(texts(card, '.pg-damaged-problems li')).toEqual([
      'Never publish should be yes or no; it reads as the text “true”.',
      'It must end after it starts.',
    ]);
    expect(card.textContent).toContain(
      'Meanwhile Post Guard treats Florence Achterberg as never to be published.',
    );
    expect(texts(card, '.pg-error-list li')).toEqual([
      'Pupils — pupils[1].house: is not a field Post Guard knows; it was left out',
    ]);
    // The pupil list counts it, and points to it.
    expect(root.querySelector('#pupils-heading ~ .pg-intro')?.textContent).toContain(
      'One more pupil’s entry is damaged and kept aside',
    );
    expect(root.querySelector('a[href="#repairs-heading"]')).not.toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  }, 30_000);

  it('keeps the damaged entries, as stored, when another section is saved', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await typeInto(
      root.querySelector<HTMLInputElement>('#school-heading ~ fieldset input')!,
      'Ashgrove Primary',
    );
    await click(button(root, /^Save$/));
    expect(lastStored()).toMatchObject({
      schoolName: 'Ashgrove Primary',
      pupils: [
        { firstName: 'Amelia', lastName: 'Hart' },
        { ...florence, noPublish: 'true' },
      ],
      lessonTimes: [{ weekday: 'friday', start: '14:00', end: '13:00' }],
    });
    // Read back, the entry is still there and still never-publish.
    const again = resolveSettings(lastStored(), {});
    expect(again.settings.pupils).toContainEqual({ ...florence, noPublish: true });
    expect(again.localDamaged).toHaveLength(2);
  });

  it('fixes an entry in one click: it joins the list, mended, and is saved that way', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await click(button(root, /^Set Never publish to yes$/));
    expect(texts(root, '.pg-damaged-name strong')).toEqual(['friday 14:00 13:00']);
    const tick = root.querySelector<HTMLInputElement>(
      'input[aria-label="Never publish Florence Achterberg"]',
    );
    expect(tick?.checked).toBe(true);
    await click(button(root, /^Save$/));
    expect(lastStored().pupils).toEqual([
      { firstName: 'Amelia', lastName: 'Hart' },
      { ...florence, noPublish: true },
    ]);
  });

  it('removes an entry only when asked, and Discard brings it back', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await click(button(root, /^Remove friday 14:00 13:00$/));
    expect(texts(root, '.pg-damaged-name strong')).toEqual(['Florence Achterberg']);
    await click(button(root, /^Discard changes$/));
    expect(texts(root, '.pg-damaged-name strong')).toEqual(['Florence Achterberg', 'friday 14:00 13:00']);
    await click(button(root, /^Remove friday 14:00 13:00$/));
    await click(button(root, /^Save$/));
    expect(lastStored().lessonTimes).toEqual([]);
    expect(lastStored().pupils).toContainEqual({ ...florence, noPublish: 'true' });
  });

  it('offers both readings of a mark it cannot read, the safe one first', async () => {
    vi.mocked(readSettingsState).mockResolvedValue(
      resolveSettings({ pupils: [{ ...florence, noPublish: 'maybe' }] }, {}),
    );
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    expect(root.textContent).toContain(
      'To be safe, Post Guard treats Florence Achterberg as never to be published until you choose.',
    );
    expect(texts(root, '.pg-damaged .pg-button-row button')).toEqual([
      'Set Never publish to yes',
      'Set Never publish to no',
      'Remove',
    ]);
  });

  it('shows nothing to fix when the store is sound', async () => {
    vi.mocked(readSettingsState).mockResolvedValue(resolveSettings({ pupils: [florence] }, {}));
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('#repairs-heading')).toBeNull();
    expect(texts(root, '.pg-nav a')).not.toContain('Needs fixing');
  });
});

describe('the popup’s notice of a damaged store', () => {
  it('says the store is damaged and that checks go on with the rest', async () => {
    const state = resolveSettings(STORED, {});
    vi.mocked(readSettingsState).mockResolvedValue(state);
    const { readSettings } = await import('../../../src/platform/browser');
    vi.mocked(readSettings).mockResolvedValue(state.settings);
    const root = await mount(<PopupApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('.pg-store-notice')?.textContent).toContain(
      'Some of Post Guard’s settings on this computer are damaged. It carries on with everything it can read',
    );
    expect(root.querySelector('.pg-managed-notice')).toBeNull();
  });

  it('says so when the settings cannot be read at all', async () => {
    vi.mocked(readSettingsState).mockRejectedValue(new Error('storage is gone'));
    const { readSettings } = await import('../../../src/platform/browser');
    vi.mocked(readSettings).mockRejectedValue(new Error('storage is gone'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = await mount(<PopupApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('.pg-store-notice')?.textContent).toContain('could not read its settings');
  });
});

describe('importing a settings file with a damaged entry', () => {
  it('brings a never-publish mark written "yes" in as never-publish, and lists the problem', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    const label = [...root.querySelectorAll('label')].find((el) =>
      /Import settings/.test(el.textContent ?? ''),
    )!;
    const input = root.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)!;
    const json = JSON.stringify({ pupils: [{ firstName: 'Noah', lastName: 'Patel', noPublish: 'yes' }] });
    Object.defineProperty(input, 'files', { value: [new File([json], 'settings.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    const preview = root.querySelector<HTMLElement>('[aria-label="Preview of the settings file"]')!;
    expect(preview.textContent).toContain('pupils[0].noPublish: must be true or false, not a string');
    const replace = [...preview.querySelectorAll('label')].find((el) =>
      /Also replace the pupil list/.test(el.textContent!),
    )!;
    expect(replace.textContent).toContain('with the 1 pupil in the file');
    await click(root.querySelector<HTMLInputElement>(`#${CSS.escape(replace.htmlFor)}`)!);
    await click(button(preview, /^Use these settings$/));
    expect(
      root.querySelector<HTMLInputElement>('input[aria-label="Never publish Noah Patel"]')?.checked,
    ).toBe(true);
  });
});
