import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Hi, my name is Rubija', match: 'Rubija' },
  { text: 'Dear Olamide, thank you', match: 'Olamide' },
];
export const invalid: CueExample[] = [
  { text: 'Dear all, thank you', match: '' },
  { text: 'Hello. Nothing here', match: '' },
];
