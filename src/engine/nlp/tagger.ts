/**
 * Part-of-speech tags for the rules that must read a sentence's grammar ("Hope won the spelling bee" is a name,
 * "Hope you all had fun" is not; "you won't like what comes next" is a threat). The engine does not load a tagger
 * itself: compromise takes about 300 ms to start, which must never happen on a page's main thread. A host installs
 * one with setSentenceTagger(): Node hosts (tests, CLI, eval, bench) tag synchronously with compromise; the
 * extension asks its service worker and re-checks the draft when the tags arrive (src/content/sentence-tags.ts).
 *
 * Rules call the tagger only on sentences a cheap pre-filter has marked, never on the whole text, and must work
 * without tags (more coarsely, and protectively where a child's safety is at stake).
 */

export interface TaggedTerm {
  /** The word as written, without surrounding punctuation. */
  text: string;
  /** compromise's normal form: lower case, accents and apostrophes folded. */
  normal: string;
  /** Offsets in the sentence given to `tag`. */
  start: number;
  end: number;
  /** compromise's tags for the word: 'Verb', 'PastTense', 'Modal', 'Noun', 'ProperNoun', 'Person', 'Pronoun'… */
  tags: readonly string[];
}

export interface SentenceTagger {
  /** The words of one sentence with their tags, or undefined when the host has not tagged it yet. */
  tag(sentence: string): readonly TaggedTerm[] | undefined;
  /**
   * A tagger that learns its answers over time changes this number whenever new tags arrive: the engine's cache
   * of findings per passage is keyed by it.
   */
  readonly version?: number;
}

/** Sentences longer than this are not tagged: one tagging call stays well under 50 ms. */
export const MAX_TAGGED_SENTENCE_LENGTH = 600;

let tagger: SentenceTagger | undefined;

/** The installed sentence tagger, if any. */
export function sentenceTagger(): SentenceTagger | undefined {
  return tagger;
}

/** Installs (or removes) the sentence tagger the rules use. */
export function setSentenceTagger(replacement: SentenceTagger | undefined): void {
  tagger = replacement;
}

/** Tags of `sentence` from the installed tagger; undefined without a tagger, for an over-long sentence, or not yet. */
export function tagSentence(sentence: string): readonly TaggedTerm[] | undefined {
  if (sentence.length > MAX_TAGGED_SENTENCE_LENGTH) return undefined;
  return tagger?.tag(sentence);
}
