import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'I spoke to Krisztián Smith yesterday', match: 'Krisztián Smith' },
  { text: 'Tomi Lahren said so', match: 'Tomi Lahren' },
];
export const invalid: CueExample[] = [
  { text: 'Clean Sweep for the team', match: '' },
  { text: 'We visited London Bridge', match: '' },
];
