// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  onSettingsChanged,
  readSettingsState,
  saveSettings,
  type SettingsState,
} from '../../../src/platform/browser';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';
import { resolveSettings } from '../../../src/settings/resolve';
import type { Settings } from '../../../src/settings/settings';
import { OptionsApp } from '../../../src/ui/options/OptionsPage';
import { downloadFile } from '../../../src/ui/options/files';
import { axeViolations, mount, texts, typeInto } from './helpers';

vi.mock('../../../src/platform/browser', () => ({
  readSettings: vi.fn(),
  readSettingsState: vi.fn(),
  onSettingsChanged: vi.fn(() => () => {}),
  saveSettings: vi.fn(async () => {}),
  openOptionsPage: vi.fn(async () => {}),
  extensionUrl: (path: string) => `chrome-extension://post-guard/${path}`,
}));

vi.mock('../../../src/ui/options/files', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/ui/options/files')>()),
  downloadFile: vi.fn(),
}));

const csv = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.resolve('test/fixtures/csv', name)));

const local: Partial<Settings> = {
  schoolName: 'Ashgrove Academy',
  schoolAliases: ['Ashgrove'],
  disclaimerPhrases: ['views are my own', 'tweets are mine'],
  contacts: [{ role: 'dsl', name: 'Priya Shah', email: 'dsl@example.org' }],
  pupils: [
    { firstName: 'Amelia', lastName: 'Hart' },
    { firstName: 'Noah', lastName: 'Patel', noPublish: true },
  ],
};

const state = (managed: unknown = {}, stored: unknown = local): SettingsState =>
  resolveSettings(stored, managed);

beforeEach(() => {
  vi.mocked(readSettingsState).mockResolvedValue(state());
  vi.mocked(saveSettings).mockClear();
  vi.mocked(downloadFile).mockClear();
  vi.mocked(onSettingsChanged).mockClear();
});

