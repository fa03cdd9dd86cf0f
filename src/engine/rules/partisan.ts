import type { RuleDefinition, RuleHit } from '../rule';
import { CIVIC, PARTIES, PARTISAN_ADVOCACY } from '../data/tone-conduct';
import { compileLexicon } from '../tone/lexicon';
import { isQuoted } from '../tone/context';
import { hit, inSentence, near } from '../tone/conduct';
import { sharedToneTokens } from '../tone/tokens';

/**
 * Partisan content: party-political advocacy, on any account: asking people to vote for or against a party,
 * and praising or attacking a party ("the Tories have ruined schools", "vote Labour"). The policy's do's:
 * "Remain non partisan". A party named without advocacy ("the Labour MP visited our school") is left alone, and
 * so is civic content ("remember to vote", school council elections).
 */

const PARTY_LEXICON = compileLexicon(PARTIES);
const ADVOCACY = compileLexicon(PARTISAN_ADVOCACY);
const CIVIC_LEXICON = compileLexicon(CIVIC);

const VOTE_WORDS = new Set(['vote', 'voting', 'voted']);
/** One-word party names after "vote": "Vote Green", "vote Conservative", "vote Reform". */
const ONE_WORD_PARTIES = new Set([
  'green',
  'conservative',
  'reform',
  'labour',
  'tory',
  'snp',
  'plaid',
  'liberal',
]);

const MESSAGE =
  'This takes a side in party politics. The policy asks staff to remain non-partisan, on personal accounts too: keep party politics off posts linked to school.';

export function findPartisan(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const parties = PARTY_LEXICON.find(tokens).filter((match) => {
    const token = tokens[match.first]!;
    // "labour" and "greens" are ordinary words in lower case ("labour of love", "eat your greens").
    if ((token.key === 'labour' || token.key === 'greens' || token.key === 'conservatives') && !token.capital)
      return false;
    return !isQuoted(tokens, match.first, match.last);
  });
  // "Vote Green", "vote Conservative": a party's one-word name straight after "vote".
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const before = tokens[i - 1]!;
    if (!token.capital || !VOTE_WORDS.has(before.key) || !ONE_WORD_PARTIES.has(token.key)) continue;
    if (parties.some((party) => party.first === i)) continue;
    parties.push({ entry: PARTIES[0]!, first: i, last: i, start: token.start, end: token.end, fuzzy: false });
  }
  if (parties.length === 0) return [];
  const advocacy = ADVOCACY.find(tokens);
  const civic = CIVIC_LEXICON.find(tokens);
  const hits: RuleHit[] = [];
  const done = new Set<number>();
  for (const party of parties) {
    const sentence = tokens[party.first]!.sentence;
    if (done.has(sentence) || inSentence(tokens, civic, sentence)) continue;
    // "vote Labour": the party straight after "vote".
    const before = tokens[party.first - 1];
    const votes = before !== undefined && VOTE_WORDS.has(before.key);
    if (!votes && !near(tokens, advocacy, party.first, party.last, 6)) continue;
    hits.push(hit(votes ? { start: before.start, end: party.end } : party, 'warning', MESSAGE));
    done.add(sentence);
  }
  return hits;
}

export const partisan: RuleDefinition = {
  id: 'partisan',
  category: 'partisan',
  policy: 'non-partisan',
  scope: 'passage',
  create() {
    return (text) => findPartisan(text);
  },
};
