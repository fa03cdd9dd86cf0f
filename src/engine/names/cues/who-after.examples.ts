import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'It was Hope who found the key', match: 'Hope' },
  { text: 'ask Poppy, who knows the way', match: 'Poppy' },
];
export const invalid: CueExample[] = [
  { text: 'Summer. Who is coming to the fair?', match: 'Summer' },
  { text: 'Rose petals which fell', match: 'Rose' },
];
