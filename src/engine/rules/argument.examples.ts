/** Examples for the argument rule: run by test/unit/engine/rule-examples.test.ts. */
import type { RuleExample } from './examples';

export const valid: RuleExample[] = [
  // Read as acts through word classes (issue 13, branch conduct-acts): new wordings of each kind, and look-alikes.
  { text: 'Sorry, my mistake, the bus leaves at 8!', context: { isReply: true } },
  { text: 'Maybe check the second page? The dates are there.', context: { isReply: true } },
  { text: "Lovely idea, thank you, we'll pass it on.", context: { isReply: true } },
  { text: 'Did you see the photos from sports day?', context: { isReply: true } },
  { text: 'You keep making us proud, Year 6!', context: { isReply: true } },
  { text: "I understand you're disappointed about the trip being moved.", context: { isReply: true } },
  // Look-alikes of the kinds added for unseen wordings (7 Dec 2026).
  { text: "Have you actually tried the new menu? It's lovely!", context: { isReply: true } },
  { text: 'Did you actually win the raffle!', context: { isReply: true } },
  { text: "Here's a thought for the day: be kind.", context: { isReply: true } },
  { text: 'Perhaps listen to the podcast, it explains it well!', context: { isReply: true } },
  { text: "We're tired but happy after sports day!", context: { isReply: true } },
  { text: "I'll wait at the gate for you after the match.", context: { isReply: true } },
  { text: "Brilliant as usual, Year 4! You're not wrong, it was a great show.", context: { isReply: true } },
  { text: "We'll do better with the timings next year.", context: { isReply: true } },
  { text: 'Sorry, wrong link! Here is the right one.', context: { isReply: true } },
  { text: 'Thank you for your comment, we will look into it.' },
  { text: "You're right, we should have shared the date earlier." },
  { text: 'Great question! The fair starts at 2pm.' },
  { text: 'We have no idea yet when the roof will be fixed, sorry.' },
  { text: 'Do your homework on Tuesday evenings, Year 6!' },
  { text: 'Our Year 4s did some research on the Romans today.' },
  { text: "Wake up, sleepyheads, it's sports day!" },
  { text: 'Thanks for asking. Here is the link to the menu.' },
  { text: 'Our PE kit is on the website.' },
  { text: 'I think you may have misread the letter: the trip is on Friday.' },
  { text: 'Look it up in the dictionary, we told the class.' },
  { text: "Fair point, we'll add it to the FAQ." },
  { text: 'Huge thanks to the PTA and NHS volunteers.' },
  { text: 'OFSTED visited last year.' },
  { text: 'Please read the newsletter for details.' },
  { text: 'The KS2 SATs are in May.' },
  { text: 'We love hearing your views.' },
  { text: "Happy to discuss this at parents' evening." },
  { text: 'You are so kind, thank you!' },
  { text: 'Thanks for your patience while we sort it out.' },
  { text: "Sure, I'll send it over tomorrow.", context: { isReply: true } },
  { text: 'Wow, what a lovely surprise!', context: { isReply: true } },
  { text: "Thanks, I'll try again later.", context: { isReply: true } },
  { text: 'Please read it again when you have a moment, the dates changed.', context: { isReply: true } },
  { text: "We'll check the facts and get back to you.", context: { isReply: true } },
  { text: "Don't give up, Year 6!", context: { isReply: true } },
  { text: 'It makes no sense to drive, the car park is full.', context: { isReply: true } },
  { text: 'Nobody asked for a refund, it was a donation.', context: { isReply: true } },
];

