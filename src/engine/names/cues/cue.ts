/**
 * The shape of the name cues. Each cue is one named unit in its own file under names/cues/, with a table of
 * examples beside it (<id>.examples.ts, run by test/unit/engine/name-cues.test.ts), in the way Presidio keeps one
 * recogniser per file with its patterns, context and score:
 *
 * - A finder cue (the person-name finder, find-person-names.ts) proposes a span of tokens as a person's name with
 *   a score; the finder keeps, at each token, the best-scoring proposal that is plausible.
 * - A reading cue (for a roster name that is also a word: "Ruby", "Hope", "Will") is evidence that the word is
 *   used as a name (a positive weight) or as the ordinary word (a negative weight); read-word-name.ts adds the
 *   weights into a reading: 'name', 'unsure' or 'word'.
 */
import type { WordToken } from '../../text/tokens';
import type { NameAmbiguity } from '../../data/uk-first-names';
import type { WordClass } from '../../data/name-word-classes';

/** What every cue may look at: the tokens of the text, and a few facts about it computed once. */
export interface NameView {
  tokens: readonly WordToken[];
  text: string;
  /** Most words are capitalised ("Headline Style" or shouting), so a capital letter is no evidence. */
  mostlyCapitalised: boolean;
  /** Is this folded word a known first name (for "Hope and Tom")? */
  isKnownName(key: string): boolean;
  /**
   * Part-of-speech tags of a token (compromise's tag names: 'Verb', 'Noun', 'Person'…), or undefined when no
   * tagger has tagged its sentence. Cues must decide without them, and may refine with them.
   */
  tagsAt(index: number): readonly string[] | undefined;
}

/**
 * The form of the token a finder cue starts at; each finder cue reads one form ('title': "Mrs", "Dr." before a
 * name; 'capital': a capitalised word; 'upper': a word in capitals; 'lower': a word in lower case).
 */
export type TokenForm = 'hashtag' | 'title' | 'upper' | 'lower' | 'capital';

export interface FinderCue {
  id: string;
  form: TokenForm;
  /** How much a span from this cue is worth against another cue's span at the same token (0–1). */
  score: number;
  /** One line on what the cue looks for. */
  note: string;
  /** The name this cue sees starting at (or, for titles, right after) token `index`, as token indexes. */
  find(view: NameView, index: number): { first: number; last: number } | undefined;
}

/** How the name at a token doubles as a word. */
export interface WordSense {
  ambiguity: Exclude<NameAmbiguity, 'none'>;
  classes: readonly WordClass[];
}

export interface ReadingCue {
  id: string;
  note: string;
  /**
   * The weight of the evidence at token `index` (a name that is also a word): positive for a name, negative for
   * the ordinary word, 0 when the cue does not apply.
   */
  weigh(view: NameView, index: number, sense: WordSense): number;
}

/** A gap of plain spaces between two words of one phrase. */
export const PLAIN_GAP = /^[ \t\u00A0]{1,3}$/;
/** A sentence ends in this gap. */
export const SENTENCE_END = /[.!?\n:;•|]/;

/** The next token when it follows token `index` in the same phrase (only spaces between), else undefined. */
export function nextInPhrase(tokens: readonly WordToken[], index: number): WordToken | undefined {
  const next = tokens[index + 1];
  return next && next.kind === 'word' && PLAIN_GAP.test(next.gap) ? next : undefined;
}

/** The previous token when it precedes token `index` in the same phrase (only spaces between), else undefined. */
export function previousInPhrase(tokens: readonly WordToken[], index: number): WordToken | undefined {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  return previous && previous.kind === 'word' && PLAIN_GAP.test(token.gap) ? previous : undefined;
}

/** A view with no tags and a plain name test: for cue tables and the finder when no tagger is present. */
export function plainView(
  tokens: readonly WordToken[],
  text: string,
  mostlyCapitalised: boolean,
  isKnownName: (key: string) => boolean,
  tagsAt: (index: number) => readonly string[] | undefined = () => undefined,
): NameView {
  return { tokens, text, mostlyCapitalised, isKnownName, tagsAt };
}

/** A name found by the finder: its span in tokens and the cue that found it. */
export interface FoundName {
  first: number;
  last: number;
  via: string;
}

/**
 * A cue that adds names once the finder has found some: a surname seen in a full name used again alone, or
 * capitalised words listed with a name. Returns only the names it adds.
 */
export interface FollowUpCue {
  id: string;
  note: string;
  add(view: NameView, found: readonly FoundName[]): FoundName[];
}
