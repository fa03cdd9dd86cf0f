/** Examples for the style rule: run by test/unit/engine/rule-examples.test.ts. */
import type { RuleExample } from './examples';

export const valid: RuleExample[] = [
  { text: 'What a lovely day at the farm!' },
  { text: 'Reminder: PE kits on Wednesday.' },
  { text: 'The KS2 SATs are in May.' },
  { text: 'Thanks to the PTA and the NHS staff who visited.' },
  { text: 'Our Year 6s were brilliant today.' },
  { text: "Can't wait for sports day!" },
  { text: "Here's how to help with reading at home." },
  { text: "We're so proud of everyone." },
  { text: 'Sports day is on Friday: bring a hat and water.' },
  { text: 'Happy Diwali to all our families.' },
  { text: 'The forest school session was muddy and fun.' },
  { text: 'Thank you, everyone, for a brilliant term.' },
  { text: 'Is anyone else excited for half term?' },
  { text: 'Well done, Year 4!' },
  { text: 'Read more on our website: www.example.sch.uk' },
  { text: 'OFSTED visited and the report is online.' },
  { text: 'Huge thanks to Mrs Patel for organising the trip.' },
  { text: 'Great work on the Romans topic.' },
  { text: 'Just a quick reminder about the trip.' },
  { text: 'Our new library is open.' },
];

export const invalid: RuleExample[] = [
  {
    text: 'SPORTS DAY IS CANCELLED DUE TO RAIN',
    findings: [{ match: 'SPORTS DAY IS CANCELLED DUE TO RAIN', severity: 'info' }],
  },
  { text: 'Well done everyone!!!', findings: [{ match: '!!!', severity: 'info' }] },
  { text: 'Obviously, coats are needed in winter.', findings: [{ match: 'Obviously', severity: 'info' }] },
  { text: 'Simply fill in the form.', findings: [{ match: 'Simply', severity: 'info' }] },
  { text: 'We recieved your letters, thank you.', findings: [{ match: 'recieved', severity: 'info' }] },
  { text: 'Please bring a seperate bag for PE.', findings: [{ match: 'seperate', severity: 'info' }] },
  { text: 'Clearly the best day ever.', findings: [{ match: 'Clearly', severity: 'info' }] },
  { text: 'Of course, the trip is on Friday.', findings: [{ match: 'Of course', severity: 'info' }] },
  { text: 'Amazing!!', findings: [{ match: '!!', severity: 'info' }] },
  { text: "It's easy to sign up.", findings: [{ match: "It's easy", severity: 'info' }] },
  { text: 'Basically, the fair was a success.', findings: [{ match: 'Basically', severity: 'info' }] },
  { text: 'We definately need more volunteers.', findings: [{ match: 'definately', severity: 'info' }] },
  {
    text: 'Everyone knows the gates open at 8.45.',
    findings: [{ match: 'Everyone knows', severity: 'info' }],
  },
  {
    text: 'PLEASE READ THE LETTER CAREFULLY',
    findings: [{ match: 'PLEASE READ THE LETTER CAREFULLY', severity: 'info' }],
  },
  { text: 'What?!?!', findings: [{ match: '?!?!', severity: 'info' }] },
  { text: 'See you tommorow.', findings: [{ match: 'tommorow', severity: 'info' }] },
  { text: 'Needless to say, we won.', findings: [{ match: 'Needless to say', severity: 'info' }] },
  { text: 'The libary is open.', findings: [{ match: 'libary', severity: 'info' }] },
  { text: 'As I said, the fair is on Saturday.', findings: [{ match: 'As I said', severity: 'info' }] },
  { text: 'Wow!!!!! Best concert ever.', findings: [{ match: '!!!!!', severity: 'info' }] },
  { text: 'Thank you for your arguement.', findings: [{ match: 'arguement', severity: 'info' }] },
];
