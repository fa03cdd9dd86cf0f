import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Hope you enjoy it', match: 'Hope' },
  { text: 'Will there be cake?', match: 'Will' },
  { text: 'we hope so', match: 'hope' },
];
export const invalid: CueExample[] = [
  { text: 'Hope won', match: 'Hope' },
  { text: 'Thank you Hope', match: 'Hope' },
  { text: 'Ruby you star', match: 'Ruby' },
  { text: 'Amir, Sam and Hope all sang', match: 'Hope' },
];
