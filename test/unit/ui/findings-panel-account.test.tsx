// @vitest-environment happy-dom
/** The findings panel names the account Post Guard believes is posting, says how it knows, and lets a YouTube user say. */
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { FindingsPanel, type FindingsPanelProps } from '../../../src/ui/composer/FindingsPanel';
import { axeViolations, mount } from './helpers';

const base: FindingsPanelProps = {
  id: 'panel',
  findings: [],
  account: 'unknown',
  onFix: () => undefined,
  onDismiss: () => undefined,
  onClose: () => undefined,
  onOpenPolicy: () => undefined,
};

describe('FindingsPanel: who is posting', () => {
  it('a guessed account says it was guessed, and offers "I am posting as the school’s channel"', async () => {
    const onDeclareAccount = vi.fn();
    const root = await mount(
      <FindingsPanel
        {...base}
        accountBasis="guessed"
        declarableAccount="the school’s channel"
        onDeclareAccount={onDeclareAccount}
      />,
    );
    expect(root.querySelector('.account')?.textContent).toBe(
      'The page does not show which account is posting: Post Guard guessed a personal account and checks as for one.',
    );
    const box = root.querySelector<HTMLInputElement>('.declare input[type=checkbox]')!;
    expect(box.closest('label')?.textContent).toBe(
      'I am posting as the school’s channel (for this tab only)',
    );
    expect(box.checked).toBe(false);
    await act(async () => box.click());
    expect(onDeclareAccount).toHaveBeenCalledWith(true);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('a declared account says so, and the choice can be taken back', async () => {
    const onDeclareAccount = vi.fn();
    const root = await mount(
      <FindingsPanel
        {...base}
        account="official"
        accountBasis="declared"
        declarableAccount="the school’s channel"
        onDeclareAccount={onDeclareAccount}
      />,
    );
    expect(root.querySelector('.account')?.textContent).toBe(
      'Checking as the school’s official account: you said so for this tab.',
    );
    const box = root.querySelector<HTMLInputElement>('.declare input')!;
    expect(box.checked).toBe(true);
    await act(async () => box.click());
    expect(onDeclareAccount).toHaveBeenCalledWith(false);
  });

  it('an account read from the page is named, with no choice to make; nor on a site where the page always says', async () => {
    const read = await mount(
      <FindingsPanel
        {...base}
        account="personal"
        accountName="Ms Rivera Science, @msriverascience"
        accountBasis="read"
        declarableAccount="the school’s channel"
        onDeclareAccount={() => undefined}
      />,
    );
    expect(read.querySelector('.account')?.textContent).toBe(
      'Checking as a personal account (Ms Rivera Science, @msriverascience).',
    );
    expect(read.querySelector('.declare')).toBeNull();
    const x = await mount(<FindingsPanel {...base} accountBasis="guessed" />);
    expect(x.querySelector('.declare')).toBeNull();
  });
});
