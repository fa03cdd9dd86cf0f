/**
 * Word forms for the tone word lists: the keys of a term, regular inflections, and the one-letter misspellings
 * that disguise a word. Kept apart from the lexicon matcher so that the word lists (src/engine/data/tone-*.ts)
 * and the token stream can both use them without importing each other.
 */
import { tokenize } from '../text/tokens';

/** Word keys of a term: "can't stand" → ["can", "t", "stand"]; "*" → "" (any word). */
export function termKeys(term: string): string[] {
  const keys: string[] = [];
  for (const part of term.trim().split(/\s+/)) {
    if (part === '*') keys.push('');
    else for (const token of tokenize(part)) keys.push(token.key);
  }
  return keys;
}

/** Regular inflections of a word: "hate" → hates, hated, hating; "fuck" → fucks, fucked, fucking, fucker... */
export function inflections(word: string, kind: 'verb' | 'noun' | 'adjective' | 'swear'): string[] {
  const forms = new Set([word]);
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  const last = word[word.length - 1] ?? '';
  const doubled = /[aeiou][bdgmnprt]$/.test(word) && !/[aeiou]{2}[bdgmnprt]$/.test(word) ? word + last : word;
  const plural = /(?:s|x|z|ch|sh)$/.test(word)
    ? word + 'es'
    : /[^aeiou]y$/.test(word)
      ? word.slice(0, -1) + 'ies'
      : word + 's';
  if (kind === 'noun' || kind === 'swear' || kind === 'verb') forms.add(plural);
  if (kind === 'verb' || kind === 'swear') {
    forms.add(`${stem}ing`).add(`${doubled === word ? stem : doubled}ing`);
    forms.add(word.endsWith('e') ? `${word}d` : `${doubled}ed`);
  }
  if (kind === 'swear') {
    forms.add(`${doubled}er`).add(`${doubled}ers`).add(`${doubled}in`).add(`${doubled}y`);
  }
  if (kind === 'adjective' && !word.endsWith('y')) forms.add(`${word}est`);
  return [...forms];
}

/** One-letter deletions (keeping the first letter) and swaps of neighbouring letters: the common typo disguises. */
export function misspellings(word: string): string[] {
  const out = new Set<string>();
  if (word.length >= 5) {
    for (let i = 1; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  }
  if (word.length >= 4) {
    for (let i = 1; i < word.length - 1; i++) {
      if (word[i] === word[i + 1]) continue;
      out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  }
  out.delete(word);
  return [...out];
}
