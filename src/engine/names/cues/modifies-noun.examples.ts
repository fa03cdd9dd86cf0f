import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Poppy seeds are tiny', match: 'Poppy' },
  { text: 'the summer fair', match: 'summer' },
  { text: 'Holly picking morning at the farm', match: 'Holly' },
];
export const invalid: CueExample[] = [
  { text: 'Poppy scored', match: 'Poppy' },
  { text: 'Poppy in the garden', match: 'Poppy' },
  { text: 'Poppy today', match: 'Poppy' },
  { text: 'It was Rose who won', match: 'Rose' },
];
