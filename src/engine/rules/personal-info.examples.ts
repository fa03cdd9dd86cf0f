import type { RuleExample } from './examples';

const official = { account: 'official' } as const;

export const valid: RuleExample[] = [
  { text: 'Order number 07700900123 still has not arrived.' },
  { text: 'Booking ref: 01632960123, see you there!' },
  { text: 'Term starts on 12/03/2025.' },
  { text: 'We raised £1,250 at the cake sale.' },
  { text: 'Call 999 in an emergency.' },
  { text: 'The 2024-25 calendar is on the website.' },
  { text: 'Read pages 12 to 48 over half term.' },
  { text: 'Turn 2 pages back and try again.' },
  { text: 'I turned 3 pages before I fell asleep.' },
  { text: 'The trip leaves at 08:45 and returns at 15:30.' },
  { text: 'Email the office@welbeck.sch.uk mailbox with any questions.' },
  { text: 'Our football team won 3-1.' },
  { text: 'Meet at Gate 12, platform 4.' },
  { text: 'See you b4 5pm!' },
  { text: 'Follow @WelbeckPrimary for news.' },
  { text: 'Happy birthday to my wonderful husband!' },
  { text: 'My birthday is on the weekend, cake time.' },
  { text: 'We walked 10 miles along the coast path.' },
  { text: 'Year 6 have been learning about 1066.' },
  { text: 'ISBN 9780140328721 is a great read.' },
  { text: 'The score was 12 345 678 points on the arcade machine, somehow.' },
  { text: 'Cake sale raised 123 456 pence in total, not bad!' },
  { text: 'Holiday club is open to children aged 4 to 11.' },
  { text: 'Football club for 7-11 year olds starts Monday.' },
  { text: 'Suitable for children aged 7+.' },
  { text: 'Our 4 year olds loved the farm.' },
  { text: 'Our dog is 3 years old today and still eats socks.' },
  { text: 'My car turned 10 today, unlike its MOT.' },
];

export const invalid: RuleExample[] = [
  { text: 'Amelia is aged 7 and loves football.', findings: [{ match: 'aged 7', severity: 'warning' }] },
  { text: 'My little one turns 9 today!', findings: [{ match: 'turns 9', severity: 'warning' }] },
  {
    text: 'Party for his 7th birthday on Saturday.',
    findings: [{ match: '7th birthday', severity: 'warning' }],
  },
  { text: 'Guess who is 6 today?', findings: [{ match: 'is 6 today', severity: 'warning' }] },
  { text: 'A 10-year-old from my class won.', findings: [{ match: '10-year-old', severity: 'warning' }] },
  { text: 'DOB 12/03/2017 on the form.', findings: [{ match: 'DOB 12/03/2017', severity: 'warning' }] },
  {
    text: 'She was born on 3 March 2018.',
    findings: [{ match: 'born on 3 March 2018', severity: 'warning' }],
  },
  {
    text: 'Date of birth: 14th June 2016',
    findings: [{ match: 'Date of birth: 14th June 2016', severity: 'warning' }],
  },
  {
    text: 'Text me on 07700 900123 about the trip.',
    findings: [{ match: '07700 900123', severity: 'warning' }],
  },
  { text: 'My number is 07700900123', findings: [{ match: '07700900123', severity: 'warning' }] },
  { text: 'Call +44 7700 900123 any time.', findings: [{ match: '+44 7700 900123', severity: 'warning' }] },
  { text: 'Ring 020 7946 0018 after 6.', findings: [{ match: '020 7946 0018', severity: 'warning' }] },
  { text: 'Landline is (01632) 960 123.', findings: [{ match: '(01632) 960 123', severity: 'warning' }] },
  { text: 'Tel: +44 (0)1632 960123', findings: [{ match: '+44 (0)1632 960123', severity: 'warning' }] },
  {
    text: 'Email me at jo.bloggs@gmail.com.',
    findings: [{ match: 'jo.bloggs@gmail.com', severity: 'warning' }],
  },
  {
    text: 'She lives at 12 Acacia Avenue now.',
    findings: [{ match: '12 Acacia Avenue', severity: 'warning' }],
  },
  {
    text: 'Flat 3, 22 High Street is his.',
    findings: [{ match: 'Flat 3, 22 High Street', severity: 'warning' }],
  },
  { text: 'Postcode SW1A 1AA for the satnav.', findings: [{ match: 'SW1A 1AA', severity: 'warning' }] },
  { text: 'Drop it round to M1 1AE.', findings: [{ match: 'M1 1AE', severity: 'warning' }] },
  {
    text: 'Noah, 7 years old, lives at 4 Mill Lane, NG20 9AB',
    findings: [
      { match: '7 years old', severity: 'warning' },
      { match: '4 Mill Lane', severity: 'warning' },
      { match: 'NG20 9AB', severity: 'warning' },
    ],
  },
  {
    text: 'Her birthday is on 3rd May.',
    findings: [{ match: 'birthday is on 3rd May', severity: 'warning' }],
  },
  { text: 'Happy ninth birthday Sam!', findings: [{ match: 'ninth birthday', severity: 'warning' }] },
  {
    text: 'Any problems call Mrs Jones on 07700 900456.',
    context: official,
    findings: [{ match: '07700 900456', severity: 'warning' }],
  },
  { text: 'Dad turned 70 on Saturday.', findings: [{ match: 'turned 70', severity: 'info' }] },
  { text: 'Happy fortieth birthday to me!', findings: [{ match: 'fortieth birthday', severity: 'info' }] },
  {
    text: 'Ring the office on 01632 960123.',
    context: official,
    findings: [{ match: '01632 960123', severity: 'info' }],
  },
];