/** Chooses a file in a file input, as a person would with the file picker. */
async function choose(input: Element | null, name: string, bytes: Uint8Array | string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error(`no file input for ${name}`);
  const file = new File([bytes as BlobPart], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // Reading the file's bytes is asynchronous.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

const fileInput = (root: HTMLElement, label: RegExp): HTMLInputElement | null => {
  const labelElement = [...root.querySelectorAll('label')].find((el) => label.test(el.textContent ?? ''));
  return labelElement ? root.querySelector<HTMLInputElement>(`#${CSS.escape(labelElement.htmlFor)}`) : null;
};

const button = (root: HTMLElement, name: RegExp): HTMLButtonElement => {
  const found = [...root.querySelectorAll('button')].find((el) => name.test(el.textContent?.trim() ?? ''));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

const click = async (element: HTMLElement) => {
  await act(async () => {
    element.click();
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

const saved = (): Settings => vi.mocked(saveSettings).mock.calls.at(-1)![0];

describe('OptionsApp before the settings are read', () => {
  it('is never blank: it says the settings are loading, then shows them', async () => {
    let arrive: (state: SettingsState) => void = () => {};
    vi.mocked(readSettingsState).mockReturnValue(new Promise((resolve) => (arrive = resolve)));
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading your school’s settings…');
    await act(async () => {
      arrive(resolveSettings(local, {}));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(root.querySelector('.pg-loading')).toBeNull();
    expect(root.textContent).toContain('Ashgrove Academy');
  });
});

describe('OptionsPage: the school and what Post Guard does', () => {
  it('shows the school name, explains what Post Guard does and that nothing leaves the device', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('.pg-school')?.textContent).toBe('Ashgrove Academy');
    expect(root.querySelector<HTMLInputElement>('#school-heading ~ fieldset input')?.value).toBe(
      'Ashgrove Academy',
    );
    expect(root.textContent).toContain('Post Guard helps staff at Ashgrove Academy');
    expect(root.textContent).toContain('Nothing leaves this device.');
    expect(
      root.querySelector('a[href="chrome-extension://post-guard/policy-page/index.html"]'),
    ).not.toBeNull();
    expect(texts(root, '#disclaimer-heading ~ fieldset .pg-chip span')).toEqual([
      '“views are my own”',
      '“tweets are mine”',
    ]);
  });

  it('saves an edited school name to this device, and only when Save is pressed', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    const input = root.querySelector<HTMLInputElement>('#school-heading ~ fieldset input')!;
    await typeInto(input, '  Ashgrove   Academy Trust ');
    expect(saveSettings).not.toHaveBeenCalled();
    expect(root.querySelector('.pg-save-message')?.textContent).toBe('You have unsaved changes.');
    await click(button(root, /^Save$/));
    expect(saved().schoolName).toBe('Ashgrove Academy Trust');
    expect(saved().pupils).toHaveLength(2);
    expect(root.querySelector('.pg-save-message')?.textContent).toContain('Saved.');
  });

  it('refuses to save settings that fail the checks, and says why', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await click(button(root, /^Add a lesson$/));
    const end = root.querySelector<HTMLInputElement>('input[aria-label="End of lesson 1"]')!;
    await typeInto(end, '08:00');
    expect(root.textContent).toContain('Ends before it starts');
    await click(button(root, /^Save$/));
    expect(saveSettings).not.toHaveBeenCalled();
    const alert = root.querySelector('.pg-save-bar [role=alert]');
    expect(alert?.textContent).toContain('Not saved');
    expect(alert?.textContent).toContain('Lesson times — lessonTimes[0]: must end after it starts');
  });
});

describe('OptionsPage: terms and days without lessons', () => {
  it('adds a term and an INSET day, switches the reminder off, and saves them', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await click(button(root, /^Add a term$/));
    await typeInto(root.querySelector<HTMLInputElement>('input[aria-label="Name of term 1"]')!, 'Autumn 2');
    await typeInto(
      root.querySelector<HTMLInputElement>('input[aria-label="First day of Autumn 2"]')!,
      '2026-11-02',
    );
    await typeInto(
      root.querySelector<HTMLInputElement>('input[aria-label="Last day of Autumn 2"]')!,
      '2026-12-18',
    );
    await click(button(root, /^Add a day$/));
    await typeInto(root.querySelector<HTMLInputElement>('input[aria-label="Date of day 1"]')!, '2026-11-30');
    const reminder = [
      ...root.querySelectorAll<HTMLInputElement>('#calendar-heading ~ fieldset input[type=checkbox]'),
    ];
    expect(reminder).toHaveLength(1);
    expect(reminder[0]!.checked).toBe(true);
    await click(reminder[0]!);
    await click(button(root, /^Save$/));
    expect(saved().termDates).toEqual([{ name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' }]);
    expect(saved().closedDays).toEqual([{ date: '2026-11-30', reason: 'INSET day' }]);
    expect(saved().lessonReminder).toBe(false);
  });

  it('says so when a term ends before it starts', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await click(button(root, /^Add a term$/));
    await typeInto(
      root.querySelector<HTMLInputElement>('input[aria-label="First day of term 1"]')!,
      '2027-04-20',
    );
    await typeInto(
      root.querySelector<HTMLInputElement>('input[aria-label="Last day of term 1"]')!,
      '2027-04-01',
    );
    expect(root.querySelector('#calendar-heading ~ fieldset .pg-field-error')?.textContent).toBe(
      'Ends before it starts',
    );
  });
});

describe('OptionsPage: importing pupils from a CSV file', () => {
  it('shows a preview with counts and line-numbered problems before anything changes', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(fileInput(root, /Choose pupil list/), 'messy.csv', csv('messy.csv'));
    const preview = root.querySelector('[aria-label="Preview of the pupil list"]');
    expect(preview).not.toBeNull();
    expect(texts(preview!, '.pg-counts dt')).toEqual([
      'Lines read',
      'Pupils found',
      'Lines skipped',
      'Duplicates',
      'Never publish',
    ]);
    expect(texts(preview!, '.pg-counts dd')).toEqual(['7', '4', '2', '1', '0']);
    expect(texts(preview!, '.pg-problems li')).toEqual([
      'Line 8 Amelia Hart is already on line 4; kept once.',
      'Line 11 “Poppy” has no surname. Skipped.',
      expect.stringMatching(/^Line 12 has 5 fields/),
    ]);
    // Nothing has changed yet: the list still holds the two pupils, and nothing was saved.
    expect(root.querySelectorAll('.pg-roster tbody tr')).toHaveLength(2);
    expect(saveSettings).not.toHaveBeenCalled();
  });

  it('imports the pupils when asked, keeps never-publish ticks, and saves them with Save', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(fileInput(root, /Choose pupil list/), 'semicolon.csv', csv('semicolon.csv'));
    await click(button(root, /^Import 3 pupils$/));
    expect(texts(root, '.pg-roster tbody td:first-child')).toEqual(['Amelia', 'Noah', 'Freya']);
    expect(root.querySelector('.pg-status')?.textContent).toContain('3 pupils imported from semicolon.csv');
    expect(saveSettings).not.toHaveBeenCalled();
    await click(button(root, /^Save$/));
    expect(saved().pupils).toEqual([
      { firstName: 'Amelia', lastName: 'Hart', className: 'Oak' },
      { firstName: 'Noah', lastName: 'Patel', noPublish: true, className: 'Oak' },
      { firstName: 'Freya', lastName: 'Walsh', className: 'Ash' },
    ]);
  });

  it('a malformed file changes nothing and says why', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(fileInput(root, /Choose pupil list/), 'unclosed-quote.csv', csv('unclosed-quote.csv'));
    const alert = root.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Nothing was imported from unclosed-quote.csv.');
    expect(alert?.textContent).toContain('Line 3: a quoted field is opened');
    expect(alert?.textContent).toContain('Your pupil list has not changed.');
    expect(root.querySelector('[aria-label="Preview of the pupil list"]')).toBeNull();
    expect(root.querySelectorAll('.pg-roster tbody tr')).toHaveLength(2);
    expect(button(root, /^Save$/).disabled).toBe(true);
  });

  it('refuses an Excel workbook with a clear message', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(
      fileInput(root, /Choose pupil list/),
      'pupils.xlsx',
      new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]),
    );
    expect(root.querySelector('[role=alert]')?.textContent).toContain('save it as “CSV UTF-8');
  });

  it('ticks never-publish pupils from a second CSV file', async () => {
    vi.mocked(readSettingsState).mockResolvedValue(state({}, { pupils: [] }));
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(fileInput(root, /Choose pupil list/), 'sims-export.csv', csv('sims-export.csv'));
    await click(button(root, /^Import 5 pupils$/));
    await choose(fileInput(root, /Choose never-publish list/), 'never-publish.csv', csv('never-publish.csv'));
    const preview = root.querySelector('[aria-label="Preview of the never-publish list"]')!;
    expect(texts(preview, '.pg-counts dd')).toEqual(['3', '3', '2', '0', '1']);
    expect(texts(preview, '.pg-name-list li')).toEqual(['Florence Achterberg', 'William Turner']);
    expect(preview.textContent).toContain('Line 4 Someone Nobody is not on the roster');
    await click(button(root, /^Mark 2 pupils never-publish$/));
    await click(button(root, /^Save$/));
    expect(
      saved()
        .pupils.filter((pupil) => pupil.noPublish)
        .map((pupil) => pupil.lastName),
    ).toEqual(['Achterberg', 'Turner']);
  });

  it('searches the roster and ticks never-publish in the list', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await typeInto(root.querySelector<HTMLInputElement>('input[type=search]')!, 'pat');
    expect(texts(root, '.pg-roster tbody td:first-child')).toEqual(['Noah']);
    expect(root.textContent).toContain('1 pupil match “pat”');
    await typeInto(root.querySelector<HTMLInputElement>('input[type=search]')!, '');
    const amelia = root.querySelector<HTMLInputElement>('input[aria-label="Never publish Amelia Hart"]')!;
    await click(amelia);
    await click(button(root, /^Save$/));
    expect(saved().pupils[0]).toEqual({ firstName: 'Amelia', lastName: 'Hart', noPublish: true });
  });
});

