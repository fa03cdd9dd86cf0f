/** Examples for the harassment rule: run by test/unit/engine/rule-examples.test.ts. */
import type { RuleExample } from './examples';

export const valid: RuleExample[] = [
  { text: 'I know where the library is, see you there at 3.' },
  { text: "You'll love the new reading corner." },
  { text: 'Everyone loves our school dog.' },
  { text: 'Watch this space for news of our summer fair.' },
  { text: 'Please report any lost property to the office.' },
  { text: 'Nobody likes a soggy sandwich, so pack an ice block!' },
  { text: "I could kill for a cup of tea after parents' evening." },
  { text: "We'll regret not bringing coats if it rains." },
  { text: 'The children learnt how to report unkind messages online.' },
  { text: 'Everyone is welcome at the summer fair.' },
  { text: "Don't forget to watch your step on the icy playground." },
  { text: 'The story ends when the giant is killed by Jack.' },
  { text: 'Remember to tell a trusted adult if anything online worries you.' },
  { text: 'You have so many friends here, welcome back!' },
  { text: 'Please share this post so everyone knows about the fair.' },
  { text: 'No one is left out at our lunchtime clubs.' },
  { text: "Let's all celebrate the end of term!" },
  { text: "We'll be sorry to see Mrs Jones retire." },
  { text: 'Our Year 6 debate team were fierce but fair.' },
  { text: "I'm coming for the cake before it's gone!" },
];

export const invalid: RuleExample[] = [
  {
    text: 'He said "I know where you live" and I reported it to the police.',
    findings: [{ match: 'I know where you live', severity: 'info' }],
  },
  { text: 'I know where you live.', findings: [{ match: 'I know where you live', severity: 'warning' }] },
  { text: "You'll regret it.", findings: [{ match: "You'll regret it", severity: 'warning' }] },
  { text: 'Watch your back.', findings: [{ match: 'Watch your back', severity: 'warning' }] },
  { text: 'Nobody likes you.', findings: [{ match: 'Nobody likes you', severity: 'warning' }] },
  {
    text: 'Everyone report her, she deserves it.',
    findings: [{ match: 'Everyone report her', severity: 'warning' }],
  },
  {
    text: "I'll kill you if you say that again.",
    findings: [{ match: "I'll kill you", severity: 'warning' }],
  },
  { text: 'Kill yourself.', findings: [{ match: 'Kill yourself', severity: 'warning' }] },
  { text: 'Honestly, kys.', findings: [{ match: 'kys', severity: 'warning' }] },
  {
    text: 'You have no friends and everyone knows it.',
    findings: [{ match: 'You have no friends', severity: 'warning' }],
  },
  { text: 'Everyone hates you.', findings: [{ match: 'Everyone hates you', severity: 'warning' }] },
  { text: "Let's all report his account.", findings: [{ match: "Let's all report", severity: 'warning' }] },
  { text: 'Mass report this page please.', findings: [{ match: 'Mass report', severity: 'warning' }] },
  { text: "You've been warned.", findings: [{ match: "You've been warned", severity: 'warning' }] },
  {
    text: "I'll make your life hell.",
    findings: [{ match: "I'll make your life hell", severity: 'warning' }],
  },
  { text: "You're worthless.", findings: [{ match: "You're worthless", severity: 'warning' }] },
  {
    text: 'Flood her mentions, she needs to hear it.',
    findings: [{ match: 'Flood her mentions', severity: 'warning' }],
  },
  { text: 'I hope you die.', findings: [{ match: 'hope you die', severity: 'warning' }] },
  {
    text: 'We know where you live and we know where your kids go to school.',
    findings: [
      { match: 'We know where you live', severity: 'warning' },
      { match: 'know where your kids', severity: 'warning' },
    ],
  },
  { text: 'Name and shame this parent.', findings: [{ match: 'Name and shame', severity: 'warning' }] },
  { text: 'Nobody would miss you.', findings: [{ match: 'Nobody would miss you', severity: 'warning' }] },
  {
    text: "I'm going to stab him tomorrow.",
    findings: [{ match: 'going to stab him', severity: 'warning' }],
  },
];
