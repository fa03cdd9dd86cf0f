import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'why does Watson blame everyone', match: 'Watson' },
  { text: "didn't Snape kill him", match: 'Snape' },
];
export const invalid: CueExample[] = [
  { text: 'why does the Watson family care', match: '' },
  { text: 'did London win', match: '' },
];