describe('OptionsPage: settings from the school (Chrome managed storage)', () => {
  it('shows the admin’s values, locked, and says so', async () => {
    vi.mocked(readSettingsState).mockResolvedValue(
      state({ schoolName: 'Ashgrove Multi-Academy Trust', criticalAction: 'block', pupils: [] }),
    );
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    expect(root.querySelector('.pg-school')?.textContent).toBe('Ashgrove Multi-Academy Trust');
    const name = root.querySelector<HTMLInputElement>('#school-heading ~ fieldset input')!;
    expect(name.value).toBe('Ashgrove Multi-Academy Trust');
    expect(name.disabled).toBe(true);
    const critical = root.querySelector('#critical-heading')!.closest('section')!;
    expect(critical.textContent).toContain('Set by your school.');
    expect(critical.querySelector('fieldset')!.disabled).toBe(true);
    expect(critical.querySelector<HTMLInputElement>('input[value=block]')!.checked).toBe(true);
    const pupils = root.querySelector('#pupils-heading')!.closest('section')!;
    expect(pupils.querySelector('fieldset')!.disabled).toBe(true);
    expect(root.querySelector('.pg-alert-info')?.textContent).toContain(
      'Your IT admin set “School name”, “Pupils” and “When a post has a critical problem” for all staff.',
    );
  });

  it('shows the admin’s values Post Guard ignored, and uses this device’s instead', async () => {
    vi.mocked(readSettingsState).mockResolvedValue(state({ criticalAction: 'warn', classNames: 'Oak' }));
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    const notice = root.querySelector('[aria-label="Settings from your school that were ignored"]');
    expect(texts(notice!, 'li')).toEqual([
      'When a post has a critical problem — criticalAction: must be one of "confirm", "reason", "block"',
      'Class names — classNames: must be a list, not a string',
    ]);
    expect(root.querySelector<HTMLInputElement>('input[value=reason]')!.checked).toBe(true);
    expect(
      root.querySelector('#critical-heading')!.closest('section')!.querySelector('fieldset')!.disabled,
    ).toBe(false);
  });

  it('applies changes live: a new policy or a save in another tab shows at once', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    const listener = vi.mocked(onSettingsChanged).mock.calls[0]![0];
    await act(async () => listener(state({ schoolName: 'Renamed by the admin' })));
    expect(root.querySelector('.pg-school')?.textContent).toBe('Renamed by the admin');
    expect(root.querySelector<HTMLInputElement>('#school-heading ~ fieldset input')!.disabled).toBe(true);
    await act(async () => listener(state({}, { ...local, classNames: ['Oak Class'] })));
    expect(root.querySelector<HTMLInputElement>('#school-heading ~ fieldset input')!.disabled).toBe(false);
    expect(texts(root, '#school-heading ~ fieldset .pg-chip span')).toContain('Oak Class');
  });
});

