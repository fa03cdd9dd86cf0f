import type { RuleExample } from './examples';

function photo(logoMatch: boolean) {
  return { hasMedia: true, media: { photos: 1, videos: 0, facesFound: 0, location: false, logoMatch } };
}

export const valid: RuleExample[] = [
  { text: 'New school logo!' },
  { text: 'Look at this', context: photo(false) },
  { text: 'Our new badge', context: { ...photo(true), account: 'official' } },
  { text: 'Our new badge', context: { hasMedia: true } },
];

export const invalid: RuleExample[] = [
  { text: 'Proud to work here', context: photo(true), findings: [{ match: '', severity: 'warning' }] },
  { text: '', context: photo(true), findings: [{ match: '', severity: 'warning' }] },
  {
    text: 'Proud to work here',
    context: { ...photo(true), platform: 'facebook', account: 'unknown' },
    findings: [{ match: '', severity: 'warning', category: 'media' }],
  },
];
