import type { RuleDefinition, RuleHit } from '../rule';
import {
  GROUPS,
  HOSTILE_PHRASING_ONLY,
  MODIFIER_PEOPLE,
  ORDINARY_SENSE_NEAR,
  SLURS,
  type Characteristic,
  type GroupEntry,
} from '../data/tone-identity';
import { HOSTILITY, WEAK_CUES, type HostilityEntry } from '../data/tone-hostility';
import { CASUAL_PHRASES } from '../data/tone-casual';
import { TONE_REAL_WORDS } from '../data/tone-real-words';
import { compileLexicon, type LexiconMatch } from '../tone/lexicon';
import { framedSentences, isNegated, isQuoted } from '../tone/context';
import { findGroupActs, hateFramedSentences } from '../tone/group-acts';
import { findGroupGeneralisations } from '../tone/group-generalisation';
import { EXPULSION_SLOGANS } from '../data/tone-group-acts';
import { sharedToneTokens, type ToneToken } from '../tone/tokens';

/**
 * Discriminatory content: slurs about a protected characteristic (race, religion, disability, sex, sexual
 * orientation, gender identity, age), casual slurs ("that's so gay", "retarded"), and hostile generalisations
 * about a group ("immigrants ruin everything", "typical women drivers"). The policy: "Do not post derogatory,
 * defamatory, offensive, harassing or discriminatory content".
 *
 * A group word alone is never a finding ("we are learning about racism", "I love Muslims"): it takes a hostile
 * word in the same sentence, said of the group, not negated ("I don't hate…"), not in quotation marks, and not in
 * a sentence that challenges, reports or teaches about hateful words (then it is a reminder only).
 */

const realWords = new Set(TONE_REAL_WORDS);
const SLUR_LEXICON = compileLexicon(SLURS, { fuzzy: true, realWords });
const GROUP_LEXICON = compileLexicon(GROUPS, { fuzzy: true, realWords });
const HOSTILITY_LEXICON = compileLexicon(HOSTILITY, { fuzzy: true, realWords });
const CASUAL_LEXICON = compileLexicon(CASUAL_PHRASES);
const SLOGAN_LEXICON = compileLexicon(
  EXPULSION_SLOGANS.map((term) => ({ term, note: 'An anti-migrant slogan calling for expulsion' })),
);
const WEAK = new Set(WEAK_CUES);
/** Good qualities that, denied of a group, demean it: "X are never intelligent", "X are not our equal". */
const POSITIVE = compileLexicon(
  [
    'intelligent', 'smart', 'clever', 'attractive', 'equal', 'equals', 'human', 'humans', 'worthy', 'welcome',
    'valuable', 'trustworthy', 'capable', 'decent', 'normal', 'beautiful', 'deserve rights', 'as smart',
    'as good', 'as intelligent', 'real women', 'real men', 'proper', 'civilised', 'apply to', 'be trusted',
  ].map((term) => ({ term, note: 'A good quality; denied of a whole group it demeans the group (HateCheck: negated positive statement)' })),
); // prettier-ignore
const HOSTILE_PHRASING = new Set(HOSTILE_PHRASING_ONLY);
const PEOPLE_AFTER_MODIFIER = new Set(MODIFIER_PEOPLE);

/** Words that may stand between a group and what is said of it: "X are just a bunch of Y", "X like you are Y". */
const LINKING = new Set([
  'are', 'is', 're', 's', 'were', 'was', 'be', 'been', 'being', 'just', 'all', 'a', 'an', 'the', 'such', 'so',
  'really', 'nothing', 'but', 'like', 'no', 'better', 'than', 'complete', 'completely', 'absolute', 'absolutely',
  'utter', 'utterly', 'total', 'totally', 'bunch', 'of', 'pack', 'simply', 'more', 'most', 'very', 'common',
  'human', 'those', 'these', 'them', 'they', 'basically', 'literally', 'you', 'u', 'to', 'me', 'always', 'still',
  'only', 'can', 'should', 'ought', 'must', 'will', 'would', 'deserve', 'deserves', 'too', 'little', 'dirty',
  'people', 'person', 'in', 'this', 'country', 'here', 'kinds', 'kind', 'type', 'sort', 'any', 'seriously',
  'by', 'of', 'with', 'around', 'without', 'doubt', 'fucking', 'bloody', 'shitty',
]); // prettier-ignore
/** Words that, right before a slur with an ordinary sense, show it is aimed at someone. */
const AIMED_BEFORE = new Set([
  'you', 'u', 'ya', 'a', 'an', 'those', 'these', 'them', 'bunch', 'typical', 'stupid', 'fucking', 'dirty', 'filthy',
  'bloody', 'such', 'little', 'fat', 'of', 'like', 'his', 'her', 'that', 'big', 'many', 'all', 'are', 'is',
]); // prettier-ignore
const FIRST_PERSON = new Set(['i', 'im', 'me', 'my', 'we', 'us', 'our', 'myself', 'ourselves', 'proud']);
const BACK_REFERENCE = new Set([
  'they',
  'them',
  'their',
  'theyre',
  'these',
  'those',
  'he',
  'she',
  'him',
  'her',
  'it',
  'you',
]);

