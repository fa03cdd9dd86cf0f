import type { RuleDefinition, RuleHit } from '../rule';
import { ARGUMENT } from '../data/tone-conduct';
import { compileLexicon } from '../tone/lexicon';
import { isQuoted } from '../tone/context';
import { hit } from '../tone/conduct';
import { sharedToneTokens } from '../tone/tokens';

/**
 * Argument: combative replies that escalate a debate ("you're completely wrong", "educate yourself", "do your
 * homework") and shouting in capitals. The policy's do's: "Avoid entering into debate/ argument". In a reply
 * (context.isReply) a combative phrase is a warning; in a post of one's own it is an info reminder. Dismissive
 * phrasing ("you people", "sweetie") counts only in a reply, as a reminder. Shouting (three or more words in
 * capitals in a row) is a warning in a reply; elsewhere the style rule coaches it.
 */

const LEXICON = compileLexicon(ARGUMENT);
/** Capital words that are not shouting: acronyms common in school posts. */
const ACRONYMS = new Set([
  'pe', 'pta', 'pshe', 'sats', 'sen', 'send', 'senco', 'slt', 'ks1', 'ks2', 'eyfs', 'ofsted', 'uk', 'bbc', 'nhs',
  'ok', 'tv', 'dt', 're', 'rse', 'ict', 'it', 'faq', 'rsvp', 'asap', 'fyi', 'usa', 'eu', 'un', 'diy', 'gcse', 'dfe',
  'pm', 'am', 'nb', 'ps', 'ta', 'tas', 'ppa', 'inset', 'cpd', 'stem', 'steam', 'mfl', 'y1', 'y2', 'y3', 'y4',
  'y5', 'y6', 'ehcp', 'fsm', 'dsl', 'wb', 'covid',
]); // prettier-ignore

const ADDRESSED = /\b(?:you|you're|yourself)\b/i;

const MESSAGES = {
  combativeReply:
    'This reply sounds combative. The policy asks staff to avoid entering into debate or argument: step back, or reply calmly and briefly.',
  combative: 'This could start an argument. The policy asks staff to avoid debate or argument online.',
  dismissive: 'This can come across as dismissive in a reply. Keep it respectful to all parties.',
  shoutingReply:
    'Writing in capitals reads as shouting, and in a reply it escalates an argument. Use normal case.',
};

/** Runs of three or more words in capitals: shouting. Exported for the style rule. */
export function shoutingRuns(text: string): { start: number; end: number }[] {
  const tokens = sharedToneTokens(text);
  const runs: { start: number; end: number }[] = [];
  let runStart = -1;
  let count = 0;
  const close = (endIndex: number) => {
    if (count >= 3 && runStart >= 0)
      runs.push({ start: tokens[runStart]!.start, end: tokens[endIndex]!.end });
    runStart = -1;
    count = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const shouting =
      token.upper && token.end - token.start >= 2 && !ACRONYMS.has(token.key) && token.prefix === '';
    if (shouting) {
      if (runStart === -1) runStart = i;
      count++;
    } else if (runStart !== -1) {
      // Short words in capitals ("A", "I") keep a run going.
      if (
        token.end - token.start === 1 &&
        text.slice(token.start, token.end) === text.slice(token.start, token.end).toUpperCase()
      )
        continue;
      close(i - 1);
    }
  }
  if (runStart !== -1) close(tokens.length - 1);
  return runs;
}

export function findArgument(text: string, isReply: boolean): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const hits: RuleHit[] = [];
  for (const match of LEXICON.find(tokens)) {
    if (isQuoted(tokens, match.first, match.last)) continue;
    if (match.entry.strength === 'weak') {
      if (isReply) hits.push(hit(match, 'info', MESSAGES.dismissive));
      continue;
    }
    if (isReply) hits.push(hit(match, 'warning', MESSAGES.combativeReply));
    // Outside a reply only phrases aimed at a reader ("you're wrong", "educate yourself"), as a reminder:
    // "do your homework" is also what a teacher tells a class.
    else if (ADDRESSED.test(match.entry.term)) hits.push(hit(match, 'info', MESSAGES.combative));
  }
  if (isReply) for (const run of shoutingRuns(text)) hits.push(hit(run, 'warning', MESSAGES.shoutingReply));
  return hits;
}

export const argument: RuleDefinition = {
  id: 'argument',
  category: 'argument',
  policy: 'avoid-argument',
  scope: 'passage',
  create() {
    return (text, context) => findArgument(text, context.isReply === true);
  },
};
