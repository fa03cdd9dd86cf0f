import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: 'Sir Alex Ferguson spoke. Ferguson clearly loved it', match: 'Ferguson' },
];
export const invalid: CueExample[] = [{ text: 'Ferguson spoke. Nobody listened', match: '' }];