const CHARACTERISTIC_WORDS: Record<Characteristic, string> = {
  race: 'race or nationality',
  religion: 'religion',
  disability: 'disability',
  sex: 'sex',
  'sexual-orientation': 'sexual orientation',
  'gender-identity': 'gender identity',
  age: 'age',
};

const MESSAGES = {
  slur: (characteristic: Characteristic) =>
    `This is a slur about ${CHARACTERISTIC_WORDS[characteristic]}. Slurs are discriminatory, even as a joke: remove it.`,
  casual: (characteristic: Characteristic) =>
    `This is used as a put-down, but it is a slur about ${CHARACTERISTIC_WORDS[characteristic]}. Choose other words.`,
  group: (characteristic: Characteristic) =>
    `This says something hostile about a whole group of people (${CHARACTERISTIC_WORDS[characteristic]}). That is discriminatory: remove or rephrase it.`,
  dehumanise: (characteristic: Characteristic) =>
    `This compares a group of people (${CHARACTERISTIC_WORDS[characteristic]}) to vermin, disease or invaders. That dehumanises them and is discriminatory: remove it.`,
  expel: (characteristic: Characteristic) =>
    `This calls for a group of people (${CHARACTERISTIC_WORDS[characteristic]}) to be removed or kept out. That is discriminatory: remove it.`,
  slogan:
    'This is a slogan calling for people to be sent away because of where they come from. That is discriminatory: remove it.',
  framed:
    'This repeats discriminatory words, it seems to quote, challenge or teach about them. Make sure no reader could take them as your own view.',
  reclaimed:
    'This word is a slur when others use it. If you are reclaiming it for yourself, think about how readers who do not know you will take it.',
};

function nearWords(
  tokens: readonly ToneToken[],
  first: number,
  last: number,
  words: readonly string[],
): boolean {
  if (words.length === 0) return false;
  const sentence = tokens[first]!.sentence;
  for (let i = Math.max(0, first - 5); i <= Math.min(tokens.length - 1, last + 5); i++) {
    if (i >= first && i <= last) continue;
    const token = tokens[i]!;
    if (token.sentence !== sentence) continue;
    for (const word of words) if (token.key === word || token.key.startsWith(word)) return true;
  }
  return false;
}

function isFirstPersonClause(tokens: readonly ToneToken[], first: number, last: number): boolean {
  const clause = tokens[first]!.clause;
  for (let i = Math.max(0, first - 6); i <= Math.min(tokens.length - 1, last + 4); i++) {
    const token = tokens[i]!;
    if (token.clause === clause && FIRST_PERSON.has(token.key)) return true;
  }
  return false;
}

/** Who "said it" in "time someone said it", "somebody had to say it". */
const SPEAKERS = new Set(['someone', 'somebody', 'people', 'we', 'i', 'they', 'anyone', 'anybody']);
const SAYING = new Set(['said', 'say', 'says', 'admitted', 'admit', 'spoke', 'speak']);

/**
 * Sentences that endorse what they say ("…, time someone said it", "somebody had to say it"): the "said" there is
 * not a report of someone else's words, so it does not make the sentence reported speech.
 */
function endorsingSentences(tokens: readonly ToneToken[]): Set<number> {
  const found = new Set<number>();
  tokens.forEach((token, i) => {
    if (!SPEAKERS.has(token.key)) return;
    const before = tokens[i - 1];
    const after = [tokens[i + 1], tokens[i + 2], tokens[i + 3]].filter(
      (next) => next?.sentence === token.sentence,
    );
    const saysIt = after.some((next) => SAYING.has(next!.key));
    const endorsing =
      (before?.key === 'time' && before.sentence === token.sentence) ||
      after.some((next) => next!.key === 'had');
    if (saysIt && endorsing) found.add(token.sentence);
  });
  return found;
}

