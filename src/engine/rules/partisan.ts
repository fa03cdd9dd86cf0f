import type { RuleDefinition, RuleHit } from '../rule';
import { CIVIC, PARTISAN_ACTS, PARTISAN_HASHTAG, type PartisanEntry } from '../data/partisan';
import { POLITICAL_TARGETS, type PoliticalEntry } from '../data/uk-politics';
import { compileLexicon, type LexiconMatch } from '../tone/lexicon';
import { isQuoted } from '../tone/context';
import { hit, inSentence, mergeHits, plain } from '../tone/conduct';
import { isInnocentDenial, pairSpan, pairTargets, refusalsAfter } from '../tone/target-act';
import { sharedToneTokens, toneTokens, type ToneToken } from '../tone/tokens';
import { readSentences, type SentenceReading } from '../tone/sentence-reading';
import { judgingWords } from '../tone/negative-evaluation';
import { withConductClassifier } from '../tone/conduct-classifier';

/**
 * Partisan content, on any account: taking a side in party politics. The rule finds a political target (a party
 * or its nickname, a politician, the government and its offices, an election: src/engine/data/uk-politics.ts)
 * and what the sentence does to it (src/engine/data/partisan.ts): asks people to vote for or against it, calls on
 * them to remove it ("Get them out", "Make sure they're gone at the next election"), gives a verdict ("This
 * government couldn't run a tap"), praises it, or says the writer campaigns for it. The policy's do's: "Remain non
 * partisan". A party named without an act ("the Labour MP visited our school") is left alone, and so is civic
 * content ("remember to vote", polling stations, school council elections).
 */

type TargetMatch = LexiconMatch<PoliticalEntry>;
type ActMatch = LexiconMatch<PartisanEntry>;

const TARGETS = compileLexicon(POLITICAL_TARGETS);
const ACTS = compileLexicon(PARTISAN_ACTS);
const CIVIC_LEXICON = compileLexicon(CIVIC);

const VOTE_WORDS = new Set(['vote', 'voting', 'voted', 'votes']);
/** One-word party names after "vote": "Vote Green", "vote Conservative". */
const VOTED_PARTIES = new Set([
  'green',
  'conservative',
  'liberal',
  'labour',
  'tory',
  'reform',
  'snp',
  'plaid',
]);
/** Calls whose object is a pronoun ("get them out"): "them" points back at a target anywhere in the post. */
const PRONOUN_CALL = /\b(?:them|they|this lot|he|she|\*)\b/;
/** What a target kind can be paired with: praise and support only of a party or politician, never of an election. */
const ACCEPTS: Record<PartisanEntry['kind'], readonly PoliticalEntry['kind'][]> = {
  vote: ['party', 'politician', 'government', 'election'],
  call: ['party', 'politician', 'government', 'election'],
  verdict: ['party', 'politician', 'government'],
  praise: ['party', 'politician'],
  support: ['party'],
};

const MESSAGE =
  'This takes a side in party politics. The policy asks staff to remain non-partisan, on personal accounts too: keep party politics off posts linked to school.';

function politicalTargets(tokens: readonly ToneToken[]): TargetMatch[] {
  return TARGETS.find(tokens).filter((match) => {
    if (match.entry.capitalOnly && !tokens[match.first]!.capital) return false;
    // "Labour of love".
    if (match.entry.term === 'labour' && tokens[match.first + 1]?.key === 'of') return false;
    return !isQuoted(tokens, match.first, match.last);
  });
}

/** Verbs that, with "out" after them, call for someone's removal: "get them out", "vote the Tories out". */
const OUT_VERBS = new Set([
  ...VOTE_WORDS,
  'get',
  'kick',
  'boot',
  'turf',
  'chuck',
  'throw',
  'kicking',
  'getting',
]);

/**
 * "Vote Green", "Get the Conservatives out", "vote them all out": acts read from the words around "vote" or "get"
 * rather than from the list. Their entry's term says which shape was found.
 */
function removalActs(tokens: readonly ToneToken[], sentences: readonly SentenceReading[]): ActMatch[] {
  const found: ActMatch[] = [];
  const vote = PARTISAN_ACTS.find((candidate) => candidate.kind === 'vote')!;
  const call = PARTISAN_ACTS.find((candidate) => candidate.kind === 'call')!;
  const act = (term: string, first: number, last: number, entry = vote): ActMatch => ({
    entry: { ...entry, term },
    first,
    last,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    fuzzy: false,
  });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!OUT_VERBS.has(token.key)) continue;
    const voting = VOTE_WORDS.has(token.key);
    const next = tokens[i + 1];
    if (voting && next && next.capital && next.sentence === token.sentence && VOTED_PARTIES.has(next.key)) {
      found.push(act('vote party', i, i + 1));
      continue;
    }
    // "out" within five words, in the same sentence.
    for (let j = i + 2; j <= i + 5 && j < tokens.length && tokens[j]!.sentence === token.sentence; j++) {
      if (tokens[j]!.key !== 'out') continue;
      const order = sentences.find((sentence) => sentence.index === token.sentence)?.imperative ?? false;
      found.push(act(voting && order ? 'vote them out' : '* them out', i, j, voting ? vote : call));
      break;
    }
  }
  return found;
}

