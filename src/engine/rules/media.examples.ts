import type { RuleExample } from './examples';

const personalMedia = { hasMedia: true } as const;
const officialMedia = { account: 'official', hasMedia: true } as const;

/** What the photo checks found: one photo unless said otherwise. */
function seen(facesFound: number | 'unchecked' | 'failed', more: { photos?: number; videos?: number } = {}) {
  return {
    hasMedia: true,
    media: {
      photos: more.photos ?? 1,
      videos: more.videos ?? 0,
      facesFound,
      location: false,
      logoMatch: false,
    },
  };
}

export const valid: RuleExample[] = [
  { text: 'Sports day today!' },
  { text: 'Sports day today!', context: { account: 'official' } },
  { text: '' },
  { text: 'Look at this photo of the sunset.' },
  { text: 'Video from the concert coming soon.' },
  { text: 'Pictures of the trip are on the website.' },
  { text: 'No photos today, sorry.' },
  { text: 'Lovely assembly this morning.', context: { account: 'official' } },
  { text: 'Check out the gallery on our site.', context: { platform: 'facebook' } },
  { text: 'New video uploaded!', context: { platform: 'youtube', account: 'official' } },
  { text: 'Photo credit to the PTA.', context: { platform: 'x' } },
  { text: 'I took loads of pictures.' },
  { text: 'Selfie time!', context: { isReply: true } },
  { text: 'Here is the link: https://example.org/photos' },
  { text: 'Hello world' },
  { text: 'Hello world', context: { account: 'unknown' } },
  { text: 'Our pupils made a film.', context: { account: 'official', platform: 'youtube' } },
  { text: 'Camera roll is full.' },
  { text: 'Smile!', context: { platform: 'facebook', account: 'official' } },
  { text: 'Photos later.', context: { platform: 'youtube' } },
  { text: 'Snaps from the weekend.', context: { isReply: true, account: 'official' } },
  // Photos looked at and nobody in them: the dog, the sunset, the cake.
  { text: 'Me and my dog', context: seen(0) },
  { text: 'Sunset.', context: seen(0) },
  { text: 'Cake!', context: seen(0, { photos: 3 }) },
  { text: 'Our walk', context: seen(0, { photos: 1, videos: 1 }) },
  { text: 'Harvest festival display', context: { ...seen(0), account: 'official' } },
  { text: 'New library books', context: { ...seen(0), platform: 'facebook' } },
  { text: 'Nothing attached', context: { hasMedia: false, media: { ...seen(0).media, photos: 0 } } },
];

export const invalid: RuleExample[] = [
  { text: 'Sports day today!', context: personalMedia, findings: [{ match: '', severity: 'warning' }] },
  { text: '', context: personalMedia, findings: [{ match: '', severity: 'warning' }] },
  { text: 'Sunset.', context: personalMedia, findings: [{ match: '', severity: 'warning' }] },
  {
    text: 'Sports day today!',
    context: { ...personalMedia, account: 'unknown' },
    findings: [{ match: '', severity: 'warning' }],
  },
  {
    text: 'Sports day today!',
    context: { ...personalMedia, platform: 'facebook' },
    findings: [{ match: '', severity: 'warning' }],
  },
  {
    text: 'Sports day today!',
    context: { ...personalMedia, platform: 'youtube' },
    findings: [{ match: '', severity: 'warning' }],
  },
  {
    text: 'Sports day today!',
    context: { ...personalMedia, isReply: true },
    findings: [{ match: '', severity: 'warning' }],
  },
  { text: 'Our trip to the zoo', context: personalMedia, findings: [{ match: '', severity: 'warning' }] },
  { text: 'Me and my dog', context: personalMedia, findings: [{ match: '', severity: 'warning' }] },
  { text: 'Line one\nLine two', context: personalMedia, findings: [{ match: '', severity: 'warning' }] },
  {
    text: 'Art club creations!',
    context: personalMedia,
    findings: [{ match: '', severity: 'warning', category: 'media' }],
  },
  { text: 'Sports day today!', context: officialMedia, findings: [{ match: '', severity: 'info' }] },
  { text: '', context: officialMedia, findings: [{ match: '', severity: 'info' }] },
  { text: 'Year 4 at the castle', context: officialMedia, findings: [{ match: '', severity: 'info' }] },
  {
    text: 'Sports day today!',
    context: { ...officialMedia, platform: 'facebook' },
    findings: [{ match: '', severity: 'info' }],
  },
  {
    text: 'Sports day today!',
    context: { ...officialMedia, platform: 'youtube' },
    findings: [{ match: '', severity: 'info' }],
  },
  {
    text: 'Thanks for coming!',
    context: { ...officialMedia, isReply: true },
    findings: [{ match: '', severity: 'info' }],
  },
  { text: 'Harvest festival', context: officialMedia, findings: [{ match: '', severity: 'info' }] },
  { text: 'World Book Day costumes', context: officialMedia, findings: [{ match: '', severity: 'info' }] },
  { text: 'Science week', context: officialMedia, findings: [{ match: '', severity: 'info' }] },
  {
    text: 'Nativity',
    context: officialMedia,
    findings: [{ match: '', severity: 'info', category: 'media' }],
  },
  // People found: a warning on a personal account, a reminder on the school's.
  { text: 'Lovely afternoon', context: seen(3), findings: [{ match: '', severity: 'warning' }] },
  { text: 'Me and my friends', context: seen(1), findings: [{ match: '', severity: 'warning' }] },
  { text: '', context: seen(12, { photos: 4 }), findings: [{ match: '', severity: 'warning' }] },
  {
    text: 'Walk',
    context: seen(2, { photos: 0, videos: 1 }),
    findings: [{ match: '', severity: 'warning' }],
  },
  {
    text: 'Sports day!',
    context: { ...seen(20), platform: 'facebook', isReply: true },
    findings: [{ match: '', severity: 'warning', category: 'media' }],
  },
  {
    text: 'Sports day!',
    context: { ...seen(5), account: 'official' },
    findings: [{ match: '', severity: 'info' }],
  },
  // Not checked in time, or the detector failed: a note, never a hold.
  { text: 'Sports day!', context: seen('unchecked'), findings: [{ match: '', severity: 'info' }] },
  { text: 'Sports day!', context: seen('failed'), findings: [{ match: '', severity: 'info' }] },
  {
    text: 'Our walk',
    context: seen('unchecked', { photos: 0, videos: 1 }),
    findings: [{ match: '', severity: 'info' }],
  },
  {
    text: 'Sports day!',
    context: { ...seen('failed'), account: 'official' },
    findings: [{ match: '', severity: 'info' }],
  },
];
