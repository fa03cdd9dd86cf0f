/** Examples for the harassment rule: run by test/unit/engine/rule-examples.test.ts. */
import type { RuleExample } from './examples';

export const valid: RuleExample[] = [
  // Read as acts through word classes (issue 13, branch conduct-acts): new wordings of each kind, and look-alikes.
  { text: "You're going to love the new menu, trust me!" },
  { text: "We know which class you're in, so we'll send the kit list home!", context: { isReply: true } },
  { text: "Let's all tag our favourite teacher and say thank you!" },
  { text: 'Someone needs to put the kettle on in the staffroom.' },
  { text: 'Your friends know who you are when times are hard.', context: { isReply: true } },
  { text: 'Careful what you wish for: the tuck shop has run out of crisps!' },
  // Look-alikes of the kinds added for unseen wordings (7 Dec 2026): continuation, safety, whereabouts, exposure.
  { text: "Do the quiz again and you'll beat your score!" },
  { text: 'Pop past our house on Saturday for the plant sale.', context: { isReply: true } },
  { text: 'If I were you I would bring a spare jumper.', context: { isReply: true } },
  { text: 'Your lovely son read his poem to the whole school.', context: { isReply: true } },
  { text: 'Please send the form to the school office by Friday.' },
  { text: 'Remember to lock your car in the staff car park.' },
  { text: "We're all watching you grow, Year 6!", context: { isReply: true } },
  { text: 'Small world! Your mum taught me in Year 2.', context: { isReply: true } },
  { text: 'Your kids are in my class next year, cannot wait!', context: { isReply: true } },
  { text: 'Pile in, everyone: the raffle starts at noon!' },
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
  { text: "Sign up for football club and we'll send you the kit list." },
  { text: 'Plant a seed and see what happens over half term!' },
  { text: "I dare you to taste Mr Khan's famous curry!" },
  { text: 'Tick tock, only two days until the summer fair!' },
  { text: "Hand in your slips or you'll miss the trip." },
  { text: 'No one wants you to miss the disco, so book now!' },
  { text: 'Enjoy the sunshine while you can!' },
  { text: "We'll find you a seat at the front." },
  { text: "You're done! Well done Year 6 for finishing SATs." },
  { text: 'We will be waiting for you at the finish line!' },
  { text: "You'll find out what happens to the caterpillar next week." },
  { text: 'Tick tock.', context: { isReply: false } },
  { text: "You'll like what happens next in chapter 3!" },
];

