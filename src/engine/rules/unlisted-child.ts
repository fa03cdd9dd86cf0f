import type { RuleDefinition, RuleHit } from '../rule';
import { PUPIL_CUES, type PupilCue } from '../data/pupil-context';
import { findPersonNameCandidates } from '../names/find-person-names';
import { knownFirstName } from '../names/cues/known-first-name';
import { lowerCaseName } from '../names/cues/lower-case-name';
import { isAdultName, matchesCueWord } from '../names/name-use';
import { namePhraseAt } from '../names/name-phrases';
import { isOwnChild } from '../names/own-child';
import { getRosterMatcher } from '../names/roster-matcher';
import { pupilNameSeverity } from '../names/severity';
import { tokenize, type WordToken } from '../text/tokens';

/** The finder cues that find a known first name (the rule is about children's first names). */
const FIRST_NAME_CUES: ReadonlySet<string> = new Set([knownFirstName.id, lowerCaseName.id]);
/** A sentence ends between two words (a colon does not: "Star of the week: Hope"). */
const SENTENCE_END = /[.!?\n]/;

interface CompiledCue {
  words: string[];
  cue: PupilCue;
}

interface CueAt {
  first: number;
  last: number;
  cue: PupilCue;
}

/** Where each pupil cue occurs in the tokens, found in one pass (cues indexed by their first word). */
function findCues(tokens: readonly WordToken[], byFirstWord: Map<string, CompiledCue[]>): CueAt[] {
  const found: CueAt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const candidates = byFirstWord.get(token.key);
    if (!candidates) continue;
    for (const { words, cue } of candidates) {
      let ok = i + words.length <= tokens.length;
      for (let k = 1; ok && k < words.length; k++) {
        const next = tokens[i + k]!;
        ok = matchesCueWord(words[k]!, next) && !SENTENCE_END.test(next.gap);
      }
      if (ok) found.push({ first: i, last: i + words.length - 1, cue });
    }
  }
  return found;
}

/** "Amelia and Harry", "Amelia, Harry": the name at `first` is listed right after the name ending at `previous`. */
function listedAfter(tokens: readonly WordToken[], previous: number, first: number): boolean {
  if (first === previous + 1) return /^\s*[,&+]\s*$/.test(tokens[first]!.gap);
  return (
    first === previous + 2 && tokens[previous + 1]!.key === 'and' && !SENTENCE_END.test(tokens[first]!.gap)
  );
}

function brokenBetween(tokens: readonly WordToken[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (SENTENCE_END.test(tokens[k]!.gap)) return true;
  return false;
}

/**
 * A child's first name that is not on the roster, written where it reads as a pupil: "well done to Maisie",
 * "Oliver in my class", "a child called Ava", "Star of the week: Noah". Names of adults ("Mr James", "our head
 * Sarah") and of the member of staff's own children ("my son Arlo") are left alone, and so are roster names,
 * which roster-pupil and no-publish-pupil report.
 */
export const unlistedChild: RuleDefinition = {
  id: 'unlisted-child',
  category: 'pupil',
  policy: 'identify-pupil-class-school',
  scope: 'passage',
  create(settings) {
    const roster = settings.pupils.length > 0 ? getRosterMatcher(settings.pupils) : undefined;
    const byFirstWord = new Map<string, CompiledCue[]>();
    for (const cue of PUPIL_CUES) {
      const words = cue.phrase.split(' ');
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ words, cue });
      byFirstWord.set(words[0]!, list);
    }
    return (text, context) => {
      const tokens = tokenize(text);
      const cues = findCues(tokens, byFirstWord);
      if (cues.length === 0) return [];
      const hits: RuleHit[] = [];
      let lastFlagged = -10;
      for (const name of findPersonNameCandidates(tokens, text)) {
        const first = tokens[name.first]!;
        if (!FIRST_NAME_CUES.has(name.via) || !(first.capital || first.disguised)) continue;
        if (roster?.hasGivenName(first.key) || (first.alt && roster?.hasGivenName(first.alt))) continue;
        if (isAdultName(tokens, name.first, name.last)) continue;
        // "My son Arlo starts school tomorrow": the member of staff's own child, not a pupil
        if (isOwnChild(tokens, name.first, name.last)) continue;
        // "Harry Potter", "Noah's Ark": a famous person, character or title, not a child in the post
        if (namePhraseAt(tokens, name.first, name.last) !== undefined) continue;
        const inContext = cues.some(
          ({ first: cueFirst, last: cueLast, cue }) =>
            (cue.nameAfter >= 0 &&
              cueLast < name.first &&
              name.first - cueLast - 1 <= cue.nameAfter &&
              !brokenBetween(tokens, cueLast, name.first)) ||
            (cue.nameBefore >= 0 &&
              cueFirst > name.last &&
              cueFirst - name.last - 1 <= cue.nameBefore &&
              !brokenBetween(tokens, name.last, cueFirst)),
        );
        if (!inContext && !listedAfter(tokens, lastFlagged, name.first)) continue;
        lastFlagged = name.last;
        const written = text.slice(name.start, name.end);
        const replacement = `${(first.key[0] ?? '').toUpperCase()}.`;
        hits.push({
          severity: pupilNameSeverity('first', context),
          start: name.start,
          end: name.end,
          message: `“${written}” reads like a child's name. Even if they are not on your school's roster, naming a pupil can identify them.`,
          suggestion: { label: `Use ${replacement} instead`, replacement, start: name.start, end: name.end },
        });
      }
      return hits;
    };
  },
};
