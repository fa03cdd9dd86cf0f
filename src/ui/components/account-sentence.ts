import type { AccountKind } from '../../engine/types';
import type { AccountBasis } from '../../sites/account';

/**
 * Who Post Guard believes is posting, and how it knows: read from the page, said by the member of staff for this
 * tab, or guessed. One wording for the panel ("Checking as …") and the popup's "This tab" ("Posting as …").
 */
export function accountSentence(
  lead: 'Checking as' | 'Posting as',
  account: AccountKind,
  name: string | undefined,
  basis: AccountBasis,
): string {
  if (basis === 'declared') return `${lead} the school’s official account: you said so for this tab.`;
  if (account === 'official') return `${lead} the school’s official account${name ? ` (${name})` : ''}.`;
  if (account === 'personal')
    return `${lead} a personal account (${name ?? 'the page does not show its name'}).`;
  return 'The page does not show which account is posting: Post Guard guessed a personal account and checks as for one.';
}
