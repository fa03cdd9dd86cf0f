import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'GET NICOLA OUT', match: 'NICOLA' },
  { text: 'BRENDA LEE IS BACK', match: 'BRENDA LEE' },
];
export const invalid: CueExample[] = [
  { text: 'HOPE YOU ARE WELL', match: '' },
  { text: 'BIG NEWS TODAY', match: '' },
];
