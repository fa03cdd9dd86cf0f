/** Examples for the offensive rule: run by test/unit/engine/rule-examples.test.ts. */
import type { RuleExample } from './examples';

export const valid: RuleExample[] = [
  { text: 'What a fantastic assessment week, well done everyone.' },
  { text: 'Off to Scunthorpe for the cup match on Saturday!' },
  { text: 'Arsenal were brilliant last night.' },
  { text: 'Lovely walk along the Sussex coast this weekend.' },
  { text: 'Our class assembly was a triumph.' },
  { text: 'Sorry I was stupid and forgot the permission slips.' },
  { text: 'I feel like such an idiot, I left my lanyard at home.' },
  { text: 'We had a lovely time at the farm and saw the pigs.' },
  { text: 'The cocktail party for the PTA raised £400.' },
  { text: "Sod's law: it rained on sports day." },
  { text: 'A stupid mistake on my part, apologies to all.' },
  { text: 'The printer is useless today.' },
  { text: "Hell's Kitchen was on telly last night." },
  { text: 'Dick Whittington is our Christmas panto this year.' },
  { text: 'He is not an idiot, he just made a mistake.' },
  { text: 'The class hamster is called Mr Nibbles.' },
  { text: 'Our pupils are passionate about the environment.' },
  { text: 'That was a shell of a building after the fire.' },
  { text: 'We read Moby Dick in the book club.' },
  { text: 'The snake at the reptile show was amazing.' },
  { text: 'Great assessment results from the spelling test.' },
  { text: 'Well done to the Essex hockey team.' },
];

export const invalid: RuleExample[] = [
  { text: 'This is fucking ridiculous.', findings: [{ match: 'fucking', severity: 'warning' }] },
  { text: 'What a load of sh1t.', findings: [{ match: 'sh1t', severity: 'warning' }] },
  { text: 'Absolute f*ck up from the council again.', findings: [{ match: 'f*ck', severity: 'warning' }] },
  { text: 'f u c k this weather', findings: [{ match: 'f u c k', severity: 'warning' }] },
  { text: 'Fuuuuck, I forgot the register.', findings: [{ match: 'Fuuuuck', severity: 'warning' }] },
  { text: "Oh bloody hell, it's snowing again.", findings: [{ match: 'bloody hell', severity: 'info' }] },
  { text: "It's a bloody shame.", findings: [{ match: 'bloody', severity: 'info' }] },
  {
    text: 'You are a pathetic idiot.',
    findings: [
      { match: 'pathetic', severity: 'warning' },
      { match: 'idiot', severity: 'warning' },
    ],
  },
  { text: 'He is such a moron.', findings: [{ match: 'moron', severity: 'warning' }] },
  { text: 'What a bastard.', findings: [{ match: 'bastard', severity: 'warning' }] },
  { text: 'That referee is a complete twat.', findings: [{ match: 'twat', severity: 'warning' }] },
  {
    text: 'Shut up you stupid cow.',
    findings: [
      { match: 'stupid', severity: 'warning' },
      { match: 'cow', severity: 'warning' },
    ],
  },
  { text: "She's a liar and a fraud.", findings: [{ match: 'liar', severity: 'warning' }] },
  { text: 'This is crap.', findings: [{ match: 'crap', severity: 'info' }] },
  { text: "He's a right numpty.", findings: [{ match: 'numpty', severity: 'info' }] },
  { text: "You're an utter dickhead.", findings: [{ match: 'dickhead', severity: 'warning' }] },
  { text: 'What the hell were they thinking?', findings: [{ match: 'hell', severity: 'info' }] },
  { text: 'Piss off, nobody asked you.', findings: [{ match: 'Piss off', severity: 'warning' }] },
  { text: 'They are all scumbags.', findings: [{ match: 'scumbags', severity: 'warning' }] },
  { text: "You're so pathetic.", findings: [{ match: 'pathetic', severity: 'warning' }] },
  { text: 'Damn, missed the bus.', findings: [{ match: 'Damn', severity: 'info' }] },
  { text: 'This is bullshit!', findings: [{ match: 'bullshit', severity: 'warning' }] },
];
