/** Examples for the discriminatory rule: run by test/unit/engine/rule-examples.test.ts. */
import type { RuleExample } from './examples';

export const valid: RuleExample[] = [
  // Read as acts through word classes (issue 13, branch conduct-acts): new wordings of each kind, and look-alikes.
  { text: 'Sikh volunteers served langar to the whole of Year 4.' },
  { text: "Muslim parents can't make Friday's meeting because of prayers, so we've moved it." },
  { text: "Girls can't wait for the netball final!" },
  { text: 'A Polish dad fixed the minibus for free, legend.' },
  { text: 'Somali families shared stories of the journey that brought them here.' },
  { text: 'Immigrants are not criminals, and the figures show it.' },
  { text: 'Send Polish families the translated letter, please.' },
  // Look-alikes of the kinds added for unseen wordings (7 Dec 2026).
  { text: 'Our gay teachers ran a brilliant Pride assembly.' },
  { text: 'No Muslim family should ever feel unwelcome here.' },
  { text: 'Women were confused by the new car park layout.' },
  { text: 'Our staff are on the dole after the factory closed.' },
  { text: 'Get out and meet the refugees at the welcome picnic!' },
  { text: 'Welcome to our refugee families! Keep them warm with our donated coats.' },
  { text: 'Girls kept apart from boys in PE? Not here.' },
  { text: 'Clear the hall out for the disco, the Polish families are bringing food!' },
  { text: 'We are learning about racism in PSHE this week.' },
  { text: 'I love Muslims and I love my Muslim neighbours.' },
  { text: 'Black History Month starts today, with a special assembly.' },
  { text: "I don't hate women, whatever the trolls say." },
  { text: 'I will not tolerate posts like "immigrants are vile" on this page.' },
  { text: 'No gay person ought to be treated like that.' },
  { text: 'Lovely to welcome so many refugees to our community lunch.' },
  { text: 'The guitar player in that band is a gay person.' },
  { text: 'The whole process seemed a bit queer to me.' },
  { text: "If only smoking fags wasn't so bad for your lungs." },
  { text: 'We went for a walk on the dyke by the river.' },
  { text: 'Trans people belong in every part of public life.' },
  { text: "Our old people's lunch club needs volunteers." },
  { text: 'Disabled people like you are absolute heroes.' },
  { text: 'We talked about how women were treated in history and why the suffragettes fought back.' },
  { text: 'Black cats are not unlucky, whatever the superstition says.' },
  { text: 'My grandad is 90 and as sharp as ever.' },
  { text: "It's obvious that gay people are the very opposite of stupid." },
  { text: 'We celebrated Eid and Diwali with the whole school.' },
  { text: "The women's football team won the league!" },
  { text: 'I hate spiders.' },
  { text: 'Migrant families are welcome here.' },
  { text: 'Refugees are not criminals, whatever the papers say.' },
  { text: 'Albanian families brought a feast to the fair.' },
  { text: 'Send all girls out to the playground at 10.' },
  { text: 'Our boys were absolutely filthy after the mud run!' },
  { text: 'Refugee families are welcome at our stay and play.' },
  { text: "Travellers' children are always welcome at our school." },
];

