/** Examples for the partisan rule: run by test/unit/engine/rule-examples.test.ts. */
import type { RuleExample } from './examples';

export const valid: RuleExample[] = [
  { text: 'Reform of the reading scheme starts in January.' },
  { text: "The Prime Minister's letter to schools about the heatwave is on our website." },
  { text: 'Vote for your favourite book in the library this week!' },
  { text: 'Remember to vote on Thursday!' },
  { text: 'Our school council elections are next week: good luck to every candidate.' },
  { text: 'The local MP visited our school to talk about Parliament Week.' },
  { text: 'Year 6 held a mock election: the Greens won!' },
  { text: 'A labour of love, this display took weeks.' },
  { text: 'Eat your greens, everyone!' },
  { text: 'We visited the Houses of Parliament on our trip.' },
  { text: 'Our pupils learnt about British values and democracy.' },
  { text: 'The Labour MP for our area opened the new library.' },
  { text: 'Register to vote by Monday if you want a say.' },
  { text: 'All parties were invited to our hustings.' },
  { text: 'Reform of the curriculum is coming next year.' },
  { text: 'The Conservatives and Labour both sent candidates to our question time.' },
  { text: 'We are learning how Parliament works.' },
  { text: 'Our head boy and head girl were elected today.' },
  { text: 'Polling station at our school on Thursday: school closed.' },
  { text: 'Conservative estimates say 200 people came to the fair.' },
  { text: 'The new government announced free breakfast clubs.' },
  { text: 'Thanks to everyone who voted in our book award.' },
  { text: 'Democracy in action at our pupil council meeting.' },
  { text: "The Prime Minister can't wait to visit the winning school." },
  { text: 'Our local MP forgot the name of our school, bless him!' },
];

export const invalid: RuleExample[] = [
  {
    text: "The cabinet couldn't organise a bake sale.",
    findings: [{ match: "The cabinet couldn't organise", severity: 'warning' }],
  },
  {
    text: 'Kick the Tories out next time, please.',
    findings: [{ match: 'Kick the Tories out', severity: 'warning' }],
  },
  {
    text: 'Polanski talks more sense than the rest put together.',
    findings: [{ match: 'Polanski talks more sense', severity: 'warning' }],
  },
  { text: 'Vote Labour on Thursday!', findings: [{ match: 'Vote Labour', severity: 'warning' }] },
  {
    text: 'The Tories have ruined our schools.',
    findings: [{ match: 'Tories have ruined', severity: 'warning' }],
  },
  {
    text: 'Labour have destroyed education funding.',
    findings: [{ match: 'Labour have destroyed', severity: 'warning' }],
  },
  { text: 'Vote for the Lib Dems!', findings: [{ match: 'Vote for the Lib Dems', severity: 'warning' }] },
  {
    text: 'Get rid of this government.',
    findings: [{ match: 'Get rid of this government', severity: 'warning' }],
  },
  { text: 'Never vote Tory.', findings: [{ match: 'Never vote Tory', severity: 'warning' }] },
  {
    text: 'Reform UK are the only hope for this country.',
    findings: [{ match: 'Reform UK are the only hope', severity: 'warning' }],
  },
  {
    text: 'Proud member of the Labour Party.',
    findings: [{ match: 'Proud member of the Labour Party', severity: 'warning' }],
  },
  { text: 'Starmer is a liar.', findings: [{ match: 'Starmer is a liar', severity: 'warning' }] },
  {
    text: "The SNP have failed Scotland's schools.",
    findings: [{ match: 'SNP have failed', severity: 'warning' }],
  },
  {
    text: 'The Conservatives are corrupt.',
    findings: [{ match: 'Conservatives are corrupt', severity: 'warning' }],
  },
  { text: 'Vote Green for a better future.', findings: [{ match: 'Vote Green', severity: 'warning' }] },
  { text: 'Farage must go.', findings: [{ match: 'Farage must go', severity: 'warning' }] },
  { text: 'Sunak wrecked the economy.', findings: [{ match: 'Sunak wrecked', severity: 'warning' }] },
  {
    text: 'Campaigning for the Lib Dems this weekend.',
    findings: [{ match: 'Campaigning for the Lib Dems', severity: 'warning' }],
  },
  { text: 'The Tories cut our budget again.', findings: [{ match: 'Tories cut', severity: 'warning' }] },
  { text: 'Support Reform UK.', findings: [{ match: 'Support Reform UK', severity: 'warning' }] },
  { text: 'Labour are a disgrace.', findings: [{ match: 'Labour are a disgrace', severity: 'warning' }] },
  {
    text: 'Thank goodness Labour got in.',
    findings: [{ match: 'Thank goodness Labour got in', severity: 'warning' }],
  },
  {
    text: 'Vote Conservative to save our schools.',
    findings: [{ match: 'Vote Conservative', severity: 'warning' }],
  },
  {
    text: "The Chancellor hasn't the foggiest about school budgets.",
    findings: [{ match: "The Chancellor hasn't the foggiest", severity: 'warning' }],
  },
  {
    text: 'Labour promised fair funding. Letdown after letdown.',
    findings: [{ match: 'Labour promised fair funding. Letdown after letdown', severity: 'warning' }],
  },
  {
    text: 'Put your X next to the Greens on Thursday.',
    context: { account: 'official' },
    findings: [{ match: 'Put your X next to the Greens', severity: 'warning' }],
  },
  {
    text: 'Sack the Home Secretary, the sooner the better.',
    findings: [{ match: 'Sack the Home Secretary', severity: 'warning' }],
  },
  {
    text: 'The Lib Dems left us with nothing. Chancers, the lot of them.',
    findings: [{ match: 'Lib Dems left us with nothing. Chancers', severity: 'warning' }],
  },
  {
    text: "Ministers won't fund the repairs our roof needs.",
    findings: [{ match: "Ministers won't fund", severity: 'warning' }],
  },
  {
    text: 'The government has abandoned rural schools.',
    findings: [{ match: 'The government has abandoned', severity: 'warning' }],
  },
];
