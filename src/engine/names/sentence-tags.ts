/**
 * Part-of-speech tags for the tokens of one text, asked of the host's tagger (src/engine/nlp/tagger.ts) one
 * sentence at a time, and only for the sentences a cue asks about (read-word-name.ts asks only when the cheap
 * cues leave a reading unsure). Returns undefined for a token whose sentence the host has not tagged yet (in the
 * extension tagging runs in the service worker and the draft is checked again when the tags arrive), or when no
 * tagger is installed.
 */
import { tagSentence, type TaggedTerm } from '../nlp/tagger';
import type { WordToken } from '../text/tokens';

export type TagLookup = (index: number) => readonly string[] | undefined;

/** The first and last token of the sentence holding token `index`. */
function sentenceAround(tokens: readonly WordToken[], index: number): [number, number] {
  let first = index;
  while (first > 0 && !tokens[first]!.sentenceStart) first--;
  let last = index;
  while (last + 1 < tokens.length && !tokens[last + 1]!.sentenceStart) last++;
  return [first, last];
}

/** A lazy lookup of the tags of each token of `text`; each sentence is tagged at most once. */
export function tagLookup(tokens: readonly WordToken[], text: string): TagLookup {
  /** Tags by token index, for the sentences asked about so far (null: asked, but no tags). */
  const known = new Map<number, readonly string[] | null>();
  return (index) => {
    if (index < 0 || index >= tokens.length) return undefined;
    const cached = known.get(index);
    if (cached !== undefined) return cached ?? undefined;
    const [first, last] = sentenceAround(tokens, index);
    const offset = tokens[first]!.start;
    const end = tokens[last + 1] ? tokens[last + 1]!.start - tokens[last + 1]!.gap.length : text.length;
    const terms = tagSentence(text.slice(offset, Math.max(end, tokens[last]!.end)));
    for (let k = first; k <= last; k++) known.set(k, terms ? tagsOf(terms, tokens[k]!, offset) : null);
    return known.get(index) ?? undefined;
  };
}

/** The tags of the first term that overlaps the token (a spaced-out word may cover several terms). */
function tagsOf(terms: readonly TaggedTerm[], token: WordToken, offset: number): readonly string[] {
  const start = token.start - offset;
  const end = token.end - offset;
  return terms.find((term) => term.start < end && start < term.end)?.tags ?? [];
}
