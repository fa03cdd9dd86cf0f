// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readSettingsState, saveSettings } from '../../../src/platform/browser';
import { WELBECK_POLICY } from '../../../src/policy/welbeck-policy';
import { resolveSettings } from '../../../src/settings/resolve';
import type { Settings } from '../../../src/settings/settings';
import { OptionsApp } from '../../../src/ui/options/OptionsPage';
import { axeViolations, mount, texts, typeInto } from './helpers';

// The parents and carers: a contacts export previewed and imported, edited by hand, saved.
vi.mock('../../../src/platform/browser', () => ({
  readSettings: vi.fn(),
  readSettingsState: vi.fn(),
  onSettingsChanged: vi.fn(() => () => {}),
  saveSettings: vi.fn(async () => {}),
  openOptionsPage: vi.fn(async () => {}),
  extensionUrl: (p: string) => `chrome-extension://post-guard/${p}`,
}));

const csvText = (name: string): string => readFileSync(path.resolve('test/fixtures/csv', name), 'utf8');

beforeEach(() => {
  vi.mocked(readSettingsState).mockResolvedValue(
    resolveSettings({ parents: [{ firstName: 'Grace', lastName: 'Hart', relationship: 'Carer' }] }, {}),
  );
  vi.mocked(saveSettings).mockClear();
});

async function choose(root: HTMLElement, name: string): Promise<void> {
  const label = [...root.querySelectorAll('label')].find((el) =>
    /Choose contacts list/.test(el.textContent ?? ''),
  )!;
  const input = root.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)!;
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
const section = (root: HTMLElement): HTMLElement =>
  root.querySelector<HTMLElement>('[aria-labelledby="parents-heading"]')!;
const saved = (): Settings => vi.mocked(saveSettings).mock.calls.at(-1)![0];

describe('the parents and carers section', () => {
  it('previews a contacts export with its problem lines, then imports it in place of the list', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(root, 'sims-contacts.csv');
    const preview = root.querySelector<HTMLElement>('[aria-label="Preview of the contacts list"]')!;
    expect(texts(preview, '.pg-counts dd')).toEqual(['7', '4', '1', '2']);
    expect(texts(preview, '.pg-problems li')).toEqual([
      expect.stringMatching(/^Line 6 Turner \(William Turner\) has no forename/),
      'Line 9 names no contact. Nothing read from it.',
    ]);
    expect(saveSettings).not.toHaveBeenCalled();
    await act(async () => button(preview, /^Import 4 parents and carers$/).click());
    await act(async () => button(root, /^Save$/).click());
    expect(saved().parents.map((p) => `${p.firstName} ${p.lastName}`)).toEqual([
      'Dawn Achterberg',
      'Pieter Achterberg',
      'Joanne Édouard',
      'Chidi Okafor',
    ]);
    expect(await axeViolations(section(root))).toEqual([]);
  });

  it('a file that is not a contacts export changes nothing and says why', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    await choose(root, 'sims-export.csv');
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(
      /Nothing was imported from sims-export\.csv\..*could not find the contacts’ name columns/,
    );
    expect(texts(section(root), 'tbody tr input[aria-label^="First name"]')).toEqual(['']);
    expect(
      [...section(root).querySelectorAll<HTMLInputElement>('tbody input')].map((input) => input.value),
    ).toEqual(['Grace', 'Hart', 'Carer', '']);
  });

  it('edits a row by hand; an optional field emptied is left out', async () => {
    const root = await mount(<OptionsApp policy={WELBECK_POLICY} />);
    const relationship = section(root).querySelector<HTMLInputElement>(
      'input[aria-label="Relationship of Grace Hart"]',
    )!;
    await typeInto(relationship, '');
    await typeInto(
      section(root).querySelector<HTMLInputElement>('input[aria-label="Pupil of Grace Hart"]')!,
      'Amelia Hart',
    );
    await act(async () => button(root, /^Save$/).click());
    expect(saved().parents).toEqual([{ firstName: 'Grace', lastName: 'Hart', pupil: 'Amelia Hart' }]);
  });
});
