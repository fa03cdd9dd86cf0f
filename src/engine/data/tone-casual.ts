/**
 * Casual slurs: everyday phrases that use a protected characteristic as a put-down ("that's so gay", "you
 * throw like a girl"). Source: Stonewall's School Report (2017) and the Anti-Bullying Alliance's guidance on
 * homophobic and disablist language in schools, which name these phrases. Written for Post Guard.
 */
import type { LexiconEntry } from '../tone/lexicon';
import type { Characteristic } from './tone-identity';

export interface CasualEntry extends LexiconEntry {
  characteristic: Characteristic;
}

const STONEWALL = "Stonewall School Report 2017: homophobic language ('that's so gay') heard in schools";
const ABA_DISABLIST = 'Anti-Bullying Alliance: disablist language used as a put-down';
const SEXIST = 'Sexist put-down (UK Feminista and NEU, "It\'s just everywhere", 2017)';

const casual = (characteristic: Characteristic, note: string, terms: readonly string[]): CasualEntry[] =>
  terms.map((term) => ({ term, characteristic, note }));

export const CASUAL_PHRASES: readonly CasualEntry[] = [
  ...casual('sexual-orientation', STONEWALL, [
    "that's so gay", 'thats so gay', "that's gay", 'thats gay', 'so gay', 'how gay', 'well gay', 'no homo',
    'you are gay', "you're gay", 'youre gay', 'ur gay', 'gayest', 'such a gay',
  ]),
  ...casual('disability', ABA_DISABLIST, [
    'are you blind', 'are you deaf', 'window licker', 'brain damaged', 'mental case', 'short bus', 'a spacker',
  ]),
  ...casual('sex', SEXIST, [
    'man up', 'get back in the kitchen', 'make me a sandwich', 'belongs in the kitchen', 'belong in the kitchen',
  ]),
]; // prettier-ignore
