import type { CueExample } from './examples';

// Runs with the Node tagger (compromise); without tags the cue is always silent.
export const valid: CueExample[] = [{ text: 'We met Willow today', match: 'Willow' }];
export const invalid: CueExample[] = [{ text: 'Poppy seeds are tiny', match: 'Poppy' }];
