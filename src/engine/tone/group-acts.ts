/**
 * Reads what a sentence does to a group of people (the discriminatory rule's structural pass): finds the group
 * (tone-identity.ts) and an act done to it (data/tone-group-acts.ts): a predicate said of the group after it
 * ("Travellers … are thieves", "these migrants are spreading like a disease"), or a pattern around it ("ship
 * <group> back", "<group> out!", "wouldn't trust a <group>"). A sentence that says "they" or "the lot of them"
 * takes the group of the sentence before. Negated predicates ("are not a burden") are not acts.
 */
import {
  BACK_REFERENCE_ACTS,
  GROUP_ACT_PATTERNS,
  GROUP_PREDICATES,
  HATE_FRAMING,
  type GroupAct,
} from '../data/tone-group-acts';
import type { GroupEntry } from '../data/tone-identity';
import { isNegated } from './context';
import { compileLexicon, type LexiconMatch } from './lexicon';
import { compilePatterns } from './patterns';
import type { ToneToken } from './tokens';

const PREDICATES = compileLexicon(GROUP_PREDICATES);
const PATTERNS = compilePatterns(GROUP_ACT_PATTERNS);
const BACK_PATTERNS = compilePatterns(BACK_REFERENCE_ACTS);
const FRAMING = compileLexicon(
  HATE_FRAMING.map((term) => ({ term, note: 'About hateful words, not saying them' })),
);
/** How far after the group a predicate may stand and still be said of it. */
const PREDICATE_REACH = 12;
/** Words that refer back to a group named in the sentence before. */
const BACK_REFERENCE = new Set(['they', 'them', 'theyre', 'their', 'lot', 'those', 'these']);

export interface GroupActHit {
  group: LexiconMatch<GroupEntry>;
  act: GroupAct;
  /** Token range of the whole act, group included when it is in the same sentence. */
  first: number;
  last: number;
}

/** Sentences that teach, report or rebut hateful words, by the words listed in HATE_FRAMING. */
export function hateFramedSentences(tokens: readonly ToneToken[]): Set<number> {
  return new Set(FRAMING.find(tokens).map((match) => tokens[match.first]!.sentence));
}

/** The group a predicate at token `first` is said of: the nearest before it in its sentence, or the one before. */
function subjectGroup(
  tokens: readonly ToneToken[],
  groups: readonly LexiconMatch<GroupEntry>[],
  first: number,
): LexiconMatch<GroupEntry> | undefined {
  const sentence = tokens[first]!.sentence;
  let best: LexiconMatch<GroupEntry> | undefined;
  for (const group of groups) {
    if (tokens[group.first]!.sentence !== sentence || group.last >= first) continue;
    if (first - group.last > PREDICATE_REACH) continue;
    if (!best || group.last > best.last) best = group;
  }
  if (best) return best;
  // "Two-faced, the lot of them", "Polish builders: rob you blind": the group is in the sentence before.
  const opening = tokens.find((token) => token.sentence === sentence);
  const refersBack =
    /:\s*$/.test(opening?.gap ?? '') ||
    tokens.some((token) => token.sentence === sentence && BACK_REFERENCE.has(token.key));
  if (!refersBack) return undefined;
  return groups.filter((group) => tokens[group.first]!.sentence === sentence - 1).pop();
}

export function findGroupActs(
  tokens: readonly ToneToken[],
  groups: readonly LexiconMatch<GroupEntry>[],
): GroupActHit[] {
  if (groups.length === 0) return [];
  const hits: GroupActHit[] = [];
  const insideGroup = (i: number): boolean => groups.some((group) => group.first <= i && i <= group.last);
  for (const predicate of PREDICATES.find(tokens)) {
    if (insideGroup(predicate.first)) continue;
    const group = subjectGroup(tokens, groups, predicate.first);
    if (!group || (group.entry.everyday && predicate.entry.act !== 'deny')) continue;
    // "Immigrants are not criminals", "I don't think Travellers are thieves": a negation anywhere in the clause
    // before the predicate, back to a little before the group, denies it.
    const sameSentence = tokens[group.first]!.sentence === tokens[predicate.first]!.sentence;
    const reach = sameSentence ? predicate.first - group.first + 4 : 3;
    if (isNegated(tokens, predicate.first, reach)) continue;
    hits.push({
      group,
      act: predicate.entry.act,
      first: sameSentence ? group.first : predicate.first,
      last: predicate.last,
    });
  }
  const spans = new Map(groups.map((group) => [group.first, group.last]));
  for (const match of PATTERNS.find(tokens, { group: spans })) {
    const next = tokens[match.last + 1];
    // A hashtag after "Migrants out" is a tag, not the rest of the clause.
    if (match.entry.clauseEnd && next && next.clause === tokens[match.last]!.clause && next.prefix !== '#')
      continue;
    const group = groups.find((candidate) => candidate.first >= match.first && candidate.last <= match.last);
    if (!group || group.entry.everyday) continue;
    // "Never let…" is a negation of the act only when the act is not itself a refusal: checked by the pattern.
    hits.push({ group, act: match.entry.act, first: match.first, last: match.last });
  }
  // "Boot them out": the group named before, in this sentence or the one before.
  for (const match of BACK_PATTERNS.find(tokens)) {
    const group = subjectGroup(tokens, groups, match.first);
    if (!group || group.entry.everyday) continue;
    if (hits.some((other) => other.first <= match.last && match.first <= other.last)) continue;
    hits.push({ group, act: match.entry.act, first: match.first, last: match.last });
  }
  return hits.sort((a, b) => a.first - b.first);
}
