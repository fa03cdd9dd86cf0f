import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: "I like Trump's hair", match: 'Trump' },
  { text: "we saw Napoleon's horse", match: 'Napoleon' },
];
export const invalid: CueExample[] = [
  { text: "London's bridges", match: '' },
  { text: "the Government's plan", match: '' },
];
