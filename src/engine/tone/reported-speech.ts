/**
 * Reported speech: "if someone says they'll hurt you", "a parent told me I'd regret it". A threat inside it is
 * someone else's words, which the writer repeats to warn, teach or report (a reminder, not a warning).
 */
import type { ToneToken } from './tokens';

/** Verbs that introduce someone else's words. */
const SAYING = new Set([
  'says', 'said', 'tells', 'told', 'threatens', 'threatened', 'threatening', 'writes', 'wrote', 'messages',
  'messaged', 'shouted', 'shouts', 'yelled', 'texted', 'emailed', 'commented', 'posted', 'claims', 'claimed',
  'warns', 'warned', 'screamed', 'replied',
]); // prettier-ignore
/** Subjects that make "say" someone else's: "someone says", "they said", not "I say". */
const NOT_REPORTING_SUBJECT = new Set(['i', 'we']);

/** True if a verb of saying, with a subject other than the writer, stands before token `first` in its sentence. */
export function isReportedSpeech(tokens: readonly ToneToken[], first: number, window = 8): boolean {
  const sentence = tokens[first]?.sentence;
  for (let i = first - 1; i >= 0 && i >= first - window; i--) {
    const token = tokens[i]!;
    if (token.sentence !== sentence) return false;
    if (!SAYING.has(token.key)) continue;
    return !NOT_REPORTING_SUBJECT.has(tokens[i - 1]?.key ?? '');
  }
  return false;
}
