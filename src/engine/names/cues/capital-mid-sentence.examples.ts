import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Yesterday Hope won', match: 'Hope' },
  { text: 'Our winner is Poppy!', match: 'Poppy' },
  { text: 'We went with Summer', match: 'Summer' },
];
export const invalid: CueExample[] = [
  { text: 'Poppy won', match: 'Poppy' },
  { text: 'We loved the Summer fair', match: 'Summer' },
  { text: 'See you in May', match: 'May' },
];
