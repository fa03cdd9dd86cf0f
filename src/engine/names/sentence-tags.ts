/**
 * Part-of-speech tags for the tokens of one text, asked of the host's tagger (src/engine/nlp/tagger.ts) one
 * sentence at a time and only for the sentences a cue asks about. Returns undefined for a token whose sentence
 * the host has not tagged yet (in the extension tagging runs in the service worker and the draft is checked
 * again when the tags arrive).
 */
import type { WordToken } from '../text/tokens';

export type TagLookup = (index: number) => readonly string[] | undefined;

/** A lookup that never has tags: for hosts without a tagger. */
export function tagLookup(_tokens: readonly WordToken[], _text: string): TagLookup {
  return () => undefined;
}
