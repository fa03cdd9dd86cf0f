import type { RuleDefinition, RuleHit } from '../rule';
import { ARGUMENT } from '../data/tone-conduct';
import { ARGUMENT_PATTERNS, ARGUMENT_WORDS } from '../data/tone-argument';
import { compileLexicon } from '../tone/lexicon';
import { compilePatterns } from '../tone/patterns';
import { isNegator, isQuoted, isSelfDirected } from '../tone/context';
import { hit } from '../tone/conduct';
import { sharedToneTokens, type ToneToken } from '../tone/tokens';
import { findArgumentActs } from '../tone/argument-acts';

/**
 * Argument: combative replies that escalate a debate ("you're completely wrong", "educate yourself", "do your
 * homework"), what such a reply does whatever its words (a verdict on the other's words, a challenge to their
 * competence, a dismissal, an accusation: data/tone-argument.ts), and shouting in capitals. The policy's do's:
 * "Avoid entering into debate/ argument". In a reply (context.isReply) a combative phrase or act is a warning; in a
 * post of one's own it is an info reminder (a tip), and only when it is aimed at a reader. Dismissive phrasing
 * ("you people", "sweetie") counts only in a reply, as a reminder. Shouting (three or more words in capitals in a
 * row) is a warning in a reply; elsewhere the style rule coaches it.
 */

const LEXICON = compileLexicon(ARGUMENT);
const PATTERNS = compilePatterns(ARGUMENT_PATTERNS, ARGUMENT_WORDS);
/** Capital words that are not shouting: acronyms common in school posts. */
const ACRONYMS = new Set([
  'pe', 'pta', 'pshe', 'sats', 'sen', 'send', 'senco', 'slt', 'ks1', 'ks2', 'eyfs', 'ofsted', 'uk', 'bbc', 'nhs',
  'ok', 'tv', 'dt', 're', 'rse', 'ict', 'it', 'faq', 'rsvp', 'asap', 'fyi', 'usa', 'eu', 'un', 'diy', 'gcse', 'dfe',
  'pm', 'am', 'nb', 'ps', 'ta', 'tas', 'ppa', 'inset', 'cpd', 'stem', 'steam', 'mfl', 'y1', 'y2', 'y3', 'y4',
  'y5', 'y6', 'ehcp', 'fsm', 'dsl', 'wb', 'covid',
]); // prettier-ignore

/** Words that soften a sentence into a request or an apology: "Please read it again when you have a moment". */
const COURTEOUS = new Set(['please', 'thanks', 'thank', 'sorry', 'kindly', 'apologies']);
/** After "nobody asked", these make it about something else: "nobody asked for a refund". */
const ASKED_ABOUT = new Set(['for', 'about', 'to', 'if', 'whether', 'me', 'us', 'them']);

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

/** True if the sentence of token `index` ends with a question mark. */
function endsWithQuestionMark(text: string, tokens: readonly ToneToken[], index: number): boolean {
  const sentence = tokens[index]!.sentence;
  let last = index;
  while (tokens[last + 1]?.sentence === sentence) last++;
  return text.slice(tokens[last]!.end, tokens[last + 1]?.start ?? text.length).includes('?');
}

export function findArgument(text: string, isReply: boolean): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const hits: RuleHit[] = [];
  const courteous = new Set(
    tokens.filter((token) => COURTEOUS.has(token.key)).map((token) => token.sentence),
  );
  /** Aimed at oneself ("I'll try again", "we'll check the facts"), softened, or denied: not combative. */
  const ordinary = (first: number, last: number): boolean =>
    isQuoted(tokens, first, last) ||
    isSelfDirected(tokens, first, 4) ||
    (isNegator(tokens, first - 1) && tokens[first - 1]!.key !== 'stop') ||
    courteous.has(tokens[first]!.sentence);
  for (const match of LEXICON.find(tokens)) {
    if (ordinary(match.first, match.last)) continue;
    if (/\basked$/.test(match.entry.term) && ASKED_ABOUT.has(tokens[match.last + 1]?.key ?? '')) continue;
    if (match.entry.strength === 'weak') {
      if (isReply) hits.push(hit(match, 'info', MESSAGES.dismissive));
      continue;
    }
    if (isReply) hits.push(hit(match, 'warning', MESSAGES.combativeReply));
    // Outside a reply only phrases aimed at a reader ("you're wrong", "educate yourself"), as a reminder:
    // "do your homework" is also what a teacher tells a class.
    else if (ADDRESSED.test(match.entry.term)) hits.push(hit(match, 'info', MESSAGES.combative));
  }
  /** One finding per sentence is enough: a sentence already warned (or, outside a reply, reminded) is taken. */
  const taken = (first: number, last: number): boolean => {
    const sentence = tokens[first]!.sentence;
    return hits.some((other) => {
      if (isReply && other.severity === 'info') return false;
      const index = tokens.findIndex((token) => token.start === other.start);
      return (
        (index >= 0 && tokens[index]!.sentence === sentence) ||
        (other.start < tokens[last]!.end && tokens[first]!.start < other.end)
      );
    });
  };
  for (const match of PATTERNS.find(tokens)) {
    if (ordinary(match.first, match.last) || taken(match.first, match.last)) continue;
    if (/\basked/.test(match.entry.pattern) && ASKED_ABOUT.has(tokens[match.last + 1]?.key ?? '')) continue;
    const next = tokens[match.last + 1];
    const sameClause = next !== undefined && next.clause === tokens[match.last]!.clause;
    if (match.entry.clauseEnd && sameClause) continue;
    if (match.entry.notNext?.includes(next?.key ?? '') && sameClause) continue;
    if (match.entry.question && !endsWithQuestionMark(text, tokens, match.last)) continue;
    if (
      match.entry.affirmed &&
      (tokens[match.first]!.clause !== tokens[match.last]!.clause ||
        tokens.slice(match.first, match.last).some((_, i) => isNegator(tokens, match.first + i)))
    )
      continue;
    if (match.entry.opensSentence && tokens[match.first - 1]?.sentence === tokens[match.first]!.sentence)
      continue;
    if (isReply) {
      // A weaker reminder on the same words gives way to the warning.
      const overlapping = hits.filter((other) => other.start < match.end && match.start < other.end);
      for (const other of overlapping) hits.splice(hits.indexOf(other), 1);
      hits.push(hit(match, 'warning', MESSAGES.combativeReply));
    } else if (ADDRESSED.test(text.slice(match.start, match.end)))
      hits.push(hit(match, 'info', MESSAGES.combative));
  }
  // The act read through word classes, for wordings no phrase or pattern names (tone/argument-acts.ts).
  // Only where no phrase or pattern spoke: one finding is enough to make the writer look again.
  const alreadyFound = hits.some((other) => other.severity !== 'info' || !isReply);
  for (const act of alreadyFound ? [] : findArgumentActs(text, tokens)) {
    if (isQuoted(tokens, act.first, act.last) || taken(act.first, act.last)) continue;
    const place = { start: tokens[act.first]!.start, end: tokens[act.last]!.end };
    if (isReply) hits.push(hit(place, 'warning', MESSAGES.combativeReply));
    else if (act.addressed) hits.push(hit(place, 'info', MESSAGES.combative));
  }
  if (isReply) for (const run of shoutingRuns(text)) hits.push(hit(run, 'warning', MESSAGES.shoutingReply));
  return hits.sort((a, b) => a.start - b.start);
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
