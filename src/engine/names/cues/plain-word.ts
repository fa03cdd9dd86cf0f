import type { NameView } from './cue';
import { NOT_PERSON_WORDS } from '../../data/name-common-words';
import { isPlainName } from '../name-shapes';

/**
 * The form the single-word cues (surname-before-verb, question-subject, unknown-possessive, surname-form,
 * person-verb) read: a capitalised word of letters, at least three long, not a common word, a title, a place or a
 * brand, in a text that does not capitalise most words.
 */
export function isPlainCapitalisedWord(view: NameView, index: number): boolean {
  const token = view.tokens[index]!;
  return isPlainName(token, 3, view.text) && !NOT_PERSON_WORDS.has(token.key) && !view.mostlyCapitalised;
}
