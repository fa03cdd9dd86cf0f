import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Great goal #RayWilkins', match: 'RayWilkins' },
  { text: 'so sad #colindoyle', match: 'colindoyle' },
];
export const invalid: CueExample[] = [
  { text: 'Lovely day #sunshine', match: '' },
  { text: 'Feeling #hope today', match: '' },
];
