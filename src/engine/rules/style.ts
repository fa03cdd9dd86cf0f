import type { RuleDefinition, RuleHit } from '../rule';
import { COMMON_MISSPELLINGS, CONDESCENDING_WORDS, SPELLING_ALLOW } from '../data/tone-style';
import { compileLexicon } from '../tone/lexicon';
import { isQuoted } from '../tone/context';
import { spellChecker } from '../tone/spelling';
import { sharedToneTokens } from '../tone/tokens';
import { shoutingRuns } from './argument';

/**
 * Style coaching (info only; it never blocks a post) towards the policy's key words for tone: "Engaging,
 * Conversational, Informative, Friendly". It points out writing in capitals (which reads as shouting), strings
 * of exclamation marks, condescending words ("obviously", "simply"), and spelling mistakes against a British
 * English dictionary ("Take care with spelling and grammar"). Names, hashtags, handles, links, words in capitals
 * and words with digits are never spell-checked; spelling is checked only where the host has installed a
 * checker (src/engine/tone/spelling.ts).
 */

const CONDESCENDING = compileLexicon(CONDESCENDING_WORDS);
const ALLOW = new Set(SPELLING_ALLOW);
const EXCLAMATIONS = /[!?]*!{2,}[!?1]*|(?:\?!|!\?){2,}/g;
const LINK = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/g;
/** At most this many spelling findings per passage: beyond that it is noise. */
const MAX_SPELLING = 5;

const MESSAGES = {
  shouting: 'Writing in capitals reads as shouting. Normal case is friendlier and easier to read.',
  exclamations: 'One exclamation mark is plenty: a string of them can read as shouting or over-excited.',
  condescending:
    'This word can sound condescending, as if readers should already know. Leave it out for a friendlier, more informative tone.',
  spelling: (word: string) =>
    `Check the spelling of “${word}” (British English). The policy asks staff to take care with spelling and grammar.`,
};

export function findStyle(text: string, isReply: boolean): RuleHit[] {
  const tokens = sharedToneTokens(text);
  const hits: RuleHit[] = [];
  if (!isReply)
    for (const run of shoutingRuns(text)) hits.push({ ...run, severity: 'info', message: MESSAGES.shouting });
  for (const match of text.matchAll(EXCLAMATIONS)) {
    hits.push({
      start: match.index,
      end: match.index + match[0].length,
      severity: 'info',
      message: MESSAGES.exclamations,
    });
  }
  for (const match of CONDESCENDING.find(tokens)) {
    if (isQuoted(tokens, match.first, match.last)) continue;
    hits.push({
      start: match.start,
      end: match.end,
      severity: 'info',
      message: MESSAGES.condescending,
      policy: 'tone-key-words',
    });
  }
  for (const hit of findSpelling(text)) hits.push(hit);
  return hits.sort((a, b) => a.start - b.start);
}

function findSpelling(text: string): RuleHit[] {
  const checker = spellChecker();
  const links: [number, number][] = [];
  for (const match of text.matchAll(LINK)) links.push([match.index, match.index + match[0].length]);
  const hits: RuleHit[] = [];
  for (const token of sharedToneTokens(text)) {
    if (hits.length >= MAX_SPELLING) break;
    const word = text.slice(token.start, token.end);
    if (token.prefix !== '' || token.capital || token.upper || token.disguised || token.spaced) continue;
    if (word.length < 3 || !/^[a-z]+(?:['’][a-z]+)?$/.test(word) || ALLOW.has(word)) continue;
    if (links.some(([start, end]) => start <= token.start && token.end <= end)) continue;
    // Half of a contraction ("didn" of "didn't") or a possessive.
    if (/['’]/.test(text[token.end] ?? '') || /['’]/.test(text[token.start - 1] ?? '')) continue;
    const correction = COMMON_MISSPELLINGS[word];
    if (correction === undefined && (!checker || checker.correct(word.replace('’', "'")))) continue;
    const found: RuleHit = {
      start: token.start,
      end: token.end,
      severity: 'info',
      message: MESSAGES.spelling(word),
      policy: 'spelling-grammar',
    };
    if (correction) {
      found.suggestion = {
        label: `Use “${correction}”`,
        replacement: correction,
        start: token.start,
        end: token.end,
      };
    }
    hits.push(found);
  }
  return hits;
}

export const style: RuleDefinition = {
  id: 'style',
  category: 'style',
  policy: 'tone-key-words',
  scope: 'passage',
  create() {
    return (text, context) => findStyle(text, context.isReply === true);
  },
};
