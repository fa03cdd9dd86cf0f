/** Examples for the grievance rule: run by test/unit/engine/rule-examples.test.ts. */
import type { RuleExample } from './examples';

export const valid: RuleExample[] = [
  { text: 'Our leadership team made the staff party brilliant.' },
  { text: 'Cheers to our head for the lovely card!' },
  { text: 'The head scrapped the homework club because nobody came.' },
  { text: 'Our head has been amazing this term.' },
  { text: 'Huge thanks to SLT for the staff breakfast.' },
  { text: 'The governors visited our art exhibition today.' },
  { text: 'Love my job, best colleagues ever.' },
  { text: 'Our head teacher ran the fun run dressed as a banana!' },
  { text: "I'm exhausted but it was worth it." },
  { text: 'Marking done, feet up.' },
  { text: 'The children were a nightmare to get into coats today, but we made it!' },
  { text: 'Thank you to the office team for all their help.' },
  { text: 'My colleague made the best cake for the bake sale.' },
  { text: 'Leadership training day today, lots to think about.' },
  { text: 'We were sad to say goodbye to our deputy head.' },
  { text: 'The governing body meets on Thursday.' },
  { text: 'Lots of marking this weekend, time for a coffee first.' },
  { text: 'SLT are running the Christmas quiz.' },
  { text: 'Our colleagues in Year 2 have done brilliant work.' },
  { text: "Parents' evening went really well." },
  { text: 'Our head ran the marathon for charity!' },
  { text: 'Grateful for such supportive management.' },
  { text: 'The staff room has a new coffee machine!' },
  { text: "Our head couldn't be prouder of the choir." },
  { text: "The head won't be in tomorrow, Mrs Shah is in charge." },
  { text: 'Nice of the PTA to bring cakes for the staffroom!' },
  // A leader named with describing words, praised; a decision-maker thanked; the school as a place.
  { text: 'Our brand new head is already a hit with the Reception children.' },
  { text: 'Whoever designed the new reading corner deserves a medal.' },
  { text: 'Someone left a scarf at the school gates, it is a horrible grey colour, come and claim it!' },
  { text: 'A horrible cold is doing the rounds in Year 2, so tissues in book bags please.' },
  { text: 'Another sunny playtime, another lost jumper.' },
  { text: 'What I really think of the panto would spoil the surprise, so come and see it!' },
];

