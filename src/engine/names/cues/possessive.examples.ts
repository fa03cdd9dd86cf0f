import type { CueExample } from './examples';

export const valid: CueExample[] = [
  { text: "Poppy's painting", match: 'Poppy' },
  { text: "grace's song", match: 'grace' },
];
export const invalid: CueExample[] = [{ text: 'Poppy seeds', match: 'Poppy' }];
