import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Tom, Becker and Vasquez came', match: 'Becker' },
  { text: 'with Kónya, Becker and Jack', match: 'Becker' },
];
export const invalid: CueExample[] = [{ text: 'Jack went to London. Paris next', match: '' }];
