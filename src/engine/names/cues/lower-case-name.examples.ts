import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'out with lydia and her mum', match: 'lydia' },
  { text: 'saw mark wright today', match: 'mark wright' },
];
export const invalid: CueExample[] = [
  { text: 'we hope you will come', match: '' },
  { text: 'make your mark on the world', match: '' },
];
