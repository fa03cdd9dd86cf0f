import type { NameView } from './cue';
import { NOT_PERSON_WORDS } from '../../data/name-common-words';
import { NAME_GAP, isPlainName } from '../name-shapes';
import type { WordToken } from '../../text/tokens';

/**
 * The form the single-word cues (surname-before-verb, question-subject, unknown-possessive, surname-form,
 * person-verb) read: a capitalised word of letters, at least three long, not a common word, a title, a place or a
 * brand, in a text that does not capitalise most words.
 */
export function isPlainCapitalisedWord(view: NameView, index: number): boolean {
  const token = view.tokens[index]!;
  return isPlainName(token, 3, view.text) && !NOT_PERSON_WORDS.has(token.key) && !view.mostlyCapitalised;
}

/**
 * A plain capitalised word (above) and the word right after it, across a gap a name may have before its verb
 * ("Dunn rolling", "Watson blame"): what the single-word cues read before deciding on the pair.
 */
export function capitalisedBeforeWord(
  view: NameView,
  index: number,
): { token: WordToken; next: WordToken } | undefined {
  const token = view.tokens[index]!;
  const next = view.tokens[index + 1];
  if (!next || !NAME_GAP.test(next.gap) || !isPlainCapitalisedWord(view, index)) return undefined;
  return { token, next };
}
