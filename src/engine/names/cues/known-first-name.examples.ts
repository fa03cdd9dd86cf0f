import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Jack went home early', match: 'Jack' },
  { text: 'I met Sarah J. Yefremova there', match: 'Sarah J. Yefremova' },
  { text: 'Mark Wright is on TV', match: 'Mark Wright' },
];
export const invalid: CueExample[] = [
  { text: 'Crystal clear water', match: '' },
  { text: 'Hope you are well', match: '' },
];
