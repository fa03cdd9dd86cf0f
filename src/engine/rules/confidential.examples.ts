/** Examples for the confidential rule: run by test/unit/engine/rule-examples.test.ts. */
import type { RuleExample } from './examples';

export const valid: RuleExample[] = [
  { text: 'Watch this space for the Year 1 nativity photos!' },
  { text: 'Our safeguarding team can be reached through the school office.' },
  { text: 'We had a fantastic safeguarding training day with the whole staff.' },
  { text: 'Our school council elections are next week.' },
  { text: 'Keep it up, Year 5!' },
  { text: 'The Secret Garden was our class book this term.' },
  { text: 'Ofsted rated us Good in 2019 and the report is on our website.' },
  { text: 'We are recruiting a new teaching assistant: details on our website.' },
  { text: 'Staff enjoyed the first aid course today.' },
  { text: 'The children learnt about keeping secrets safe online.' },
  { text: 'Free breakfast club starts in September for all families.' },
  { text: 'Happy retirement to our caretaker!' },
  { text: 'Please keep the car park clear at pick-up.' },
  { text: 'Our new library opens on Monday.' },
  { text: "Children's mental health week: here are some ideas for home." },
  { text: 'Our results are in the newsletter.' },
  { text: 'Parents are welcome to the open morning.' },
  { text: 'Secret Santa in the staff room today!' },
  { text: 'The school choir sang at the care home.' },
  { text: "We raised £500 for the children's hospice." },
  { text: 'Thank you to our social media team.' },
  { text: 'Our budget for the new playground came from the PTA fair.' },
  { text: 'If one of the children tells you something at home worries them, pass it to the DSL.' },
  { text: 'Something big is coming to the library: a new reading den, opening Monday!' },
  { text: 'Our inspection report, published today, is on the website.' },
  { text: 'Mark your calendars: the Year 2 nativity is on 12 December.' },
];

export const invalid: RuleExample[] = [
  {
    text: "A boy in my class told me about a fight at home last night and I've passed it on.",
    findings: [
      {
        match: "boy in my class told me about a fight at home last night and I've passed it",
        severity: 'warning',
      },
    ],
  },
  {
    text: "Watch this space, staffing news for our school soon that parents haven't heard.",
    findings: [
      { match: 'Watch this space, staffing', severity: 'warning' },
      { match: "our school soon that parents haven't heard", severity: 'warning' },
    ],
  },
  {
    text: 'A child in my class made a disclosure today.',
    findings: [{ match: 'made a disclosure', severity: 'warning' }],
  },
  {
    text: 'Had to call social services about one of mine.',
    findings: [{ match: 'social services', severity: 'warning' }],
  },
  {
    text: 'Child protection meeting all afternoon, heartbreaking.',
    findings: [{ match: 'Child protection', severity: 'warning' }],
  },
  {
    text: 'Ofsted are coming tomorrow, panic stations!',
    findings: [{ match: 'Ofsted are coming', severity: 'warning' }],
  },
  {
    text: 'Between you and me, the head is leaving.',
    findings: [{ match: 'Between you and me, the head', severity: 'warning' }],
  },
  {
    text: "Keep it quiet but there's a restructure coming.",
    findings: [
      { match: 'Keep it quiet', severity: 'warning' },
      { match: 'restructure', severity: 'warning' },
    ],
  },
  {
    text: 'Strictly confidential: redundancies at our school.',
    findings: [
      { match: 'Strictly confidential', severity: 'warning' },
      { match: 'redundancies', severity: 'warning' },
    ],
  },
  {
    text: 'One of our pupils has just been permanently excluded.',
    findings: [{ match: 'One of our pupils has just been permanently excluded', severity: 'warning' }],
  },
  { text: 'Got the call! Inspection tomorrow.', findings: [{ match: 'Got the call', severity: 'warning' }] },
  {
    text: "Don't tell anyone, but we're joining a trust.",
    findings: [{ match: "Don't tell anyone", severity: 'warning' }],
  },
  {
    text: 'The social worker came in again about the boy in Year 3.',
    findings: [{ match: 'social worker came in again about the boy', severity: 'warning' }],
  },
  {
    text: 'Off the record, two staff are leaving.',
    findings: [{ match: 'Off the record', severity: 'warning' }],
  },
  {
    text: 'A pupil in my class was diagnosed with ADHD today.',
    findings: [
      { match: 'diagnosed with', severity: 'warning' },
      { match: 'ADHD', severity: 'warning' },
    ],
  },
  {
    text: 'Our school might go into special measures.',
    findings: [{ match: 'special measures', severity: 'warning' }],
  },
  {
    text: 'This is confidential but the head has been suspended.',
    findings: [
      { match: 'confidential', severity: 'warning' },
      { match: 'has been suspended', severity: 'warning' },
    ],
  },
  {
    text: 'Early help meeting for one of my families.',
    findings: [{ match: 'Early help', severity: 'warning' }],
  },
  { text: 'Another CP case this week, so tiring.', findings: [{ match: 'CP case', severity: 'warning' }] },
  {
    text: 'Looked after child in my class moved placement.',
    findings: [{ match: 'Looked after child in my class moved placement', severity: 'warning' }],
  },
  {
    text: 'Keep this to yourself: the head is retiring.',
    findings: [{ match: 'Keep this to yourself', severity: 'warning' }],
  },
  {
    text: 'One of my pupils is self-harming.',
    findings: [{ match: 'One of my pupils is self-harming', severity: 'warning' }],
  },
  {
    text: "One of the kids in my class is having a hard time at home and I've logged it.",
    findings: [
      { match: "in my class is having a hard time at home and I've logged it", severity: 'warning' },
    ],
  },
  {
    text: 'A dad told me at drop-off that his ex is being abused by her new partner.',
    findings: [{ match: 'A dad told me at drop-off that his ex is being abused', severity: 'warning' }],
  },
  {
    text: "Our inspection grade came through today and it's not what we hoped.",
    findings: [{ match: 'inspection grade', severity: 'warning' }],
  },
  {
    text: 'Shh, the governors are planning to close the sixth form.',
    findings: [
      { match: 'Shh, the governors', severity: 'warning' },
      { match: 'planning to close', severity: 'warning' },
    ],
  },
  {
    text: 'Big things coming for our leadership! Nobody knows yet 🤫',
    findings: [{ match: 'our leadership! Nobody knows yet', severity: 'warning' }],
  },
  {
    text: 'Strategy meeting this afternoon for a lad in Year 9. Worst part of the job.',
    findings: [{ match: 'Strategy meeting this afternoon for a lad in', severity: 'warning' }],
  },
  {
    text: "Mark my words, the deputy won't see out the year.",
    findings: [{ match: 'Mark my words, the deputy', severity: 'warning' }],
  },
  {
    text: "Two of the office team are being let go next month, staff don't know yet.",
    findings: [
      { match: 'being let go', severity: 'warning' },
      { match: "staff don't know", severity: 'warning' },
    ],
  },
];
