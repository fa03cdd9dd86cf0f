import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Will in my class made a card', match: 'Will' },
  { text: 'Rose from Year 2 read', match: 'Rose' },
  { text: 'Hope in 5B read first', match: 'Hope' },
];
export const invalid: CueExample[] = [
  { text: 'Rose in the garden', match: 'Rose' },
  { text: 'Ruby in 2nd place', match: 'Ruby' },
];
