import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Well done Ruby!', match: 'Ruby' },
  { text: 'so proud of will today', match: 'will' },
  { text: 'Thank you to Hope for the flowers', match: 'Hope' },
  { text: 'big shout out to daisy for her help', match: 'daisy' },
];
export const invalid: CueExample[] = [
  { text: 'Ruby is here', match: 'Ruby' },
  { text: 'Thanks for the hope', match: 'hope' },
];