export const invalid: RuleExample[] = [
  // A verdict in words the lists do not name, read through the broad class of judging words (VADER).
  {
    text: 'The trust’s handling of the pay offer was deceitful.',
    findings: [{ match: 'The trust’s handling of the pay offer was deceitful', severity: 'warning' }],
  },
  {
    text: 'Our interim head is so arrogant it hurts.',
    findings: [{ match: 'Our interim head is so arrogant it hurts', severity: 'warning' }],
  },
  // A decision-maker named only by the decision.
  {
    text: 'Whoever signed off the new homework policy is clueless.',
    findings: [{ match: 'policy is clueless', severity: 'warning' }],
  },
  // Fear of saying it: the employer is implied by the sack.
  {
    text: 'Telling the truth about this place would cost me my job.',
    findings: [{ match: 'cost me my job', severity: 'warning' }],
  },
  // Exhaustion with a cause laid at the school's door, and sarcasm beside it.
  {
    text: 'Exhausted. The new feedback policy doubled our load, genius.',
    findings: [{ match: 'Exhausted. The new feedback policy doubled our load, genius', severity: 'warning' }],
  },
  {
    text: "Whoever runs the rota here couldn't schedule a kettle boiling.",
    findings: [{ match: "Whoever runs the rota here couldn't schedule", severity: 'warning' }],
  },
  {
    text: 'Nobody in leadership listens to a word the support staff say.',
    findings: [{ match: 'leadership listens', severity: 'warning' }],
  },
  {
    text: 'Seething. The head scrapped our planning afternoon without a word.',
    findings: [{ match: 'Seething. The head', severity: 'warning' }],
  },
  {
    text: 'Our head has no idea what goes on in classrooms.',
    findings: [{ match: 'Our head has no idea', severity: 'warning' }],
  },
  {
    text: 'SLT dumped marking on us again.',
    findings: [{ match: 'SLT dumped marking on us again', severity: 'warning' }],
  },
  {
    text: 'The governors are a joke.',
    findings: [{ match: 'The governors are a joke', severity: 'warning' }],
  },
  { text: 'Management are useless.', findings: [{ match: 'Management are useless', severity: 'warning' }] },
  {
    text: 'My line manager never listens.',
    findings: [{ match: 'My line manager never listens', severity: 'warning' }],
  },
  { text: 'I hate my job.', findings: [{ match: 'hate my job', severity: 'warning' }] },
  { text: 'Unpaid overtime again this week.', findings: [{ match: 'Unpaid overtime', severity: 'warning' }] },
  {
    text: 'Our head is completely out of touch.',
    findings: [{ match: 'Our head is completely out of touch', severity: 'warning' }],
  },
  {
    text: "Senior leadership couldn't care less about staff.",
    findings: [{ match: "Senior leadership couldn't care less", severity: 'warning' }],
  },
  {
    text: 'Sick of being treated like dirt at work.',
    findings: [{ match: 'Sick of being treated like dirt at work', severity: 'warning' }],
  },
  {
    text: 'colleagues are lazy and leave everything to me.',
    findings: [{ match: 'colleagues are lazy', severity: 'warning' }],
  },
  {
    text: 'The trust is an absolute shambles.',
    findings: [{ match: 'The trust is an absolute shambles', severity: 'warning' }],
  },
  {
    text: 'Another pointless meeting after school.',
    findings: [{ match: 'Another pointless meeting', severity: 'warning' }],
  },
  {
    text: 'headteacher is incompetent.',
    findings: [{ match: 'headteacher is incompetent', severity: 'warning' }],
  },
  {
    text: 'The workload is ridiculous this term.',
    findings: [{ match: 'workload is ridiculous', severity: 'warning' }],
  },
  {
    text: 'Lost my PPA to cover again.',
    findings: [
      { match: 'Lost my PPA', severity: 'warning' },
      { match: 'cover again', severity: 'warning' },
    ],
  },
  {
    text: 'HR have been appalling about my contract.',
    findings: [{ match: 'HR have been appalling', severity: 'warning' }],
  },
  {
    text: 'SLT threw me under the bus in that meeting.',
    findings: [{ match: 'SLT threw me under the bus', severity: 'warning' }],
  },
  {
    text: 'The deputy is so two-faced.',
    findings: [{ match: 'The deputy is so two-faced', severity: 'warning' }],
  },
  {
    text: 'I feel so undervalued by the leadership team.',
    findings: [{ match: 'undervalued by the leadership team', severity: 'warning' }],
  },
  { text: 'Our school is toxic.', findings: [{ match: 'Our school is toxic', severity: 'warning' }] },
  {
    text: "Parents' evening ran late because SLT refused to book more slots.",
    findings: [{ match: 'SLT refused to book', severity: 'warning' }],
  },
  {
    text: "The trust's new logo is a vanity project nobody asked for.",
    findings: [{ match: "The trust's new logo is a vanity project nobody asked for", severity: 'warning' }],
  },
  {
    text: 'Funny how the governors always find time for photos. Never for the staff though 🙄',
    findings: [
      {
        match: 'Funny how the governors always find time for photos. Never for the staff though 🙄',
        severity: 'warning',
      },
    ],
  },
  {
    text: "My head of year still hasn't replied about the trip forms.",
    findings: [{ match: "My head of year still hasn't", severity: 'warning' }],
  },
  {
    text: 'Our deputy treats the office like her own little empire.',
    findings: [{ match: 'Our deputy treats the office like her own little empire', severity: 'warning' }],
  },
];
