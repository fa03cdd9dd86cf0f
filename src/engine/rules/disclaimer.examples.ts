import type { RuleExample } from './examples';

const official = { account: 'official' } as const;

export const valid: RuleExample[] = [
  { text: 'Great day at Welbeck Primary! Views are my own.' },
  { text: 'Proud of everyone at Welbeck Primary School. All views my own.' },
  { text: 'Welbeck Primary open evening tonight. My views are my own.' },
  { text: 'Welbeck Primary open evening tonight (views my own)' },
  { text: 'Welbeck Primary open evening tonight. VIEWS ARE MY OWN' },
  { text: 'Welbeck Primary open evening tonight. Views expressed are my own.' },
  { text: 'Welbeck Primary open evening tonight. Opinions are my own.' },
  { text: 'Welbeck Primary open evening tonight. Personal account.' },
  { text: 'Posting about Welbeck Primary, not on behalf of the school.' },
  { text: 'Welbeck Primary SEND conference.\n\nViews are my own.' },
  { text: 'Lovely day at work.' },
  { text: 'Marking, marking, marking.' },
  { text: 'Lovely walk round Welbeck Abbey today.' },
  { text: 'My class were superstars today.' },
  { text: 'Welbeck Primary School summer fair is on Saturday!', context: official },
  { text: '#WelbeckPrimary sports day was brilliant.', context: official },
  { text: 'Thank you Welbeck families!', context: official },
  // A private message (Facebook /messages, X Chat) has no public audience: no disclaimer is asked for.
  { text: 'See you at Welbeck Primary tomorrow', context: { isPrivateMessage: true } },
  {
    text: 'Welbeck Primary rocks. Speaking for myself only.',
    settings: { disclaimerPhrases: ['speaking for myself'] },
  },
  { text: 'Welbeck Primary rocks. Views are my own', settings: { disclaimerPhrases: [] } },
  { text: 'Welbeck Primary rocks. Views’re my own? No: views are my own.' },
  { text: '' },
];

export const invalid: RuleExample[] = [
  { text: 'Great day at Welbeck Primary!', findings: [{ match: 'Welbeck Primary', severity: 'warning' }] },
  {
    text: 'Great day at Welbeck Primary School',
    findings: [{ match: 'Welbeck Primary School', severity: 'warning' }],
  },
  { text: 'Sports day! #WelbeckPrimary', findings: [{ match: '#WelbeckPrimary', severity: 'warning' }] },
  { text: 'I teach at Welbeck and love it', findings: [{ match: 'Welbeck', severity: 'warning' }] },
  {
    text: 'Welbeck Primary open evening. Views are not my own.',
    findings: [{ match: 'Welbeck Primary', severity: 'warning' }],
  },
  {
    text: 'Welbeck Primary and Welbeck Primary again',
    findings: [{ match: 'Welbeck Primary', severity: 'warning' }],
  },
  {
    text: 'Welbeck Primary nativity tonight',
    context: { account: 'unknown' },
    findings: [{ match: 'Welbeck Primary', severity: 'warning' }],
  },
  {
    text: 'Welbeck Primary nativity tonight',
    context: { platform: 'facebook' },
    findings: [{ match: 'Welbeck Primary', severity: 'warning' }],
  },
  {
    text: 'Welbeck Primary nativity tonight',
    context: { platform: 'youtube', hasMedia: true },
    findings: [{ match: 'Welbeck Primary', severity: 'warning' }],
  },
  {
    text: 'Welbeck Primary rocks. Views are my own',
    settings: { disclaimerPhrases: ['speaking for myself'] },
    findings: [{ match: 'Welbeck Primary', severity: 'warning' }],
  },
  {
    text: 'Proud to work at WPS',
    settings: { schoolAliases: ['WPS'] },
    findings: [{ match: 'WPS', severity: 'warning' }],
  },
  {
    text: 'Thanks @WelbeckPrimary!',
    settings: { officialAccounts: [{ platform: 'x', handle: '@WelbeckPrimary' }] },
    findings: [{ match: '@WelbeckPrimary', severity: 'warning' }],
  },
  { text: 'Welbeck staff are the best', findings: [{ match: 'Welbeck', severity: 'warning' }] },
  { text: 'welbeck primary sports day', findings: [{ match: 'welbeck primary', severity: 'warning' }] },
  {
    text: 'First line.\nSecond line about Welbeck Primary.\n',
    findings: [{ match: 'Welbeck Primary', severity: 'warning' }],
  },
  { text: 'Welbeck Academy netball!', findings: [{ match: 'Welbeck Academy', severity: 'warning' }] },
  {
    text: 'My views: Welbeck Primary is great',
    findings: [{ match: 'Welbeck Primary', severity: 'warning' }],
  },
  { text: 'Own it, Welbeck Primary!', findings: [{ match: 'Welbeck Primary', severity: 'warning' }] },
  { text: 'Welbeck Primary. Personal', findings: [{ match: 'Welbeck Primary', severity: 'warning' }] },
  { text: 'Views on Welbeck Primary?', findings: [{ match: 'Welbeck Primary', severity: 'warning' }] },
  {
    text: 'Welbeck Primary is my favourite place',
    findings: [{ match: 'Welbeck Primary', severity: 'warning', category: 'disclaimer' }],
  },
];
