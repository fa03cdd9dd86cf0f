import type { RuleExample } from './examples';

const official = { account: 'official' } as const;
const accounts = {
  officialAccounts: [
    { platform: 'x' as const, handle: '@WelbeckPrimary' },
    { platform: 'facebook' as const, handle: 'Welbeck Primary School' },
  ],
};
const stMarys = { schoolName: "St Mary's C of E Primary School", schoolAliases: ['SMPS'] };

export const valid: RuleExample[] = [
  { text: 'Lovely walk round Welbeck Abbey today.' },
  { text: 'The Welbeck estate looked beautiful in the snow.' },
  { text: 'Great day at work, shattered now.' },
  { text: 'Marking all weekend, send coffee.' },
  { text: 'So proud of my class today.' },
  { text: 'Our school choir sang beautifully.' },
  { text: 'Parents evening tonight, wish me luck.' },
  { text: 'Welbeck Primary School are holding their summer fair on Saturday!', context: official },
  // A private message (Facebook Messages, X Chat) publishes nothing: naming the school there identifies no one.
  { text: 'See you at Welbeck Primary School on Friday', context: { isPrivateMessage: true } },
  { text: 'Follow @WelbeckPrimary for updates.', context: official, settings: accounts },
  { text: '#WelbeckPrimary sports day was a triumph.', context: official },
  { text: 'Thank you to all the Welbeck families who came along.', context: official },
  { text: 'Visited St Mary’s church for a wedding.', settings: stMarys },
  { text: 'Went to Mary’s house for tea.', settings: stMarys },
  { text: 'wps is not an acronym I use', settings: { schoolAliases: ['WPS'] } },
  { text: 'The primary school down the road has a new playground.' },
  { text: 'Listening to a podcast about primary education.' },
  { text: 'Primary colours painting with my nephew.' },
  { text: 'Welbeck Road was closed again this morning.' },
  { text: 'Anyone been to Welbeck Abbey Brewery?' },
  { text: 'The school run was chaos today.' },
  { text: 'Welcome back everyone!', context: official },
];

export const invalid: RuleExample[] = [
  {
    text: 'Great day at Welbeck Primary School!',
    findings: [{ match: 'Welbeck Primary School', severity: 'warning' }],
  },
  {
    text: 'Great day at Ｗｅｌｂｅｃｋ Primary School!',
    findings: [{ match: 'Ｗｅｌｂｅｃｋ Primary School', severity: 'warning' }],
  },
  {
    text: 'Great day at Wеlbeck\u00A0Primary\u200B School!',
    findings: [{ match: 'Wеlbeck\u00A0Primary\u200B School', severity: 'warning' }],
  },
  { text: 'Great day at Welbeck Primary!', findings: [{ match: 'Welbeck Primary', severity: 'warning' }] },
  { text: 'welbeck primary sports day', findings: [{ match: 'welbeck primary', severity: 'warning' }] },
  { text: 'Sports day fun #WelbeckPrimary', findings: [{ match: '#WelbeckPrimary', severity: 'warning' }] },
  {
    text: 'Sports day fun #WelbeckPrimarySchool',
    findings: [{ match: '#WelbeckPrimarySchool', severity: 'warning' }],
  },
  {
    text: 'Thanks @WelbeckPrimary for the shout-out',
    settings: accounts,
    findings: [{ match: '@WelbeckPrimary', severity: 'warning' }],
  },
  { text: 'I teach at Welbeck and I love it.', findings: [{ match: 'Welbeck', severity: 'warning' }] },
  { text: 'Welbeck staff are the best.', findings: [{ match: 'Welbeck', severity: 'warning' }] },
  {
    text: 'The Welbeck kids were amazing at the concert.',
    findings: [{ match: 'Welbeck', severity: 'warning' }],
  },
  { text: 'Welbeck’s pupils raised £500.', findings: [{ match: 'Welbeck', severity: 'warning' }] },
  { text: 'Started my new job at Welbeck today.', findings: [{ match: 'Welbeck', severity: 'warning' }] },
  {
    text: 'Welbeck Academy netball team won!',
    findings: [{ match: 'Welbeck Academy', severity: 'warning' }],
  },
  {
    text: 'Welbeck Juniors choir sang well',
    settings: { schoolAliases: ['Welbeck Juniors'] },
    findings: [{ match: 'Welbeck Juniors', severity: 'warning' }],
  },
  {
    text: 'Proud to work at WPS',
    settings: { schoolAliases: ['WPS'] },
    findings: [{ match: 'WPS', severity: 'warning' }],
  },
  {
    text: "Another lovely day at St Mary's Primary",
    settings: stMarys,
    findings: [{ match: "St Mary's Primary", severity: 'warning' }],
  },
  {
    text: 'Another lovely day at St. Mary’s C of E Primary School',
    settings: stMarys,
    findings: [{ match: 'St. Mary’s C of E Primary School', severity: 'warning' }],
  },
  { text: 'SMPS rocks', settings: stMarys, findings: [{ match: 'SMPS', severity: 'warning' }] },
  {
    text: 'Welbeck Primary School',
    context: { account: 'unknown' },
    findings: [{ match: 'Welbeck Primary School', severity: 'warning' }],
  },
  {
    text: 'Nativity at Welbeck Primary tonight',
    context: { platform: 'facebook' },
    findings: [{ match: 'Welbeck Primary', severity: 'warning' }],
  },
  {
    text: 'Our Welbeck Primary School PTA quiz night',
    context: { platform: 'youtube' },
    findings: [{ match: 'Welbeck Primary School', severity: 'warning', category: 'school' }],
  },
  {
    text: 'Welbeck Primary and #WelbeckPrimary',
    findings: [
      { match: 'Welbeck Primary', severity: 'warning' },
      { match: '#WelbeckPrimary', severity: 'warning' },
    ],
  },
];
