import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Summer is the best season of all', match: 'Summer' },
  { text: 'Grace is a gift we can all give each other.', match: 'Grace' },
  { text: 'Autumn is officially over!', match: 'Autumn' },
  { text: 'Joy is infectious in our nursery.', match: 'Joy' },
  { text: 'Ruby is a deep red.', match: 'Ruby' },
];
export const invalid: CueExample[] = [
  { text: 'Hope is our new head girl', match: 'Hope' },
  { text: 'Summer is a superstar.', match: 'Summer' },
  { text: 'Faith is a brilliant swimmer', match: 'Faith' },
  { text: 'Grace is a kind and caring member of the class', match: 'Grace' },
  { text: 'Ruby is here!', match: 'Ruby' },
  { text: 'Summer is so kind.', match: 'Summer' },
  { text: 'Poppy is a flower.', match: 'Poppy' },
];
