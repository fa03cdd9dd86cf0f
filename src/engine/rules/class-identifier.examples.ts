import type { RuleExample } from './examples';

const official = { account: 'official' } as const;
const classes = { classNames: ['Oak Class', 'Willow Class', 'Year 3', 'Robins', 'Reception'] };

export const valid: RuleExample[] = [
  { text: 'Lovely weekend walking in the Peak District.' },
  { text: 'This year 4 of us ran the Great North Run.' },
  { text: 'Two years ago I started teaching and I still love it.' },
  { text: 'The 4G signal at the campsite was hopeless.' },
  // A private message (Facebook Messages, X Chat) publishes nothing.
  { text: 'Year 4 had a brilliant trip to the castle.', context: { isPrivateMessage: true } },
  { text: 'See you B4 the match!' },
  { text: 'Meeting at 4pm by the station.' },
  { text: 'Ordered a size 4XL hoodie by mistake.' },
  { text: 'Signed up for a 5K run in June.' },
  { text: 'Our 3D printer finally works.' },
  { text: 'The hotel reception was really helpful.' },
  { text: 'What a lovely wedding reception on Saturday.' },
  { text: 'Please sign in at reception when you arrive.' },
  { text: 'Singing nursery rhymes with my niece.' },
  { text: 'Flew First Class for the first time!' },
  { text: 'Trying a new yoga class tonight.' },
  { text: 'Class Dojo is down again.' },
  { text: 'Staying in Flat 4B for the week.' },
  { text: 'Bring a 2B pencil to the life drawing session.' },
  { text: 'robins in the garden this morning' },
  { text: 'It was 3C outside this morning, brr.' },
  { text: 'Year 4 had a brilliant trip to the castle.', context: official },
  { text: 'Well done to Oak Class for their assembly!', context: official, settings: classes },
  { text: 'Our Reception children loved the farm visit.', context: official },
  { text: 'Year 6 of the pandemic and still washing hands.' },
];

export const invalid: RuleExample[] = [
  {
    text: 'Year 4 had a brilliant trip to the castle.',
    findings: [{ match: 'Year 4', severity: 'warning' }],
  },
  { text: 'So proud of my Y6s today.', findings: [{ match: 'Y6', severity: 'warning' }] },
  { text: 'Ｙｅａｒ ４ had a brilliant trip.', findings: [{ match: 'Ｙｅａｒ ４', severity: 'warning' }] },
  { text: 'Yr 4 assembly went well.', findings: [{ match: 'Yr 4', severity: 'warning' }] },
  { text: 'Teaching year four again next term.', findings: [{ match: 'year four', severity: 'warning' }] },
  { text: 'My year 2 class made pizzas.', findings: [{ match: 'year 2', severity: 'warning' }] },
  { text: '4B were superstars in PE.', findings: [{ match: '4B', severity: 'warning' }] },
  { text: 'Covering my 4b class tomorrow.', findings: [{ match: '4b', severity: 'warning' }] },
  { text: 'Our Reception class went to the farm.', findings: [{ match: 'Reception', severity: 'warning' }] },
  {
    text: 'The Reception children loved the story.',
    findings: [{ match: 'Reception', severity: 'warning' }],
  },
  { text: 'First week back in Nursery!', findings: [{ match: 'Nursery', severity: 'warning' }] },
  { text: 'Nursery children planted beans.', findings: [{ match: 'Nursery', severity: 'warning' }] },
  { text: 'Class 3 won the attendance cup.', findings: [{ match: 'Class 3', severity: 'warning' }] },
  { text: 'Huge well done to Oak Class.', findings: [{ match: 'Oak Class', severity: 'warning' }] },
  {
    text: 'Class Hedgehogs made bird feeders.',
    findings: [{ match: 'Class Hedgehogs', severity: 'warning' }],
  },
  {
    text: 'Willow Class and Year 3 did the run.',
    settings: classes,
    findings: [
      { match: 'Willow Class', severity: 'warning' },
      { match: 'Year 3', severity: 'warning' },
    ],
  },
  {
    text: 'Robins did a great job today.',
    settings: classes,
    findings: [{ match: 'Robins', severity: 'warning' }],
  },
  { text: 'Years 5 and 6 are off to camp.', findings: [{ match: 'Years 5 and 6', severity: 'warning' }] },
  { text: 'Another #Year6 residential done!', findings: [{ match: '#Year6', severity: 'warning' }] },
  { text: 'Year R sports day was chaos.', findings: [{ match: 'Year R', severity: 'warning' }] },
  { text: 'Year 4B made volcanoes.', findings: [{ match: 'Year 4B', severity: 'warning' }] },
  {
    text: 'Year 4 had a brilliant trip.',
    context: { account: 'unknown' },
    findings: [{ match: 'Year 4', severity: 'warning' }],
  },
  {
    text: 'Back in Y3 after the break.',
    context: { platform: 'facebook' },
    findings: [{ match: 'Y3', severity: 'warning' }],
  },
  {
    text: 'Hazel Class were brilliant.',
    findings: [{ match: 'Hazel Class', severity: 'warning', category: 'class' }],
  },
];
