import type { RuleExample } from './examples';

const personalMedia = { hasMedia: true } as const;
const officialMedia = { account: 'official', hasMedia: true } as const;

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
];
