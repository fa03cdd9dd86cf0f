import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Hope, Tom and Amir sang', match: 'Hope' },
  { text: 'Tom and Hope sang', match: 'Hope' },
  { text: 'poppy and jack danced', match: 'poppy' },
];
export const invalid: CueExample[] = [
  { text: 'Poppy and daisy chains', match: 'Poppy' },
  { text: 'roses and poppy fields', match: 'poppy' },
];
