import type { RuleDefinition, RuleHit } from '../rule';
import { HARASSMENT } from '../data/tone-conduct';
import { compileLexicon } from '../tone/lexicon';
import { framedSentences, isNegated, isQuoted } from '../tone/context';
import { hit } from '../tone/conduct';
import { sharedToneTokens } from '../tone/tokens';

/**
 * Harassment: threats ("I know where you live", "you'll regret it", "I'll kill you"), telling someone to harm
 * themselves, bullying and exclusion ("nobody likes you"), and calls on others to pile on ("everyone report
 * her"). The policy: "Do not post derogatory, defamatory, offensive, harassing or discriminatory content", and
 * "Attempts to bully, coerce or manipulate members of the school community … will be dealt with as a
 * disciplinary matter." Quoted or reported threats ("he said 'I know where you live'") are a reminder only.
 */

const LEXICON = compileLexicon(HARASSMENT, { fuzzy: false });
/** After "everyone report", these make it an instruction to go somewhere ("report to reception", "report back"). */
const REPORT_TO = new Set(['to', 'back', 'in', 'at', 'for']);

const MESSAGES: Record<string, string> = {
  threat:
    'This reads as a threat. Even meant as a joke, it can frighten someone and is harassment: remove it.',
  violence: 'This threatens violence. Never post this, even as a joke: remove it.',
  'self-harm': 'This tells someone to harm themselves. Remove it: it is harassment and can cause real harm.',
  exclusion: 'This belittles or shuts someone out. That is bullying, which the policy forbids: remove it.',
  'pile-on':
    'This asks others to gang up on someone. Report a problem through the proper channels instead of a public pile-on.',
  reported:
    'This repeats a threat or bullying words. If you are reporting them, make clear they are not your words.',
};

export function findHarassment(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const framed = framedSentences(tokens);
  const hits: RuleHit[] = [];
  for (const match of LEXICON.find(tokens)) {
    if (isNegated(tokens, match.first, 2)) continue;
    // "Everyone report to the hall at 9": report to a place, not report a person.
    if (match.entry.kind === 'pile-on' && REPORT_TO.has(tokens[match.last + 1]?.key ?? '')) continue;
    const sentence = tokens[match.first]!.sentence;
    const reported =
      isQuoted(tokens, match.first, match.last) || (framed.get(sentence) ?? 'teaching') !== 'teaching';
    if (reported && match.entry.kind !== 'pile-on') hits.push(hit(match, 'info', MESSAGES.reported!));
    else hits.push(hit(match, 'warning', MESSAGES[match.entry.kind]!));
  }
  return hits;
}

export const harassment: RuleDefinition = {
  id: 'harassment',
  category: 'harassment',
  policy: 'no-derogatory-content',
  scope: 'passage',
  create() {
    return (text) => findHarassment(text);
  },
};
