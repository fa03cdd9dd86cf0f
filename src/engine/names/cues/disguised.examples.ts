import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'go H o p e go', match: 'H o p e' },
  { text: 'R0se won', match: 'R0se' },
];
export const invalid: CueExample[] = [{ text: 'Rose won', match: 'Rose' }];