/**
 * Verdicts read from the sentence's structure: a political target as the subject of a negated modal ("This
 * government couldn't run a tap", "Badenoch wouldn't know a classroom") or of a verb whose object is nothing
 * ("Starmer has done precisely nothing").
 */
function structuralVerdicts(
  tokens: readonly ToneToken[],
  targets: readonly TargetMatch[],
  sentences: readonly SentenceReading[],
): ActMatch[] {
  const entry = PARTISAN_ACTS.find((candidate) => candidate.kind === 'verdict')!;
  const found: ActMatch[] = [];
  for (const reading of sentences) {
    // "The Prime Minister can't wait to visit": news in a denial's shape.
    if (!reading.denial || isInnocentDenial(tokens, reading.denial.last)) continue;
    const subject = reading.subject;
    if (!subject) continue;
    const target = targets.find(
      (candidate) =>
        candidate.entry.kind !== 'election' &&
        candidate.first <= subject.last &&
        candidate.last >= subject.first,
    );
    if (!target) continue;
    const { first, last } = reading.denial;
    found.push({ entry, first, last, start: tokens[first]!.start, end: tokens[last]!.end, fuzzy: false });
  }
  // A refusal said of a target later in a sentence: "…because ministers won't fund it".
  const people = targets.filter((target) => target.entry.kind !== 'election');
  for (const { first, last, start, end } of refusalsAfter(tokens, people))
    if (!found.some((other) => other.first <= last && first <= other.last))
      found.push({ entry, first, last, start, end, fuzzy: false });
  return found;
}

/**
 * A verdict in the broad class of judging words (src/engine/tone/negative-evaluation.ts) said in the sentence of a
 * party, politician or the government: "Badenoch's plans are delusional". Only in the target's own sentence, where
 * the word is most likely said of it.
 */
function judgedTargets(tokens: readonly ToneToken[], targets: readonly TargetMatch[]): ActMatch[] {
  const entry = PARTISAN_ACTS.find((candidate) => candidate.kind === 'verdict')!;
  const sentences = new Set(
    targets
      .filter((target) => target.entry.kind !== 'election')
      .map((target) => tokens[target.first]!.sentence),
  );
  return judgingWords(tokens)
    .filter((match) => sentences.has(tokens[match.first]!.sentence))
    .map((match) => ({ ...match, entry: { ...entry, term: match.entry.term } }));
}

export function findPartisan(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  if (tokens.length === 0) return [];
  const hits: RuleHit[] = [];
  for (const found of text.matchAll(PARTISAN_HASHTAG))
    hits.push(hit({ start: found.index, end: found.index + found[0].length }, 'warning', MESSAGE));
  const targets = politicalTargets(tokens);
  if (targets.length === 0 && !tokens.some((token) => VOTE_WORDS.has(token.key))) return mergeHits(hits);
  // Only sentences with a target or a vote word are read for structure (and so tagged).
  const marked = new Set(targets.map((target) => tokens[target.first]!.sentence));
  for (const token of tokens) if (OUT_VERBS.has(token.key)) marked.add(token.sentence);
  const sentences = readSentences(text, tokens, (sentence) => marked.has(sentence));
  const civic = CIVIC_LEXICON.find(tokens);
  const acts = [
    ...ACTS.find(tokens).filter((match) =>
      match.entry.kind === 'vote' || match.entry.kind === 'call'
        ? !isQuoted(tokens, match.first, match.last)
        : plain(tokens, match),
    ),
    ...removalActs(tokens, sentences),
    ...structuralVerdicts(tokens, targets, sentences),
    ...judgedTargets(tokens, targets),
  ].filter((act) => !inSentence(tokens, civic, tokens[act.first]!.sentence));

  // "Useless, the lot of them.": a verdict of up to five words pairs with a target in the sentence before it.
  const pairs = pairTargets(tokens, targets, acts, 5, (target, act) =>
    ACCEPTS[act.entry.kind].includes(target.entry.kind),
  );
  const paired = new Set(pairs.map((pair) => pair.act));
  for (const pair of pairs) hits.push(hit(pairSpan(pair), 'warning', MESSAGE));
  // "Get them out": a call on "them" refers back to a target anywhere in the post; an order to vote someone out
  // needs none.
  for (const act of acts) {
    if (paired.has(act)) continue;
    const pronounCall = act.entry.kind === 'call' && PRONOUN_CALL.test(act.entry.term) && targets.length > 0;
    const holdsTarget = targets.some((target) => target.first > act.first && target.last <= act.last);
    const voteOut = act.entry.term === 'vote them out' || act.entry.term === 'vote party';
    if (pronounCall || voteOut || holdsTarget) hits.push(hit(act, 'warning', MESSAGE));
  }
  return mergeHits(hits);
}

export const partisan: RuleDefinition = {
  id: 'partisan',
  category: 'partisan',
  policy: 'non-partisan',
  scope: 'passage',
  create() {
    // The trained classifier speaks where the rule is silent (src/engine/tone/conduct-classifier.ts).
    // Civic wording ("mock election", "polling station") keeps a sentence clean for the classifier as for the rule.
    // toneTokens, not the shared memo: the sentence must not evict the passage's tokens the next rule reads.
    return (text) =>
      withConductClassifier(
        'partisan',
        text,
        findPartisan(text),
        MESSAGE,
        (sentence) => CIVIC_LEXICON.find(toneTokens(sentence)).length > 0,
      );
  },
};