export const invalid: RuleExample[] = [
  // Read as acts through word classes (issue 13, branch conduct-acts): new wordings of each kind, and look-alikes.
  {
    text: 'Albanians are forever up to some scam or other.',
    findings: [{ match: 'Albanians are forever up to some scam', severity: 'warning' }],
  },
  {
    text: "Sikhs shouldn't be running the parish council.",
    findings: [{ match: "Sikhs shouldn't be running the", severity: 'warning' }],
  },
  {
    text: "Bangladeshis can't cook proper English food.",
    findings: [{ match: "Bangladeshis can't cook proper", severity: 'warning' }],
  },
  {
    text: 'Somalis are a menace on the buses.',
    findings: [{ match: 'Somalis are a menace', severity: 'warning' }],
  },
  {
    text: 'Those Albanians should be packed off back home on the first flight.',
    findings: [{ match: 'Albanians should be packed', severity: 'warning' }],
  },
  {
    text: 'Romanians are the laziest workers going.',
    findings: [{ match: 'Romanians are the laziest', severity: 'warning' }],
  },
  {
    text: 'Why are we paying for refugees? Boot them out.',
    findings: [{ match: 'Boot them out', severity: 'warning' }],
  },
  {
    text: 'Britain is full. Enough.',
    findings: [{ match: 'Britain is full', severity: 'warning' }],
  },
  {
    text: "A leaflet saying 'Britain is full' was put through doors; we reported it.",
    findings: [{ match: 'Britain is full', severity: 'info' }],
  },
  {
    text: 'Roma children ought to go to their own schools.',
    findings: [{ match: 'Roma children ought to go to their own schools', severity: 'warning' }],
  },
  {
    text: 'The Jewish lobby pulls the strings, obviously.',
    findings: [{ match: 'Jewish lobby pulls the strings', severity: 'warning' }],
  },
  {
    text: 'Somali families are on the dole, all of them.',
    findings: [{ match: 'Somali families are on the dole', severity: 'warning' }],
  },
  {
    text: 'Trans women are a danger to girls in toilets.',
    findings: [{ match: 'Trans women are a danger', severity: 'warning' }],
  },
  {
    text: 'Kick out every asylum seeker in the hotel.',
    findings: [{ match: 'Kick out every asylum seeker', severity: 'warning' }],
  },
  {
    text: 'No Muslim should be allowed to teach RE.',
    findings: [{ match: 'No Muslim should be allowed', severity: 'warning' }],
  },
  {
    text: 'Catholics pull the strings in this town.',
    findings: [{ match: 'Catholics pull the strings', severity: 'warning' }],
  },
  {
    text: 'Several parents posted that migrants are criminals; that is a lie.',
    findings: [{ match: 'migrants are criminals', severity: 'info' }],
  },
  {
    text: 'Refugees are parasites, about time somebody said it.',
    findings: [{ match: 'Refugees are parasites', severity: 'warning' }],
  },
  {
    text: 'Calling disabled people names is a horrible thing to do.',
    findings: [{ match: 'disabled people names is a horrible', severity: 'info' }],
  },
  { text: 'Typical women drivers.', findings: [{ match: 'Typical women drivers', severity: 'warning' }] },
  {
    text: 'Immigrants ruin everything.',
    findings: [{ match: 'Immigrants ruin everything', severity: 'warning' }],
  },
  { text: "That's so gay.", findings: [{ match: "That's so gay", severity: 'warning' }] },
  { text: 'Stop being so retarded.', findings: [{ match: 'retarded', severity: 'warning' }] },
  { text: "He's such a spaz.", findings: [{ match: 'spaz', severity: 'warning' }] },
  { text: 'Muslims are a virus.', findings: [{ match: 'Muslims are a virus', severity: 'warning' }] },
  { text: 'I hate gay people.', findings: [{ match: 'hate gay people', severity: 'warning' }] },
  {
    text: 'Women are just so stupid.',
    findings: [{ match: 'Women are just so stupid', severity: 'warning' }],
  },
  {
    text: 'Trans people are disgusting.',
    findings: [{ match: 'Trans people are disgusting', severity: 'warning' }],
  },
  {
    text: 'Disabled people should all be locked up in cages.',
    findings: [{ match: 'Disabled people should all be locked up', severity: 'warning' }],
  },
  {
    text: 'Too many immigrants in this country, send them back.',
    findings: [{ match: 'Too many immigrants', severity: 'warning' }],
  },
  {
    text: 'Old people are a burden on the NHS.',
    findings: [{ match: 'Old people are a burden', severity: 'warning' }],
  },
  {
    text: 'Black people are so lazy.',
    findings: [{ match: 'Black people are so lazy', severity: 'warning' }],
  },
  { text: "You're a fucking paki.", findings: [{ match: 'paki', severity: 'warning' }] },
  { text: 'Look at that tranny.', findings: [{ match: 'tranny', severity: 'warning' }] },
  { text: 'Those Jews are taking over.', findings: [{ match: 'Jews are taking over', severity: 'warning' }] },
  {
    text: 'Gay people are not human.',
    findings: [{ match: 'Gay people are not human', severity: 'warning' }],
  },
  {
    text: "Why don't we just get rid of immigrants once and for all?",
    findings: [{ match: 'get rid of immigrants', severity: 'warning' }],
  },
  { text: "I can't stand Muslims.", findings: [{ match: "can't stand Muslims", severity: 'warning' }] },
  {
    text: 'Women belong in the kitchen.',
    findings: [{ match: 'belong in the kitchen', severity: 'warning' }],
  },
  {
    text: 'All immigrants are criminals.',
    findings: [{ match: 'immigrants are criminals', severity: 'warning' }],
  },
  {
    text: 'Pensioners are parasites.',
    findings: [{ match: 'Pensioners are parasites', severity: 'warning' }],
  },
  {
    text: 'Asylum seekers multiply like rabbits in those hotels.',
    findings: [{ match: 'Asylum seekers multiply like', severity: 'warning' }],
  },
  {
    text: 'Deport the Afghans, every last one.',
    findings: [{ match: 'Deport the Afghans', severity: 'warning' }],
  },
  { text: 'Kurds out. #britainfirst', findings: [{ match: 'Kurds out', severity: 'warning' }] },
  {
    text: "Iraqis don't belong in our town.",
    findings: [{ match: "Iraqis don't belong", severity: 'warning' }],
  },
  {
    text: "I'd never rent to a Nigerian family.",
    findings: [{ match: 'never rent to a Nigerian', severity: 'warning' }],
  },
  {
    text: 'Our town has been overrun by illegals.',
    findings: [{ match: 'overrun by illegals', severity: 'warning' }],
  },
  { text: 'Nigerians: scammers, every single one.', findings: [{ match: 'scammers', severity: 'warning' }] },
  {
    text: "Girls aren't cut out for engineering.",
    findings: [{ match: "Girls aren't cut out", severity: 'warning' }],
  },
  {
    text: "Our Year 4 history topic: how the Irish were called 'drunks' in Victorian cartoons.",
    findings: [{ match: "the Irish were called 'drunks", severity: 'info' }],
  },
];
