import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'A letter from Ravil G Yefimov', match: 'Ravil G Yefimov' },
  { text: 'Signed, Sari J. Paa', match: 'Sari J. Paa' },
];
export const invalid: CueExample[] = [
  { text: 'Plan B for the day', match: '' },
  { text: 'Room 4 B Block', match: '' },
];