describe('OptionsPage: export and import as JSON', () => {
  it('exports all settings without the pupils unless asked, plain or for the Admin console', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await click(button(root, /^Export settings$/));
    const [name, text] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(name).toBe('post-guard-settings.json');
    const exported = JSON.parse(text) as Record<string, unknown>;
    expect(exported.schoolName).toBe('Ashgrove Academy');
    expect(exported).not.toHaveProperty('pupils');

    await click(root.querySelector<HTMLInputElement>('.pg-field-check input')!);
    await click(button(root, /^Export for the Google Admin console$/));
    const [adminName, adminText] = vi.mocked(downloadFile).mock.calls[1]!;
    expect(adminName).toBe('post-guard-admin-policy.json');
    const admin = JSON.parse(adminText) as Record<string, { Value: unknown }>;
    expect(admin.schoolName).toEqual({ Value: 'Ashgrove Academy' });
    expect(admin.pupils?.Value).toHaveLength(2);
  });

  it('imports settings from JSON (the Admin console’s shape too), pupils only when asked', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    const file = JSON.stringify({
      schoolName: { Value: 'Birchwood Primary' },
      criticalAction: { Value: 'confirm' },
      pupils: { Value: [{ firstName: 'Zara', lastName: 'Khan' }] },
      lessonTimes: { Value: 'mornings' },
    });
    await choose(fileInput(root, /Import settings/), 'settings.json', file);
    const preview = root.querySelector('[aria-label="Preview of the settings file"]')!;
    expect(preview.textContent).toContain(
      'Importing changes: School name, When a post has a critical problem.',
    );
    expect(preview.textContent).toContain('Lesson times — lessonTimes: must be a list, not a string');
    await click(button(root, /^Use these settings$/));
    await click(button(root, /^Save$/));
    expect(saved().schoolName).toBe('Birchwood Primary');
    expect(saved().criticalAction).toBe('confirm');
    expect(saved().pupils).toHaveLength(2);
  });

  it('a file that is not JSON changes nothing', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(fileInput(root, /Import settings/), 'settings.json', '{"schoolName": ');
    expect(root.querySelector('[role=alert]')?.textContent).toContain('not valid JSON');
    expect(button(root, /^Save$/).disabled).toBe(true);
  });
});

describe('OptionsPage: accessibility', () => {
  it('has no violations axe can find without layout, with a preview open and a setting locked', async () => {
    vi.mocked(readSettingsState).mockResolvedValue(state({ criticalAction: 'block', classNames: 7 }));
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(fileInput(root, /Choose pupil list/), 'messy.csv', csv('messy.csv'));
    expect(await axeViolations(root)).toEqual([]);
  }, 30_000);
});