type Group = LexiconMatch<GroupEntry>;
type Cue = LexiconMatch<HostilityEntry>;

/** Group mentions: a modifier ("black", "gay") counts only before a person word or a hostile word. */
function findGroups(tokens: readonly ToneToken[], cueStarts: ReadonlySet<number>): Group[] {
  return GROUP_LEXICON.find(tokens).filter((match) => {
    if (!match.entry.modifier) return true;
    const next = tokens[match.last + 1];
    return next !== undefined && (PEOPLE_AFTER_MODIFIER.has(next.key) || cueStarts.has(match.last + 1));
  });
}

/** Only linking words between the end of `a` and the start of `b` (at most five). */
function linked(tokens: readonly ToneToken[], a: { last: number }, b: { first: number }): boolean {
  if (b.first <= a.last) return false;
  if (b.first - a.last - 1 > 5) return false;
  for (let i = a.last + 1; i < b.first; i++) if (!LINKING.has(tokens[i]!.key)) return false;
  return true;
}

function directionFits(cue: Cue, group: Group): boolean {
  const before = group.last < cue.first;
  if (cue.entry.direction === 'object') return !before;
  if (cue.entry.direction === 'subject') return before;
  return true;
}

/** The group a cue is said of: in its sentence, or in the sentence before when the cue's refers back ("They…"). */
function groupFor(tokens: readonly ToneToken[], cue: Cue, groups: readonly Group[]): Group | undefined {
  const sentence = tokens[cue.first]!.sentence;
  const clause = tokens[cue.first]!.clause;
  const inSentence = groups.filter(
    (group) => tokens[group.first]!.sentence === sentence && directionFits(cue, group),
  );
  // Prefer the same clause, then a group whose clause the cue's clause refers back to.
  const sameClause = inSentence.find((group) => tokens[group.first]!.clause === clause);
  if (sameClause) return sameClause;
  const refers = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++)
      if (BACK_REFERENCE.has(tokens[i]!.key) && tokens[i]!.clause === clause) return true;
    return false;
  };
  const clauseStart = tokens.findIndex((token) => token.clause === clause);
  // "I hate them", "make them suffer": a pronoun just after the cue refers to a group named earlier.
  const objectEnd = Math.min(tokens.length, cue.last + 5);
  const refersAfter = refers(cue.last + 1, objectEnd);
  if (cue.entry.direction === 'object' && refersAfter) {
    const earlier = groups.filter(
      (group) => group.last < cue.first && tokens[group.first]!.sentence >= sentence - 1,
    );
    if (earlier.length > 0) return earlier[earlier.length - 1];
  }
  if (inSentence.length > 0 && refers(clauseStart, cue.first)) return inSentence[inSentence.length - 1];
  if (inSentence.length > 0) {
    // A group before the cue in another clause of the sentence, with nothing but linking words between clauses.
    const nearest = inSentence.filter((group) => group.last < cue.first).pop();
    if (nearest && cue.first - nearest.last <= 8) return nearest;
  }
  if (sentence > 0 && (refers(clauseStart, cue.first) || refersAfter)) {
    const previous = groups.filter((group) => tokens[group.first]!.sentence === sentence - 1);
    if (previous.length > 0 && !groups.some((group) => tokens[group.first]!.sentence === sentence))
      return previous[previous.length - 1];
  }
  return undefined;
}

/** Expulsion slogans that name no group ("Britain is full"), in sentences no other finding took. */
function sloganHits(
  tokens: readonly ToneToken[],
  framed: ReadonlyMap<number, unknown>,
  flaggedSentences: ReadonlySet<number>,
): RuleHit[] {
  const found: RuleHit[] = [];
  const matches = SLOGAN_LEXICON.find(tokens);
  if (matches.length === 0) return found;
  const hateFramed = hateFramedSentences(tokens);
  for (const match of matches) {
    const sentence = tokens[match.first]!.sentence;
    if (flaggedSentences.has(sentence)) continue;
    const framedHere =
      isQuoted(tokens, match.first, match.last) || framed.has(sentence) || hateFramed.has(sentence);
    found.push({
      start: match.start,
      end: match.end,
      severity: framedHere ? 'info' : 'warning',
      message: framedHere ? MESSAGES.framed : MESSAGES.slogan,
    });
  }
  return found;
}