export const invalid: RuleExample[] = [
  // Read as acts through word classes (issue 13, branch conduct-acts): new wordings of each kind, and look-alikes.
  {
    text: "Push me once more and you're going to be very sorry, sunshine.",
    context: { isReply: true },
    findings: [{ match: "and you're going to be very sorry", severity: 'warning' }],
  },
  {
    text: "You'll be hearing from my cousins, and they don't write letters.",
    context: { isReply: true },
    findings: [{ match: "You'll be hearing from my cousins", severity: 'warning' }],
  },
  {
    text: 'Be a real shame if your windows got broken overnight.',
    context: { isReply: true },
    findings: [{ match: 'shame if your windows got', severity: 'warning' }],
  },
  {
    text: 'I know what street you park on, Dave.',
    context: { isReply: true },
    findings: [{ match: 'I know what street', severity: 'warning' }],
  },
  {
    text: "Mess with my family and I'm coming over to deal with it.",
    context: { isReply: true },
    findings: [{ match: "and I'm coming", severity: 'warning' }],
  },
  {
    text: 'Honestly, a man like that deserves a good hiding.',
    findings: [{ match: 'deserves a good hiding', severity: 'warning' }],
  },
  {
    text: "We'll catch you outside the gates one of these days, all of us.",
    context: { isReply: true },
    findings: [{ match: "We'll catch you outside", severity: 'warning' }],
  },
  {
    text: 'Stay off my page. Or. Else.',
    context: { isReply: true },
    findings: [{ match: 'Or. Else', severity: 'warning' }],
  },
  {
    text: "Folks, let's flood his inbox until he quits the committee.",
    findings: [
      { match: 'flood his inbox', severity: 'warning' },
      { match: 'until he quits', severity: 'warning' },
    ],
  },
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
  {
    text: "You've been warned.",
    context: { isReply: true },
    findings: [{ match: "You've been warned", severity: 'warning' }],
  },
  {
    text: 'You have been warned: the cake stall sells out by ten!',
    findings: [{ match: 'You have been warned', severity: 'info' }],
  },
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
  {
    text: "Post that photo again and I'll sort you out myself.",
    context: { isReply: true },
    findings: [
      { match: "again and I'll", severity: 'warning' },
      { match: 'sort you out', severity: 'warning' },
    ],
  },
  {
    text: 'Take it down tonight or there will be trouble.',
    findings: [{ match: 'or there will be trouble', severity: 'warning' }],
  },
  {
    text: "Lovely car you've got. Be a pity if anything happened to it.",
    context: { isReply: true },
    findings: [{ match: 'pity if anything happened', severity: 'warning' }],
  },
  {
    text: 'We know which street you live on.',
    findings: [{ match: 'We know which street', severity: 'warning' }],
  },
  {
    text: "Next time we won't be so understanding.",
    context: { isReply: true },
    findings: [{ match: "Next time we won't be so understanding", severity: 'warning' }],
  },
  {
    text: 'Come outside and say that to my face.',
    context: { isReply: true },
    findings: [{ match: 'say that to my face', severity: 'warning' }],
  },
  { text: 'Tick tock.', context: { isReply: true }, findings: [{ match: 'Tick tock', severity: 'warning' }] },
  {
    text: 'Nobody on this street wants you around.',
    context: { isReply: true },
    findings: [{ match: 'Nobody on this street wants you', severity: 'warning' }],
  },
  {
    text: 'Do us all a favour and log off for good.',
    context: { isReply: true },
    findings: [{ match: 'Do us all a favour and log', severity: 'warning' }],
  },
  {
    text: 'Carry on and see what happens.',
    context: { isReply: true },
    findings: [{ match: 'Carry on and see what happens', severity: 'warning' }],
  },
  {
    text: "I'll make sure the whole town hears about your little secret.",
    findings: [{ match: 'make sure the whole town hears about', severity: 'warning' }],
  },
  {
    text: 'Everyone keep tagging him until he deletes the post.',
    findings: [
      { match: 'tagging him', severity: 'warning' },
      { match: 'until he deletes', severity: 'warning' },
    ],
  },
  {
    text: 'E-safety lesson: when a message says it will hurt you, show a grown-up.',
    findings: [{ match: 'hurt you', severity: 'info' }],
  },
  {
    text: "Carry on posting and you won't like what comes next.",
    findings: [{ match: "you won't like what comes", severity: 'warning' }],
  },
  {
    text: "Say it once more and you'll see what happens to your car.",
    context: { isReply: true },
    findings: [{ match: "and you'll see", severity: 'warning' }],
  },
  {
    text: "Keep this up and we'll be coming round to yours.",
    context: { isReply: true },
    findings: [{ match: "Keep this up and we'll be coming", severity: 'warning' }],
  },
  {
    text: 'Walked past your house earlier, mate. Lights were on.',
    context: { isReply: true },
    findings: [{ match: 'Walked past your house', severity: 'warning' }],
  },
  {
    text: "I'd keep your doors locked tonight if I were you.",
    context: { isReply: true },
    findings: [{ match: 'locked tonight if I were you', severity: 'warning' }],
  },
  {
    text: 'Your little boy plays out on his own a lot, I notice.',
    context: { isReply: true },
    findings: [{ match: 'Your little boy plays out on his own', severity: 'warning' }],
  },
  {
    text: 'Girls, grab what she wrote and forward it to her boss.',
    findings: [{ match: 'forward it to her boss', severity: 'warning' }],
  },
  {
    text: 'Mind what you type about my family, sunshine.',
    context: { isReply: true },
    findings: [{ match: 'Mind what you type', severity: 'warning' }],
  },
  {
    text: 'Think long and hard before you post about my lad again.',
    context: { isReply: true },
    findings: [{ match: 'Think long and hard before you', severity: 'warning' }],
  },
  {
    text: 'Give it a week and your life at that place will be hell.',
    context: { isReply: true },
    findings: [{ match: 'your life at that place will be hell', severity: 'warning' }],
  },
  {
    text: "We know when you leave work, Karen. You'll see.",
    context: { isReply: true },
    findings: [
      { match: 'know when you leave', severity: 'warning' },
      { match: "You'll see", severity: 'warning' },
    ],
  },
  {
    text: "Carry on and it's your funeral.",
    context: { isReply: true },
    findings: [{ match: 'your funeral', severity: 'warning' }],
  },
  {
    text: "Pile on, lads, she's earned it.",
    findings: [{ match: 'Pile on', severity: 'warning' }],
  },
  {
    text: 'Got your husband’s profile up right now. Interesting reading.',
    context: { isReply: true },
    findings: [{ match: 'Got your husband’s profile', severity: 'warning' }],
  },
];
