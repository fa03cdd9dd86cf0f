import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Will in my class made a card', match: 'Will' },
  { text: 'Rose from Year 2 read', match: 'Rose' },
];
export const invalid: CueExample[] = [{ text: 'Rose in the garden', match: 'Rose' }];
