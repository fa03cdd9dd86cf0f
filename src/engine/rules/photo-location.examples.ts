import type { RuleExample } from './examples';

function photo(location: boolean, more: { photos?: number; facesFound?: number } = {}) {
  return {
    hasMedia: true,
    media: {
      photos: more.photos ?? 1,
      videos: 0,
      facesFound: more.facesFound ?? 0,
      location,
      logoMatch: false,
    },
  };
}

export const valid: RuleExample[] = [
  { text: 'Sunset over the bay' },
  { text: 'Sunset over the bay', context: photo(false) },
  { text: 'We are at 51.5072° N, 0.1276° W' },
  { text: 'Here is the map of where we went', context: { hasMedia: true } },
  { text: 'The location is on the website', context: { ...photo(false), account: 'official' } },
  { text: 'Three photos', context: photo(false, { photos: 3 }) },
];

export const invalid: RuleExample[] = [
  { text: 'Sunset over the bay', context: photo(true), findings: [{ match: '', severity: 'info' }] },
  { text: '', context: photo(true, { photos: 3 }), findings: [{ match: '', severity: 'info' }] },
  {
    text: 'Me and the kids',
    context: photo(true, { facesFound: 2 }),
    findings: [{ match: '', severity: 'info' }],
  },
  {
    text: 'Trip to the castle',
    context: { ...photo(true), account: 'official' },
    findings: [{ match: '', severity: 'info', category: 'media' }],
  },
];
