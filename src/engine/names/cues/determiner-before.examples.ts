import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'a ruby ring', match: 'ruby' },
  { text: 'by the Grace of God', match: 'Grace' },
  { text: 'white rose petals', match: 'rose' },
];
export const invalid: CueExample[] = [
  { text: 'Ruby won', match: 'Ruby' },
  { text: 'with Ruby today', match: 'Ruby' },
  { text: 'Thank you so much Ruby', match: 'Ruby' },
];
