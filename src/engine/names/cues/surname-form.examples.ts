import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'better than early Yefremova', match: 'Yefremova' },
  { text: 'a goal from Hartvigsson', match: 'Hartvigsson' },
];
export const invalid: CueExample[] = [
  { text: 'a trip to Geneva', match: '' },
  { text: 'the Nova scheme', match: '' },
];
