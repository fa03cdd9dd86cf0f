import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Thanks to Mrs Okafor for the trip', match: 'Okafor' },
  { text: 'Dr. Patel visited Year 3', match: 'Patel' },
  { text: 'Sir Alex Ferguson retired', match: 'Alex Ferguson' },
];
export const invalid: CueExample[] = [
  { text: 'Mr and Mrs came too', match: '' },
  { text: 'The Queen spoke', match: '' },
];
