import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Daisy scored a goal', match: 'Daisy' },
  { text: 'Will made a cake', match: 'Will' },
  { text: 'Summer is here', match: 'Summer' },
  { text: 'poppy finished first', match: 'poppy' },
  { text: 'Chelsea lost again', match: 'Chelsea' },
];
export const invalid: CueExample[] = [
  { text: 'Will you come?', match: 'Will' },
  { text: 'Poppy seeds are tiny', match: 'Poppy' },
  { text: 'Hope, is it you?', match: 'Hope' },
];
