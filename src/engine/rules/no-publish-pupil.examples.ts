import type { RuleExample } from './examples';

const official = { account: 'official' } as const;
/** Never-publish pupils whose names are also words. */
const ruby = { pupils: [{ firstName: 'Ruby', lastName: 'Kaur', noPublish: true }] };
const will = { pupils: [{ firstName: 'William', preferredName: 'Will', lastName: 'Dunn', noPublish: true }] };
const margaret = { pupils: [{ firstName: 'Margaret', lastName: 'Osei', noPublish: true }] };
const hope = { pupils: [{ firstName: 'Hope', lastName: 'Mensah', noPublish: true }] };
const officialMedia = { account: 'official', hasMedia: true } as const;

export const valid: RuleExample[] = [
  { text: 'Well done Jack Thompson!' },
  { text: 'Oliver Green made a robot.' },
  { text: 'Mrs Brown is retiring this year.' },
  { text: 'Thanks to Mr Hussain for the football coaching.' },
  { text: 'The brown bear in the story was scary.' },
  { text: 'Reading Emily Dickinson poems tonight.', settings: { pupils: [] } },
  { text: 'A poppy field in Flanders.' },
  { text: 'We wear a poppy in November.' },
  { text: 'Our head Emily opened the fair.' },
  { text: 'Miss Emily is our new teacher.' },
  { text: 'The Stone Age topic starts next week.' },
  { text: 'Amiri Baraka poetry reading.' },
  { text: 'Emilyn and I went for a walk.' },
  { text: 'Hope you all have a good summer.' },
  { text: 'Olive oil and bread.' },
  { text: 'Brown bread and soup for lunch.' },
  { text: 'Walsh Road is closed.' },
  { text: 'E. Smith won the prize.' },
  { text: 'The poppy fields are lovely in June.' },
  // with part-of-speech tags "seed" is a noun (without them, a warning: see pupil-names.test.ts)
  { text: 'Poppy seed cake for the staff room!' },
  { text: 'She wore a ruby ring to the wedding.', settings: ruby },
  { text: 'A ruby is the July birthstone.', settings: ruby },
  { text: 'Will you come along to the fair?', settings: will },
  { text: 'We will see you at the fair.', settings: will },
  { text: 'Hope you have a lovely break!', settings: hope },
  { text: 'We made a daisy chain at lunch.', settings: margaret },
  { text: 'I hope the sun shines for sports day.', settings: hope },
  {
    text: 'We read about Amir in a story.',
    settings: { pupils: [{ firstName: 'Amir', lastName: 'Hussain' }] },
  },
];

export const invalid: RuleExample[] = [
  {
    text: 'Well done Emily Brown!',
    findings: [{ match: 'Emily Brown', severity: 'critical', category: 'no-publish' }],
  },
  {
    text: 'Well done Emily Brown!',
    context: official,
    findings: [{ match: 'Emily Brown', severity: 'critical' }],
  },
  {
    text: 'Emily read beautifully.',
    context: official,
    findings: [{ match: 'Emily', severity: 'critical' }],
  },
  {
    text: 'Emily read beautifully.',
    context: officialMedia,
    findings: [{ match: 'Emily', severity: 'critical' }],
  },
  { text: 'emily brown came first', findings: [{ match: 'emily brown', severity: 'critical' }] },
  { text: "Emily's poem was lovely", findings: [{ match: 'Emily', severity: 'critical' }] },
  { text: 'Emily B. won the race', findings: [{ match: 'Emily B.', severity: 'critical' }] },
  { text: 'Lovely work by E. Brown', findings: [{ match: 'E. Brown', severity: 'critical' }] },
  { text: 'Amir Hussain scored!', findings: [{ match: 'Amir Hussain', severity: 'critical' }] },
  { text: 'Well done Amir', findings: [{ match: 'Amir', severity: 'critical' }] },
  { text: 'Well done Poppy!', findings: [{ match: 'Poppy', severity: 'critical' }] },
  { text: "Poppy's drawing of a cat", findings: [{ match: 'Poppy', severity: 'critical' }] },
  { text: 'Poppy Walsh sang a solo', findings: [{ match: 'Poppy Walsh', severity: 'critical' }] },
  { text: 'Oliver Stone built a castle', findings: [{ match: 'Oliver Stone', severity: 'critical' }] },
  { text: 'Oliver built a castle', findings: [{ match: 'Oliver', severity: 'critical' }] },
  { text: 'Well done #EmilyBrown', findings: [{ match: '#EmilyBrown', severity: 'critical' }] },
  { text: 'E m i l y did great', findings: [{ match: 'E m i l y', severity: 'critical' }] },
  { text: 'Em1ly did great', findings: [{ match: 'Em1ly', severity: 'critical' }] },
  { text: '3mily did great', findings: [{ match: '3mily', severity: 'critical' }] },
  { text: 'Em\u0456ly did great', findings: [{ match: 'Em\u0456ly', severity: 'critical' }] },
  { text: 'Emi\u200Cly did great', findings: [{ match: 'Emi\u200Cly', severity: 'critical' }] },
  {
    text: 'Jack Thompson and Emily Brown led assembly.',
    findings: [{ match: 'Emily Brown', severity: 'critical' }],
  },
  { text: 'AMIR HUSSAIN', findings: [{ match: 'AMIR HUSSAIN', severity: 'critical' }] },
  { text: 'Poppy scored twice at netball.', findings: [{ match: 'Poppy', severity: 'critical' }] },
  { text: 'poppy made the best cake', findings: [{ match: 'poppy', severity: 'critical' }] },
  { text: 'Thanks so much Poppy', findings: [{ match: 'Poppy', severity: 'critical' }] },
  { text: 'Poppy, Jack and Hope sang.', findings: [{ match: 'Poppy', severity: 'critical' }] },
  { text: 'P. Walsh won the race', findings: [{ match: 'P. Walsh', severity: 'critical' }] },
  { text: 'Poppy!', findings: [{ match: 'Poppy', severity: 'warning' }] },
  { text: 'Maggie won the race!', settings: margaret, findings: [{ match: 'Maggie', severity: 'warning' }] },
  { text: 'Daisy scored a goal.', settings: margaret, findings: [{ match: 'Daisy', severity: 'warning' }] },
  {
    text: 'My daughter Poppy started school today.',
    findings: [{ match: 'Poppy', severity: 'warning' }],
  },
  {
    text: 'Ruby was brilliant in the school play and she loved it.',
    settings: ruby,
    findings: [{ match: 'Ruby', severity: 'critical' }],
  },
  {
    text: 'Will made the winning goal.',
    settings: will,
    findings: [{ match: 'Will', severity: 'critical' }],
  },
  {
    text: 'Will made the winning goal.',
    settings: { pupils: [{ firstName: 'William', lastName: 'Dunn', noPublish: true }] },
    findings: [{ match: 'Will', severity: 'warning' }],
  },
  {
    text: 'Lovely to see Hope and Jack at the fair.',
    settings: hope,
    findings: [{ match: 'Hope', severity: 'critical' }],
  },
];
