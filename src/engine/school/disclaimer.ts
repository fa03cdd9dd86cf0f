import { DEFAULT_SETTINGS } from '../../settings/settings';
import { escapeRegExp } from './patterns';

/**
 * Recognises a disclaimer ("Views are my own", "All views my own") from the school's list of phrases. Case,
 * curly or straight apostrophes, punctuation and spacing do not matter, and one extra word may stand between
 * the phrase's words ("views expressed are my own"), unless it is "not" ("views are not my own").
 */
export type DisclaimerMatcher = (text: string) => boolean;

/** Lower case, one kind of apostrophe, and every run of other punctuation or space as one space. */
export function normaliseForPhrases(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

export function compileDisclaimerMatcher(phrases: readonly string[]): DisclaimerMatcher {
  const source = (phrases.length > 0 ? phrases : DEFAULT_SETTINGS.disclaimerPhrases)
    .map((phrase) => normaliseForPhrases(phrase).trim().split(' ').filter(Boolean))
    .filter((words) => words.length > 0)
    .map((words) => words.map(escapeRegExp).join(" (?:(?!not )[\\p{L}\\p{N}']+ )?"))
    .join('|');
  if (!source) return () => false;
  const pattern = new RegExp(` (?:${source}) `, 'u');
  return (text) => pattern.test(normaliseForPhrases(text));
}

/** The text a "add a disclaimer" suggestion appends: the school's first phrase as a sentence, in brackets. */
export function disclaimerSentence(phrases: readonly string[]): string {
  const phrase = (phrases[0] ?? DEFAULT_SETTINGS.disclaimerPhrases[0] ?? 'views are my own')
    .trim()
    .replace(/[.!]+$/, '');
  return `(${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.)`;
}
