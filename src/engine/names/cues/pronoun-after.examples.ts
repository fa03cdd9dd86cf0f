import type { CueExample } from './examples';

export const valid: CueExample[] = [{ text: 'Summer was shy but she sang', match: 'Summer' }];
export const invalid: CueExample[] = [
  { text: 'Summer was hot. She swam', match: 'Summer' },
  { text: 'Summer term for her class', match: 'Summer' },
];
