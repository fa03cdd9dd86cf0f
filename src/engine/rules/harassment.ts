import type { RuleDefinition, RuleHit } from '../rule';
import { HARASSMENT } from '../data/tone-conduct';
import { THREAT_PATTERNS, THREAT_WORDS, type ThreatPattern } from '../data/tone-threat';
import { compileLexicon } from '../tone/lexicon';
import { compilePatterns } from '../tone/patterns';
import { framedSentences, isNegated, isQuoted } from '../tone/context';
import { hit } from '../tone/conduct';
import { isReportedSpeech } from '../tone/reported-speech';
import { sharedToneTokens, type ToneToken } from '../tone/tokens';
import { findThreatActs } from '../tone/threat-acts';

/**
 * Harassment: threats ("I know where you live", "you'll regret it", "I'll kill you"), veiled menace and
 * ultimatums whatever their words ("delete it or I'll make your life a misery", "shame if your boss found out",
 * "next time I won't be so polite"), telling someone to harm themselves, bullying and exclusion ("nobody here
 * wants you"), and calls on others to pile on ("everyone report her", "tag her until she deletes"). The policy:
 * "Do not post derogatory, defamatory, offensive, harassing or discriminatory content", and "Attempts to bully,
 * coerce or manipulate members of the school community … will be dealt with as a disciplinary matter."
 * Fixed phrases come from the HARASSMENT list, sentence shapes from THREAT_PATTERNS. Quoted or reported threats
 * ("he said 'I know where you live'", "if someone says they'll hurt you, tell an adult") are a reminder only.
 * Some phrases menace only in a reply ("you've been warned", "tick tock"): in a post of one's own they are jokes
 * ("You've been warned: the cake sale sells out fast!").
 */

const LEXICON = compileLexicon(HARASSMENT, { fuzzy: false });
const PATTERNS = compilePatterns(THREAT_PATTERNS, THREAT_WORDS);
/** After "everyone report", these make it an instruction to go somewhere ("report to reception", "report back"). */
const REPORT_TO = new Set(['to', 'back', 'in', 'at', 'for']);
/** Listed phrases that are a threat only in a reply, or when the writer is the one coming. */
const REPLY_ONLY_TERMS = new Set([
  "you've been warned",
  'you have been warned',
  'last warning',
  'coming for you',
]);
const NOT_AFTER_EXCLUSION = new Set(['to', 'too']);
const WRITER = new Set(['i', 'im', 'we', 'were']);
const COLLECTIVE = new Set(THREAT_WORDS.collective);

const MESSAGES: Record<string, string> = {
  threat:
    'This reads as a threat. Even meant as a joke, it can frighten someone and is harassment: remove it.',
  violence: 'This threatens violence. Never post this, even as a joke: remove it.',
  'self-harm': 'This tells someone to harm themselves. Remove it: it is harassment and can cause real harm.',
  exclusion: 'This belittles or shuts someone out. That is bullying, which the policy forbids: remove it.',
  'pile-on':
    'This asks others to gang up on someone. Report a problem through the proper channels instead of a public pile-on.',
  playful:
    'Said to someone, this reads as a threat. If it is a light-hearted warning, make sure no reader could take it otherwise.',
  reported:
    'This repeats a threat or bullying words. If you are reporting them, make clear they are not your words.',
};

/** "coming for you" said by the writer ("I'm coming for you"), not by a story or a season. */
function writerIsSubject(tokens: readonly ToneToken[], first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    if (tokens[i]!.clause !== tokens[first]!.clause) return false;
    if (WRITER.has(tokens[i]!.key)) return true;
  }
  return false;
}

/** Any word of the span in quotation marks: the act is someone else's words. */
function isQuotedSpan(tokens: readonly ToneToken[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens[i]!.quoted) return true;
  return false;
}

function endsClause(tokens: readonly ToneToken[], last: number): boolean {
  const next = tokens[last + 1];
  return next === undefined || next.clause !== tokens[last]!.clause;
}

function patternApplies(
  entry: ThreatPattern,
  tokens: readonly ToneToken[],
  last: number,
  isReply: boolean,
  collective: boolean,
): boolean {
  if (entry.clauseEnd && !endsClause(tokens, last)) return false;
  const next = tokens[last + 1];
  if (entry.notNext && next && next.sentence === tokens[last]!.sentence && entry.notNext.includes(next.key))
    return false;
  if (entry.when === 'reply') return isReply;
  if (entry.when === 'collective') return collective;
  return true;
}

export function findHarassment(text: string, isReply = false): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const framed = framedSentences(tokens);
  const collective =
    tokens.some((token) => COLLECTIVE.has(token.key)) ||
    tokens.some(
      (token, i) => token.key === 'let' && tokens[i + 1]?.key === 's' && tokens[i + 2]?.key === 'all',
    );
  const hits: RuleHit[] = [];
  const taken: { first: number; last: number }[] = [];

  const add = (match: { first: number; last: number; start: number; end: number }, kind: string): void => {
    if (taken.some((other) => other.first <= match.last && match.first <= other.last)) return;
    taken.push(match);
    const sentence = tokens[match.first]!.sentence;
    const reported =
      isQuoted(tokens, match.first, match.last) ||
      isReportedSpeech(tokens, match.first) ||
      (framed.get(sentence) ?? 'teaching') !== 'teaching';
    if (reported && kind !== 'pile-on') hits.push(hit(match, 'info', MESSAGES.reported!));
    else hits.push(hit(match, 'warning', MESSAGES[kind]!));
  };

  for (const match of LEXICON.find(tokens)) {
    if (isNegated(tokens, match.first, 2)) continue;
    // "Everyone report to the hall at 9": report to a place, not report a person.
    if (match.entry.kind === 'pile-on' && REPORT_TO.has(tokens[match.last + 1]?.key ?? '')) continue;
    // "No one wants you to miss the disco": the reader is wanted for something, not shut out.
    if (match.entry.kind === 'exclusion' && NOT_AFTER_EXCLUSION.has(tokens[match.last + 1]?.key ?? ''))
      continue;
    if (REPLY_ONLY_TERMS.has(match.entry.term) && !isReply && !writerIsSubject(tokens, match.first)) {
      hits.push(hit(match, 'info', MESSAGES.playful!));
      taken.push(match);
      continue;
    }
    add(match, match.entry.kind);
  }
  for (const match of PATTERNS.find(tokens)) {
    if (!patternApplies(match.entry, tokens, match.last, isReply, collective)) continue;
    if (isNegated(tokens, match.first, 2)) continue;
    add(match, match.entry.kind);
  }
  // The act read through word classes, for wordings no phrase or pattern names (tone/threat-acts.ts).
  for (const act of findThreatActs(tokens)) {
    if (isQuotedSpan(tokens, act.first, act.last)) continue;
    // One finding per sentence is enough: a sentence a phrase or pattern already took keeps that finding.
    const sentences = new Set([tokens[act.first]!.sentence, tokens[act.last]!.sentence]);
    if (
      taken.some(
        (other) =>
          sentences.has(tokens[other.first]!.sentence) || sentences.has(tokens[other.last]!.sentence),
      )
    )
      continue;
    add(
      { first: act.first, last: act.last, start: tokens[act.first]!.start, end: tokens[act.last]!.end },
      act.kind,
    );
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const harassment: RuleDefinition = {
  id: 'harassment',
  category: 'harassment',
  policy: 'no-derogatory-content',
  scope: 'passage',
  create() {
    return (text, context) => findHarassment(text, context.isReply === true);
  },
};
