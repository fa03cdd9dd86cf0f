import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'he likes Trump says a lot', match: 'Trump' },
  { text: 'Looks like Grimaldo is linked', match: 'Grimaldo' },
];
export const invalid: CueExample[] = [
  { text: 'Norway is lovely', match: '' },
  { text: 'Patient is waiting', match: '' },
];
