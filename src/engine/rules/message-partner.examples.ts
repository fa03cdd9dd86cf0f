import type { RuleExample } from './examples';
import type { Parent } from '../../settings/settings';

/** Two made-up parents: one with a pupil on the example roster, one whose name is also a pupil's. */
const PARENTS: Parent[] = [
  { firstName: 'Dawn', lastName: 'Achterberg', relationship: 'Mother', pupil: 'Florence Achterberg' },
  { firstName: 'Grace', lastName: 'Lee', relationship: 'Aunt' },
];
const withParents = { parents: PARENTS };
const message = (conversationWith: string) => ({ isPrivateMessage: true, conversationWith });

export const valid: RuleExample[] = [
  // Someone not on the lists.
  { text: 'See you at the match', context: message('Jordan Lee'), settings: withParents },
  // A surname alone, or a given name alone, names half a town.
  { text: 'Thanks for the lift', context: message('Mrs Achterberg'), settings: withParents },
  { text: 'Thanks for the lift', context: message('Dawn'), settings: withParents },
  // A public post or comment: a name in it is never this rule's business, nor is the page's conversation name.
  { text: 'Dawn Achterberg ran the cake stall', settings: withParents },
  { text: 'Thanks!', context: { conversationWith: 'Dawn Achterberg' }, settings: withParents },
  // A private message whose conversation name the page does not show.
  { text: 'Thanks!', context: { isPrivateMessage: true }, settings: withParents },
  // The lists are empty.
  { text: 'Thanks!', context: message('Dawn Achterberg'), settings: { pupils: [], parents: [] } },
];

export const invalid: RuleExample[] = [
  {
    text: 'Thanks for the lift on Saturday',
    context: message('Dawn Achterberg'),
    settings: withParents,
    findings: [{ match: '', severity: 'warning', category: 'contact' }],
  },
  // Titles, capitals, accents and what follows the name are not part of it.
  {
    text: 'Thanks!',
    context: message('MRS DAWN ÁCHTERBERG (she/her)'),
    settings: withParents,
    findings: [{ match: '', severity: 'warning' }],
  },
  // A pupil on the example roster, by their preferred name.
  {
    text: 'Well done today',
    context: message('Alfie Smith-Jones'),
    findings: [{ match: '', severity: 'warning' }],
  },
  // A name that is both a pupil's and a parent's makes one finding.
  {
    text: 'Hello',
    context: message('Grace Lee'),
    settings: withParents,
    findings: [{ match: '', severity: 'warning' }],
  },
  // Whatever the message says.
  { text: '', context: message('Jack Thompson'), findings: [{ match: '', severity: 'warning' }] },
];
