/**
 * Word lists for the style rule (src/engine/rules/style.ts). Written for Post Guard.
 */
import type { LexiconEntry } from '../tone/lexicon';

const CONDESCENDING =
  'Condescending in explanatory writing: it tells readers something is easy or obvious (retext-equality\'s "condescending" list, after guidance on educational writing)';

/** Words that talk down to readers. "just" is left out: it is too common in friendly posts. */
export const CONDESCENDING_WORDS: readonly LexiconEntry[] = [
  'obviously', 'simply', 'clearly', 'of course', 'everyone knows', 'everybody knows', 'as everyone knows',
  'needless to say', 'as i said', 'as i already said', 'as i have said', 'it is easy', "it's easy", 'its easy',
  'basically', 'surely you', 'it goes without saying', 'any fool', 'even a child',
].map((term) => ({ term, note: CONDESCENDING })); // prettier-ignore

/**
 * Words the spelling check must not query: social-media and school abbreviations the dictionary lacks.
 * Source: common UK school terms (DfE glossary) and everyday social-media shorthand.
 */
export const SPELLING_ALLOW: readonly string[] = [
  'eyfs', 'ks1', 'ks2', 'ks3', 'sats', 'senco', 'sendco', 'pshe', 'rshe', 'pta', 'ppa', 'inset', 'cpd', 'ehcp',
  'dsl', 'slt', 'smt', 'ofsted', 'phonics', 'mfl', 'stem', 'steam', 'lol', 'omg', 'btw', 'imo', 'imho', 'tbh',
  'idk', 'fyi', 'asap', 'dm', 'dms', 'pm', 'am', 'rt', 'ok', 'okay', 'yay', 'woohoo', 'hooray', 'aww', 'awww',
  'haha', 'hahaha', 'xx', 'xxx', 'x', 'eg', 'ie', 'etc', 'vs', 'wk', 'yr', 'yrs', 'hr', 'hrs', 'min', 'mins',
  'selfie', 'selfies', 'hashtag', 'emoji', 'emojis', 'online', 'email', 'emails', 'website', 'app', 'apps',
  'youtube', 'facebook', 'instagram', 'tiktok', 'whatsapp', 'zoom', 'covid', 'lockdown', 'wellbeing', 'nativity',
  'half-term', 'halfterm', 'sen', 'send', 'ta', 'tas', 'hlta', 'nqt', 'ect', 'ects', 'pgce', 'gcse', 'gcses',
  'dfe', 'mat', 'cpd', 'forest', 'multiplication', 'timestable', 'timestables', 'ttrs', 'numbots', 'spag', 'gps',
]; // prettier-ignore

/** Common misspellings with their correction (a suggestion is offered for these). Source: common errors in UK writing. */
export const COMMON_MISSPELLINGS: Readonly<Record<string, string>> = {
  recieve: 'receive', recieved: 'received', seperate: 'separate', seperately: 'separately', definately: 'definitely',
  definatly: 'definitely', accomodation: 'accommodation', occured: 'occurred', occassion: 'occasion', untill: 'until',
  wich: 'which', beleive: 'believe', freind: 'friend', freinds: 'friends', thier: 'their', tommorow: 'tomorrow',
  tomorow: 'tomorrow', begining: 'beginning', goverment: 'government', enviroment: 'environment',
  neccessary: 'necessary', necesary: 'necessary', embarassed: 'embarrassed', wierd: 'weird', arguement: 'argument',
  calender: 'calendar', grammer: 'grammar', existance: 'existence', independant: 'independent', publically: 'publicly',
  reccomend: 'recommend', recomend: 'recommend', sucessful: 'successful', succesful: 'successful',
  truely: 'truly', wensday: 'Wednesday', febuary: 'February', libary: 'library', alot: 'a lot', excercise: 'exercise',
  maintainance: 'maintenance', rythm: 'rhythm', writting: 'writing', acheive: 'achieve', acheived: 'achieved',
  acheivement: 'achievement', assesment: 'assessment', commitee: 'committee', concious: 'conscious',
  dissapointed: 'disappointed', dissapear: 'disappear', finaly: 'finally', foward: 'forward', greatful: 'grateful',
  immediatly: 'immediately', occurence: 'occurrence', parliment: 'parliament', persue: 'pursue', posession: 'possession',
  prefered: 'preferred', priviledge: 'privilege', remeber: 'remember', resturant: 'restaurant', shedule: 'schedule',
  supprise: 'surprise', suprise: 'surprise', tounge: 'tongue', vaccum: 'vacuum', sincerly: 'sincerely',
  noticable: 'noticeable', medecine: 'medicine', millenium: 'millennium', mischievious: 'mischievous',
  pronounciation: 'pronunciation', questionaire: 'questionnaire', recieving: 'receiving', refered: 'referred',
  relevent: 'relevant', religous: 'religious', responsability: 'responsibility', similiar: 'similar',
  tatoo: 'tattoo', threshhold: 'threshold', twelth: 'twelfth', usefull: 'useful', wether: 'whether',
}; // prettier-ignore
