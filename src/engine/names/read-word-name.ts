/**
 * Reads whether a roster name that is also an ordinary word ("Ruby", "Hope", "Will", "May") is used as the name
 * in this sentence, by adding the weights of the reading cues (names/cues/): 'name' when the evidence for a
 * name reaches 2, 'word' when the evidence for the word reaches −1, and otherwise 'unsure' — unless nothing
 * speaks for a name and the word is in lower case, which is the ordinary word ("picking poppies", "she said
 * grace"). The rules make 'unsure' a warning for a never-publish pupil and leave it quiet for the others.
 *
 * Tags are asked for only when the reading without them is unsure: the cheap cues settle most sentences, and
 * the tagger sees only the few sentences they cannot.
 */
import type { NameView, ReadingCue, WordSense } from './cues/cue';
import { capitalMidSentence } from './cues/capital-mid-sentence';
import { copulaComplement } from './cues/copula-complement';
import { determinerBefore } from './cues/determiner-before';
import { disguised } from './cues/disguised';
import { listedWithName } from './cues/listed-with-name';
import { listedWithWord } from './cues/listed-with-word';
import { modifiesNoun } from './cues/modifies-noun';
import { possessive } from './cues/possessive';
import { praiseBefore } from './cues/praise-before';
import { pronounAfter } from './cues/pronoun-after';
import { pupilCueAfter } from './cues/pupil-cue-after';
import { subjectOfVerb } from './cues/subject-of-verb';
import { taggedPerson } from './cues/tagged-person';
import { verbUse } from './cues/verb-use';
import { whoAfter } from './cues/who-after';

export type NameReading = 'name' | 'unsure' | 'word';

/** Every reading cue, in no particular order: the reading is their sum. */
export const READING_CUES: readonly ReadingCue[] = [
  praiseBefore,
  possessive,
  listedWithName,
  capitalMidSentence,
  subjectOfVerb,
  pronounAfter,
  pupilCueAfter,
  disguised,
  taggedPerson,
  determinerBefore,
  verbUse,
  modifiesNoun,
  copulaComplement,
  listedWithWord,
  whoAfter,
];

const NAME_AT = 2;
const WORD_AT = -1;

export interface ReadingResult {
  reading: NameReading;
  score: number;
  /** The cues that weighed in, with their weights. */
  cues: { id: string; weight: number }[];
  /** Whether the tagger was asked. */
  tagged: boolean;
}

const NO_TAGS = (): undefined => undefined;

function weigh(view: NameView, index: number, sense: WordSense, tagged: boolean): ReadingResult {
  const cues: { id: string; weight: number }[] = [];
  let score = 0;
  let forName = false;
  for (const cue of READING_CUES) {
    const weight = cue.weigh(view, index, sense);
    if (weight === 0) continue;
    cues.push({ id: cue.id, weight });
    score += weight;
    if (weight > 0) forName = true;
  }
  const token = view.tokens[index]!;
  const reading: NameReading =
    score >= NAME_AT ? 'name' : score <= WORD_AT ? 'word' : forName || token.capital ? 'unsure' : 'word';
  return { reading, score, cues, tagged };
}

/** How the word at token `index` is used: as the name, as the ordinary word, or unsure. */
export function readWordName(view: NameView, index: number, sense: WordSense): ReadingResult {
  const untagged = weigh({ ...view, tagsAt: NO_TAGS }, index, sense, false);
  if (untagged.reading !== 'unsure' || view.tagsAt(index) === undefined) return untagged;
  return weigh(view, index, sense, true);
}