export const invalid: RuleExample[] = [
  // Read as acts through word classes (issue 13, branch conduct-acts): new wordings of each kind, and look-alikes.
  {
    text: 'That is such a feeble excuse for an argument.',
    context: { isReply: true },
    findings: [{ match: 'is such a feeble', severity: 'warning' }],
  },
  {
    text: 'Did you even glance at the attendance figures before typing?',
    context: { isReply: true },
    findings: [{ match: 'before typing', severity: 'warning' }],
  },
  {
    text: 'Oh look, the playground philosopher has spoken. Genius.',
    context: { isReply: true },
    findings: [{ match: 'Genius', severity: 'warning' }],
  },
  {
    text: 'You keep saying that like it makes it true.',
    context: { isReply: true },
    findings: [{ match: 'keep saying that', severity: 'warning' }],
  },
  {
    text: 'Your reasoning is a mess from start to finish.',
    context: { isReply: true },
    findings: [{ match: 'reasoning is a mess', severity: 'warning' }],
  },
  {
    text: 'Shambolic reasoning, mate.',
    context: { isReply: true },
    findings: [{ match: 'Shambolic', severity: 'warning' }],
  },
  {
    text: 'Did you genuinely think that through?',
    context: { isReply: true },
    findings: [{ match: 'Did you genuinely think', severity: 'warning' }],
  },
  {
    text: 'Have you actually met a Year 1 class? Thought not.',
    context: { isReply: true },
    findings: [
      { match: 'Have you actually met', severity: 'warning' },
      { match: 'Thought not', severity: 'warning' },
    ],
  },
  {
    text: "We're tired of telling you, mate.",
    context: { isReply: true },
    findings: [{ match: "We're tired of telling", severity: 'warning' }],
  },
  {
    text: "Here's an idea: ask the teachers.",
    context: { isReply: true },
    findings: [{ match: "Here's an idea", severity: 'warning' }],
  },
  {
    text: 'Oh great, another genius with a theory.',
    context: { isReply: true },
    findings: [{ match: 'Oh great, another genius', severity: 'warning' }],
  },
  {
    text: 'Perhaps listen to the staff for once.',
    context: { isReply: true },
    findings: [{ match: 'Perhaps listen to the staff', severity: 'warning' }],
  },
  {
    text: 'Nope. Not having this rubbish again.',
    context: { isReply: true },
    findings: [{ match: 'this rubbish', severity: 'warning' }],
  },
  {
    text: "Ha, you're plain wrong there.",
    context: { isReply: true },
    findings: [{ match: "you're plain wrong", severity: 'warning' }],
  },
  {
    text: "You've got the dates totally backwards, as ever.",
    context: { isReply: true },
    findings: [{ match: "You've got the dates totally backwards", severity: 'warning' }],
  },
  {
    text: 'Wrong again. Sources? None, of course.',
    context: { isReply: true },
    findings: [
      { match: 'Wrong again', severity: 'warning' },
      { match: 'Sources', severity: 'warning' },
    ],
  },
  {
    text: "Clearly you haven't a clue how a timetable works.",
    context: { isReply: true },
    findings: [{ match: "you haven't a clue", severity: 'warning' }],
  },
  {
    text: 'Says someone who has never taught a class of thirty.',
    context: { isReply: true },
    findings: [{ match: 'never taught a class', severity: 'warning' }],
  },
  {
    text: 'Imagine posting this and thinking it helps 🙄',
    context: { isReply: true },
    findings: [{ match: 'Imagine posting', severity: 'warning' }],
  },
  {
    text: 'Yawn.',
    context: { isReply: true },
    findings: [{ match: 'Yawn', severity: 'warning' }],
  },
  {
    text: "You're completely wrong about the date.",
    context: { isReply: false },
    findings: [{ match: "You're completely wrong", severity: 'info' }],
  },
  {
    text: "You're completely wrong.",
    context: { isReply: true },
    findings: [{ match: "You're completely wrong", severity: 'warning' }],
  },
  {
    text: 'Educate yourself before commenting.',
    context: { isReply: true },
    findings: [{ match: 'Educate yourself', severity: 'warning' }],
  },
  {
    text: 'Do your homework, mate.',
    context: { isReply: true },
    findings: [{ match: 'Do your homework', severity: 'warning' }],
  },
  {
    text: "You have no idea what you're talking about.",
    context: { isReply: true },
    findings: [{ match: 'You have no idea', severity: 'warning' }],
  },
  {
    text: 'THIS IS NOT WHAT I SAID.',
    context: { isReply: true },
    findings: [{ match: 'THIS IS NOT WHAT I SAID', severity: 'warning' }],
  },
  { text: 'Grow up.', context: { isReply: true }, findings: [{ match: 'Grow up', severity: 'warning' }] },
  {
    text: 'Shame on you.',
    context: { isReply: true },
    findings: [{ match: 'Shame on you', severity: 'warning' }],
  },
  {
    text: 'Get your facts straight.',
    context: { isReply: true },
    findings: [{ match: 'Get your facts straight', severity: 'warning' }],
  },
  {
    text: 'Are you serious?',
    context: { isReply: true },
    findings: [{ match: 'Are you serious', severity: 'warning' }],
  },
  {
    text: 'Nobody asked.',
    context: { isReply: true },
    findings: [{ match: 'Nobody asked', severity: 'warning' }],
  },
  {
    text: 'Read a book sometime.',
    context: { isReply: true },
    findings: [{ match: 'Read a book', severity: 'warning' }],
  },
  { text: 'Google it.', context: { isReply: true }, findings: [{ match: 'Google it', severity: 'warning' }] },
  { text: 'Ok boomer.', context: { isReply: true }, findings: [{ match: 'Ok boomer', severity: 'warning' }] },
  {
    text: 'How dare you say that about our staff.',
    context: { isReply: true },
    findings: [{ match: 'How dare you', severity: 'warning' }],
  },
  {
    text: 'You are wrong and you know it.',
    context: { isReply: true },
    findings: [{ match: 'You are wrong', severity: 'warning' }],
  },
  { text: 'Prove it.', context: { isReply: true }, findings: [{ match: 'Prove it', severity: 'warning' }] },
  { text: 'Whatever.', context: { isReply: true }, findings: [{ match: 'Whatever', severity: 'warning' }] },
  {
    text: 'Deal with it.',
    context: { isReply: true },
    findings: [{ match: 'Deal with it', severity: 'warning' }],
  },
  {
    text: 'Get a grip.',
    context: { isReply: true },
    findings: [{ match: 'Get a grip', severity: 'warning' }],
  },
  { text: 'Educate yourself, people.', findings: [{ match: 'Educate yourself', severity: 'info' }] },
  {
    text: "Sweetie, that's not how it works.",
    context: { isReply: true },
    findings: [{ match: 'Sweetie', severity: 'info' }],
  },
  {
    text: "That's a load of codswallop.",
    context: { isReply: true },
    findings: [{ match: "That's a load of codswallop", severity: 'warning' }],
  },
  {
    text: 'Did you actually read the policy?',
    context: { isReply: true },
    findings: [{ match: 'Did you actually read', severity: 'warning' }],
  },
  {
    text: 'Who made you the judge of good teaching?',
    context: { isReply: true },
    findings: [{ match: 'Who made you the', severity: 'warning' }],
  },
  {
    text: 'Give it a rest, honestly.',
    context: { isReply: true },
    findings: [{ match: 'Give it a rest', severity: 'warning' }],
  },
  {
    text: 'Think before you hit send next time.',
    context: { isReply: true },
    findings: [{ match: 'Think before you hit', severity: 'warning' }],
  },
  {
    text: 'Clueless take, as ever.',
    context: { isReply: true },
    findings: [{ match: 'Clueless take', severity: 'warning' }],
  },
  {
    text: 'Did you even read the policy?',
    context: { isReply: false },
    findings: [{ match: 'Did you even read', severity: 'info' }],
  },
];
