import type { RuleExample } from './examples';

const official = { account: 'official' } as const;
const officialMedia = { account: 'official', hasMedia: true } as const;

export const valid: RuleExample[] = [
  { text: 'Maisie and I went to the beach.' },
  { text: 'Thomas went to the shop.' },
  { text: 'Mr James in my class is brilliant.' },
  { text: 'Our head Sarah spoke to Year 2 today.' },
  { text: 'Sarah, our TA, is amazing with my class.' },
  { text: 'Mrs Smith from Year 2 is retiring.' },
  { text: 'Miss Grace is new in Reception.' },
  { text: 'I hope my class enjoys the trip.' },
  { text: 'Well done to everyone in my class!' },
  { text: 'Happy birthday to me!' },
  { text: 'A little rain never hurt anyone.' },
  { text: 'Well done team, brilliant effort.' },
  { text: 'Star of the week goes to the whole class!' },
  { text: 'Well done Jack!', context: official },
  { text: 'Congratulations to my colleague Rachel on her promotion.' },
  { text: 'So proud of my class this summer.' },
  { text: 'Happy birthday Dad!' },
  { text: 'In my class. Oliver Cromwell was discussed in history.', settings: { pupils: [] } },
  { text: 'Year 6 leavers assembly was fab. Emma Watson was on TV later.' },
  { text: 'Well done to my husband Mark for finishing the marathon.' },
  { text: 'Dr Patel visited Year 3.' },
  { text: 'Well done Zoë from my class', context: official },
  { text: 'Lovely to see Lily in my class today' },
  { text: 'Isla of Skye trip photos from Year 6.' },
  { text: 'Well done to my nephew Oscar in Year 2!' },
  { text: 'Our little one Maisie lost a tooth today.' },
  { text: 'My kids Noah and Isla in Year 3 had a great week.' },
];

export const invalid: RuleExample[] = [
  {
    text: 'Well done to Maisie for her reading!',
    findings: [{ match: 'Maisie', severity: 'warning', category: 'pupil' }],
  },
  {
    text: 'Well done to Maisie for her reading!',
    context: official,
    findings: [{ match: 'Maisie', severity: 'info' }],
  },
  {
    text: 'Well done to Maisie for her reading!',
    context: officialMedia,
    findings: [{ match: 'Maisie', severity: 'warning' }],
  },
  {
    text: 'Oliver in my class lost a tooth today',
    settings: { pupils: [] },
    findings: [{ match: 'Oliver', severity: 'warning' }],
  },
  {
    text: 'One of my pupils, Freddie, read a whole book!',
    findings: [{ match: 'Freddie', severity: 'warning' }],
  },
  { text: 'Isla from Year 2 read beautifully.', findings: [{ match: 'Isla', severity: 'warning' }] },
  { text: 'Isla from Y2 read beautifully.', findings: [{ match: 'Isla', severity: 'warning' }] },
  { text: 'Noah in year two made a volcano.', findings: [{ match: 'Noah', severity: 'warning' }] },
  { text: 'Happy birthday little Freddie!', findings: [{ match: 'Freddie', severity: 'warning' }] },
  { text: 'Happy birthday Ava!', findings: [{ match: 'Ava', severity: 'warning' }] },
  {
    text: 'We have a child called Ava Smith who loves maths',
    findings: [{ match: 'Ava Smith', severity: 'warning' }],
  },
  { text: 'Star of the week: Noah', findings: [{ match: 'Noah', severity: 'warning' }] },
  { text: 'Noah is star of the week', findings: [{ match: 'Noah', severity: 'warning' }] },
  { text: 'Our pupil Harry won the chess cup.', findings: [{ match: 'Harry', severity: 'warning' }] },
  { text: 'My student Priya got top marks.', findings: [{ match: 'Priya', severity: 'warning' }] },
  {
    text: 'Congratulations to Amelia and Harry!',
    findings: [
      { match: 'Amelia', severity: 'warning' },
      { match: 'Harry', severity: 'warning' },
    ],
  },
  { text: 'Well done Daisy!', findings: [{ match: 'Daisy', severity: 'warning' }] },
  {
    text: 'Well done Zoë from my class',
    settings: { pupils: [] },
    findings: [{ match: 'Zoë', severity: 'warning' }],
  },
  {
    text: 'Well done L1ly in my class',
    settings: { pupils: [] },
    findings: [{ match: 'L1ly', severity: 'warning' }],
  },
  { text: 'so proud of Ruby in Reception', findings: [{ match: 'Ruby', severity: 'warning' }] },
  { text: 'Well done Jack!', settings: { pupils: [] }, findings: [{ match: 'Jack', severity: 'warning' }] },
  {
    text: 'Evie in my class drew this',
    context: officialMedia,
    findings: [{ match: 'Evie', severity: 'warning' }],
  },
  { text: 'Headteacher’s award goes to Kai', findings: [{ match: 'Kai', severity: 'warning' }] },
];