export function findDiscrimination(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const framed = framedSentences(tokens);
  const hits: RuleHit[] = [];
  const flaggedSentences = new Set<number>();

  // Slurs.
  for (const match of SLUR_LEXICON.find(tokens)) {
    const { entry } = match;
    const token = tokens[match.first]!;
    const base = entry.term.split(' ')[0]!.replace(/s$/, '');
    const ordinary = ORDINARY_SENSE_NEAR[entry.term] ?? ORDINARY_SENSE_NEAR[base];
    if (ordinary && nearWords(tokens, match.first, match.last, ordinary)) continue;
    if (HOSTILE_PHRASING.has(entry.term) || HOSTILE_PHRASING.has(base)) {
      if (
        token.capital &&
        !token.upper &&
        tokens[match.first - 1] &&
        !tokens[match.first]!.gap.match(/[.!?]\s*$/)
      )
        continue;
      const before = tokens[match.first - 1];
      const after = tokens[match.last + 1];
      if (
        !(before && AIMED_BEFORE.has(before.key)) &&
        !(after && (after.key === 'like' || after.key === 'behaviour'))
      )
        continue;
    }
    const place = { start: match.start, end: match.end };
    const sentence = token.sentence;
    if (
      isQuoted(tokens, match.first, match.last) ||
      framed.has(sentence) ||
      /\bword\b/.test(tokens[match.first - 1]?.key ?? '')
    ) {
      hits.push({ ...place, severity: 'info', message: MESSAGES.framed });
    } else if (entry.kind !== 'casual' && isFirstPersonClause(tokens, match.first, match.last)) {
      hits.push({ ...place, severity: 'info', message: MESSAGES.reclaimed });
    } else {
      hits.push({
        ...place,
        severity: 'warning',
        message:
          entry.kind === 'casual'
            ? MESSAGES.casual(entry.characteristic)
            : MESSAGES.slur(entry.characteristic),
      });
    }
    flaggedSentences.add(sentence);
  }

  // Casual put-downs ("that's so gay").
  for (const match of CASUAL_LEXICON.find(tokens)) {
    const sentence = tokens[match.first]!.sentence;
    if (flaggedSentences.has(sentence)) continue;
    const framedHere = framed.has(sentence) || isQuoted(tokens, match.first, match.last);
    hits.push({
      start: match.start,
      end: match.end,
      severity: framedHere ? 'info' : 'warning',
      message: framedHere ? MESSAGES.framed : MESSAGES.casual(match.entry.characteristic),
    });
    flaggedSentences.add(sentence);
  }

  // A hostile word said of a group.
  const cues = HOSTILITY_LEXICON.find(tokens);
  const cueStarts = new Set(cues.map((cue) => cue.first));
  const allGroups = findGroups(tokens, cueStarts);
  if (allGroups.length === 0) return [...hits, ...sloganHits(tokens, framed, flaggedSentences)];
  // Everyday words ("girls", "boys") count only for the acts of tone/group-acts.ts, never for a hostile word nearby.
  const groups = allGroups.filter((group) => !group.entry.everyday);
  const hateFramed = hateFramedSentences(tokens);
  const strongPerSentence = new Map<number, number>();
  for (const cue of cues) {
    const sentence = tokens[cue.first]!.sentence;
    strongPerSentence.set(
      sentence,
      (strongPerSentence.get(sentence) ?? 0) + (WEAK.has(cue.entry.term) ? 0 : 1),
    );
  }
  const weakPerSentence = new Map<number, number>();
  for (const cue of cues) {
    const sentence = tokens[cue.first]!.sentence;
    if (WEAK.has(cue.entry.term)) weakPerSentence.set(sentence, (weakPerSentence.get(sentence) ?? 0) + 1);
  }

  // A good quality denied of a group: "X can never be as smart as anyone else".
  for (const quality of POSITIVE.find(tokens)) {
    const sentence = tokens[quality.first]!.sentence;
    if (flaggedSentences.has(sentence) || !isNegated(tokens, quality.first, 4)) continue;
    const group = groups.find(
      (candidate) => candidate.last < quality.first && tokens[candidate.first]!.sentence === sentence,
    );
    if (!group || quality.first - group.last > 8) continue;
    const framedHere = framed.has(sentence) || isQuoted(tokens, quality.first, quality.last);
    hits.push({
      start: group.start,
      end: quality.end,
      severity: framedHere ? 'info' : 'warning',
      message: framedHere ? MESSAGES.framed : MESSAGES.group(group.entry.characteristic),
    });
    flaggedSentences.add(sentence);
  }

  for (const cue of cues) {
    const sentence = tokens[cue.first]!.sentence;
    if (flaggedSentences.has(sentence)) continue;
    // A cue that is part of a group name ("black" in "black trash" is the group, "trash" the cue).
    if (groups.some((group) => group.first <= cue.first && cue.last <= group.last)) continue;
    const group = groupFor(tokens, cue, groups);
    if (!group) continue;
    const adjacent = linked(tokens, group, cue) || linked(tokens, cue, group);
    if (WEAK.has(cue.entry.term)) {
      const others = (strongPerSentence.get(sentence) ?? 0) + (weakPerSentence.get(sentence) ?? 0) - 1;
      if (!adjacent && others === 0) continue;
    }
    if (isNegated(tokens, cue.first, 8)) continue;
    if (group.last < cue.first && isNegated(tokens, group.first, 3)) continue;
    const sameSentence = tokens[group.first]!.sentence === sentence;
    const start = sameSentence ? Math.min(group.start, cue.start) : cue.start;
    const end = sameSentence ? Math.max(group.end, cue.end) : cue.end;
    const quoted = isQuoted(tokens, cue.first, cue.last);
    const framedHere = quoted || framed.has(sentence) || hateFramed.has(sentence);
    hits.push({
      start,
      end,
      severity: framedHere ? 'info' : 'warning',
      message: framedHere ? MESSAGES.framed : MESSAGES.group(group.entry.characteristic),
    });
    flaggedSentences.add(sentence);
  }

  // What the sentence does to a group, whatever its words: dehumanise, expel, generalise, deny. A quotation
  // elsewhere in the sentence ("need fixing, not 'celebrating'") does not make the act someone else's words.
  const listedActs = findGroupActs(tokens, allGroups);
  // The broad reading (word classes, negative words) adds acts in sentences the listed ones did not reach.
  const listedSentences = new Set(listedActs.map((act) => tokens[act.last]!.sentence));
  const acts = [
    ...listedActs,
    ...findGroupGeneralisations(tokens, allGroups).filter(
      (act) => !listedSentences.has(tokens[act.last]!.sentence),
    ),
  ];
  const framedByWords =
    acts.length === 0
      ? framed
      : framedSentences(tokens.map((token) => (token.quoted ? { ...token, quoted: false } : token)));
  const endorsed = endorsingSentences(tokens);
  for (const act of acts) {
    const sentence = tokens[act.last]!.sentence;
    let quoted = false;
    for (let i = act.first; i <= act.last; i++) if (tokens[i]!.quoted) quoted = true;
    const framedHere =
      quoted || (framedByWords.has(sentence) && !endorsed.has(sentence)) || hateFramed.has(sentence);
    if (flaggedSentences.has(sentence)) {
      // A reminder given only because of a quotation elsewhere in the sentence gives way to this warning.
      const reminder = hits.findIndex(
        (other) =>
          other.severity === 'info' &&
          tokens.find((token) => token.start === other.start)?.sentence === sentence,
      );
      if (
        framedHere ||
        reminder < 0 ||
        hits.some(
          (other) =>
            other.severity !== 'info' &&
            other.start >= tokens[act.first]!.start &&
            other.end <= tokens[act.last]!.end,
        )
      )
        continue;
      hits.splice(reminder, 1);
    }
    const characteristic = act.group.entry.characteristic;
    hits.push({
      start: tokens[act.first]!.start,
      end: tokens[act.last]!.end,
      severity: framedHere ? 'info' : 'warning',
      message: framedHere
        ? MESSAGES.framed
        : act.act === 'dehumanise'
          ? MESSAGES.dehumanise(characteristic)
          : act.act === 'expel'
            ? MESSAGES.expel(characteristic)
            : MESSAGES.group(characteristic),
    });
    flaggedSentences.add(sentence);
  }
  hits.push(...sloganHits(tokens, framed, flaggedSentences));
  return hits.sort((a, b) => a.start - b.start);
}

export const discriminatory: RuleDefinition = {
  id: 'discriminatory',
  category: 'discriminatory',
  policy: 'no-derogatory-content',
  scope: 'passage',
  create() {
    return (text) => findDiscrimination(text);
  },
};
