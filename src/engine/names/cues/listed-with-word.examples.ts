import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Hope and kindness are our values this term.', match: 'Hope' },
  { text: 'Holly and mistletoe wreaths for sale', match: 'Holly' },
  { text: 'We wish you peace and Joy this Christmas', match: 'Joy' },
];
export const invalid: CueExample[] = [
  { text: 'Hope and friends raised £50', match: 'Hope' },
  { text: 'Ruby and her sister sang', match: 'Ruby' },
  { text: 'Poppy and Jack danced', match: 'Poppy' },
  { text: 'Daisy and mum baked a cake', match: 'Daisy' },
  { text: 'poppy and jack danced', match: 'poppy' },
];
