// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readSettingsState, saveSettings } from '../../../src/platform/browser';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';
import { resolveSettings } from '../../../src/settings/resolve';
import { readRosterCsv } from '../../../src/settings/roster-csv';
import type { Settings } from '../../../src/settings/settings';
import { OptionsApp } from '../../../src/ui/options/OptionsPage';
import { mount, texts } from './helpers';

// The never-publish import of a photo-consent report, and the classes a pupil list offers.
vi.mock('../../../src/platform/browser', () => ({
  readSettings: vi.fn(),
  readSettingsState: vi.fn(),
  onSettingsChanged: vi.fn(() => () => {}),
  saveSettings: vi.fn(async () => {}),
  openOptionsPage: vi.fn(async () => {}),
  extensionUrl: (p: string) => `chrome-extension://post-guard/${p}`,
}));

const csvText = (name: string): string => readFileSync(path.resolve('test/fixtures/csv', name), 'utf8');

/** The consent report's pupils, without any never-publish mark: the roster before the import. */
function rosterOf(name: string): Settings['pupils'] {
  const result = readRosterCsv(csvText(name));
  if (!result.ok) throw new Error(result.error);
  return result.pupils.map(({ noPublish: _, ...pupil }) => pupil);
}

beforeEach(() => {
  vi.mocked(readSettingsState).mockResolvedValue(
    resolveSettings({ pupils: rosterOf('sims-photo-consent.csv'), classNames: ['4A'] }, {}),
  );
  vi.mocked(saveSettings).mockClear();
});

async function choose(root: HTMLElement, label: RegExp, name: string): Promise<void> {
  const labelElement = [...root.querySelectorAll('label')].find((el) => label.test(el.textContent ?? ''))!;
  const input = root.querySelector<HTMLInputElement>(`#${CSS.escape(labelElement.htmlFor)}`)!;
  Object.defineProperty(input, 'files', { value: [new File([csvText(name)], name)], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

const button = (root: ParentNode, name: RegExp): HTMLButtonElement =>
  [...root.querySelectorAll('button')].find((el) => name.test(el.textContent?.trim() ?? ''))!;

async function act$(run: () => void): Promise<void> {
  await act(async () => run());
}

const saved = (): Settings => vi.mocked(saveSettings).mock.calls.at(-1)![0];

describe('the never-publish import of a photo-consent report', () => {
  it('suggests the consent column and its no-consent answers, previews the names, and marks only those', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(root, /Choose never-publish list/, 'sims-photo-consent.csv');
    const preview = root.querySelector<HTMLElement>('[aria-label="Preview of the never-publish list"]')!;
    expect(preview.querySelector('select')!.selectedOptions[0]!.textContent).toBe(
      'Pupils by their “Photo Consent” column (photo consent)',
    );
    const ticked = [...preview.querySelectorAll<HTMLInputElement>('fieldset input')]
      .filter((input) => input.checked)
      .map((input) => input.parentElement!.textContent);
    expect(ticked).toEqual([
      '“Not Given” (2 lines)no consent',
      '“Withdrawn” (1 line)no consent',
      '“Refused” (1 line)no consent',
    ]);
    // Unknown answers are shown, not guessed.
    expect(preview.querySelector('[role=note]')?.textContent).toContain('blank (1 line), “Pending” (1 line)');
    expect(texts(preview, '.pg-name-list li')).toEqual([
      'William Turner',
      'Oluwaseun Adeyemi-Clarke',
      'Maryam Hussain',
      'Grace Okonjo',
    ]);
    await act$(() => button(preview, /^Mark 4 pupils never-publish$/).click());
    await act$(() => button(root, /^Save$/).click());
    expect(
      saved()
        .pupils.filter((pupil) => pupil.noPublish)
        .map((pupil) => pupil.lastName),
    ).toEqual(['Turner', 'Adeyemi-Clarke', 'Hussain', 'Okonjo']);
  });

  it('a person can add an unknown answer, and the preview follows', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(root, /Choose never-publish list/, 'sims-photo-consent.csv');
    const preview = root.querySelector<HTMLElement>('[aria-label="Preview of the never-publish list"]')!;
    const pending = [...preview.querySelectorAll<HTMLInputElement>('fieldset input')].find((input) =>
      input.parentElement!.textContent!.startsWith('“Pending”'),
    )!;
    await act$(() => pending.click());
    expect(texts(preview, '.pg-name-list li')).toContain('Arlo Lindqvist');
    expect(button(preview, /^Mark \d+ pupils never-publish$/).textContent).toBe(
      'Mark 5 pupils never-publish',
    );
  });

  it('never marks the whole roster without an explicit confirmation', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(root, /Choose never-publish list/, 'sims-photo-consent.csv');
    const preview = root.querySelector<HTMLElement>('[aria-label="Preview of the never-publish list"]')!;
    const select = preview.querySelector('select')!;
    await act$(() => {
      select.value = 'every-line';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(preview.textContent).toContain('This marks every pupil on the list never-publish.');
    const mark = button(preview, /^Mark 12 pupils never-publish$/);
    expect(mark.disabled).toBe(true);
    const confirm = [...preview.querySelectorAll('label')].find((l) =>
      /Yes, all 12 pupils/.test(l.textContent!),
    )!;
    await act$(() => root.querySelector<HTMLInputElement>(`#${CSS.escape(confirm.htmlFor)}`)!.click());
    expect(mark.disabled).toBe(false);
    await act$(() => mark.click());
    await act$(() => button(root, /^Save$/).click());
    expect(saved().pupils.every((pupil) => pupil.noPublish)).toBe(true);
  });
});

describe('classes from the pupil list', () => {
  it('shows each pupil’s class and offers the missing classes to the class names in one click', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    expect(texts(root, '.pg-roster tbody tr:first-child td').slice(0, 4)).toEqual([
      'Florence',
      '',
      'Achterberg',
      '4A',
    ]);
    const offer = root.querySelector<HTMLElement>('[aria-label="Classes from the pupil list"]')!;
    expect(offer.textContent).toContain(
      'names 3 classes that are not in the school’s class names: 3A, 5B, 6C.',
    );
    await act$(() => button(offer, /^Add 3 classes to the class names$/).click());
    expect(root.querySelector('[aria-label="Classes from the pupil list"]')).toBeNull();
    expect(texts(root, '#school-heading ~ fieldset .pg-chip span')).toEqual(['4A', '3A', '5B', '6C']);
    await act$(() => button(root, /^Save$/).click());
    expect(saved().classNames).toEqual(['4A', '3A', '5B', '6C']);
  });
});
