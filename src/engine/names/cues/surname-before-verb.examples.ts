import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'especially Dunn rolling back the years', match: 'Dunn' },
  { text: 'and then Walsh scored again', match: 'Walsh' },
];
export const invalid: CueExample[] = [
  { text: 'Dunn rolling back the years', match: '' },
  { text: 'and then Walsh Road closed', match: '' },
];
