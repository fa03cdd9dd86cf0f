/**
 * A light person-name detector for general text, with no model. Each way of telling a name is a cue in its own
 * file under names/cues/ (a title before a word, a known first name, two capitalised words, a surname's shape, a
 * verb of a person after a word…); this file is the scorer that combines them: at each token, the cues that read
 * the token's form (a hashtag, a title, a word in capitals, in lower case or capitalised) propose spans, the
 * highest-scoring proposal is kept when it is plausible (not a street, a company, a well-known title such as
 * "Noah's Ark", or a place after a travel word), and the follow-up cues then add surnames used again and names
 * listed with a name. Words of web addresses and user names ("sasha_pearce") are skipped. @mentions are returned
 * only on request. Used by the unlisted-child rule (first names only), and measured on public NER data, cue by
 * cue (see `npm run eval`). Linear in the text: one pass over the tokens with precompiled sets.
 */
import { UK_FIRST_NAMES } from '../data/uk-first-names';
import { ARTICLES, CONTRACTION_ENDINGS, PLACE_OR_ORGANISATION, TITLES } from '../data/name-finder-words';
import { isMostlyCapitalised, tokenize, type WordToken } from '../text/tokens';
import { INITIAL_GAP, NAME_GAP } from './name-shapes';
import { isPlaceAfterTravel, namePhraseAt } from './name-phrases';
import {
  plainView,
  type FinderCue,
  type FollowUpCue,
  type FoundName,
  type NameView,
  type TokenForm,
} from './cues/cue';
import { capitals } from './cues/capitals';
import { hashtag } from './cues/hashtag';
import { introducer } from './cues/introducer';
import { knownFirstName } from './cues/known-first-name';
import { listedName } from './cues/listed-name';
import { lowerCaseName } from './cues/lower-case-name';
import { middleInitial } from './cues/middle-initial';
import { pair } from './cues/pair';
import { personVerb } from './cues/person-verb';
import { questionSubject } from './cues/question-subject';
import { repeatedSurname } from './cues/repeated-surname';
import { surnameBeforeVerb } from './cues/surname-before-verb';
import { surnameForm } from './cues/surname-form';
import { title } from './cues/title';
import { unknownPossessive } from './cues/unknown-possessive';

export interface PersonNameSpan {
  start: number;
  end: number;
}

export interface PersonNameCandidate extends PersonNameSpan {
  /** Token indexes of the first and last word of the name. */
  first: number;
  last: number;
  /** The id of the cue that found it. */
  via: string;
}

/** Every finder cue; the scorer keeps the highest-scoring proposal at each token. */
export const FINDER_CUES: readonly FinderCue[] = [
  hashtag,
  title,
  capitals,
  lowerCaseName,
  knownFirstName,
  middleInitial,
  introducer,
  pair,
  surnameBeforeVerb,
  questionSubject,
  unknownPossessive,
  surnameForm,
  personVerb,
];

/** The cues run once the finder has found names, in this order. */
export const FOLLOW_UP_CUES: readonly FollowUpCue[] = [listedName, repeatedSurname];

const CUES_BY_FORM = new Map<TokenForm, FinderCue[]>();
for (const cue of FINDER_CUES) CUES_BY_FORM.set(cue.form, [...(CUES_BY_FORM.get(cue.form) ?? []), cue]);
for (const cues of CUES_BY_FORM.values()) cues.sort((a, b) => b.score - a.score);

/** The form of the token a name could start at, or undefined for one that starts none ("@jo", a number). */
function formOf(tokens: readonly WordToken[], index: number): TokenForm | undefined {
  const token = tokens[index]!;
  if (token.kind !== 'word' || token.prefix === '@') return undefined;
  if (token.prefix === '#') return 'hashtag';
  if (
    token.prefix === '' &&
    TITLES.has(token.key) &&
    (token.capital || /^\./.test(tokens[index + 1]?.gap ?? ''))
  )
    return 'title';
  if (token.upper) return 'upper';
  if (!token.capital) return 'lower';
  return token.prefix === '' ? 'capital' : undefined;
}

/** A proposal of one cue at one token, for the per-cue report of `npm run eval`. */
export interface CueProposal extends FoundName {
  /** The proposal the scorer kept (the best at its token, and plausible). */
  kept: boolean;
}

function isKnownName(key: string): boolean {
  return UK_FIRST_NAMES.has(key);
}

/**
 * Runs the finder over the tokens; `trace` (for `npm run eval`) hears every proposal of every cue, not only the
 * ones kept.
 */
function find(view: NameView, trace?: (proposal: CueProposal) => void): FoundName[] {
  const { tokens, text } = view;
  const found: FoundName[] = [];
  const urls = webAddresses(text);
  let url = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // words of a web address ("reddit.com/r/soccer/comments/…/andy_carroll_goal") are not names
    while (url < urls.length && urls[url]![1] <= token.start) url++;
    const form = formOf(tokens, i);
    if ((url < urls.length && urls[url]![0] <= token.start) || isUserNamePart(tokens, i) || !form) {
      i++;
      continue;
    }
    let best: FoundName | undefined;
    for (const cue of CUES_BY_FORM.get(form) ?? []) {
      const span = cue.find(view, i);
      if (!span) continue;
      if (!best) best = { ...span, via: cue.id };
      if (!trace) break;
      trace({ ...span, via: cue.id, kept: false });
    }
    if (best && isPlausible(tokens, best)) {
      trace?.({ ...best, kept: true });
      found.push(best);
      i = best.last + 1;
    } else i++;
  }
  let all = found;
  for (const cue of FOLLOW_UP_CUES) {
    const added = cue.add(view, all);
    for (const name of added) {
      trace?.({ ...name, kept: false });
      trace?.({ ...name, kept: true });
    }
    if (added.length > 0) all = [...all, ...added].sort((a, b) => a.first - b.first);
  }
  return all;
}

/** Person-name candidates over tokens made from `text`, left to right, never overlapping. */
export function findPersonNameCandidates(tokens: readonly WordToken[], text: string): PersonNameCandidate[] {
  const view = plainView(tokens, text, isMostlyCapitalised(tokens), isKnownName);
  return find(view).map((name) => ({
    ...name,
    start: tokens[name.first]!.start,
    end: tokens[name.last]!.end,
  }));
}

/** Every cue's proposals in a text, as character spans (for the per-cue report of `npm run eval`). */
export function traceNameCues(text: string): (CueProposal & PersonNameSpan)[] {
  const tokens = tokenize(text);
  const proposals: (CueProposal & PersonNameSpan)[] = [];
  find(plainView(tokens, text, isMostlyCapitalised(tokens), isKnownName), (proposal) =>
    proposals.push({ ...proposal, start: tokens[proposal.first]!.start, end: tokens[proposal.last]!.end }),
  );
  return proposals;
}

const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+/giu;

/** Start and end offsets of the web addresses in the text, in order. */
function webAddresses(text: string): [number, number][] {
  if (!text.includes('http') && !text.includes('www.')) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WEB_ADDRESS)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** A word joined to the next or previous one by an underscore: part of a user name ("sasha_pearce", "SFC_Sam"). */
function isUserNamePart(tokens: readonly WordToken[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  return (
    (i > 0 && token.gap.length > 0 && token.gap.endsWith('_') && !/\s$/.test(token.gap)) ||
    (next !== undefined && next.gap.startsWith('_'))
  );
}

/** Counter-evidence against a proposed name: a street, a company, a well-known title or a place. */
function isPlausible(tokens: readonly WordToken[], candidate: FoundName): boolean {
  const first = tokens[candidate.first]!;
  const before = tokens[candidate.first - 1];
  const after = tokens[candidate.last + 1];
  if (after && /^['’]$/.test(after.gap) && CONTRACTION_ENDINGS.has(after.key)) return false;
  if (after && after.capital && NAME_GAP.test(after.gap) && PLACE_OR_ORGANISATION.has(after.key))
    return false;
  // "Villacher Strasse 89", "Joaquin Suarez 2906": a street, not a person
  if (after && after.kind === 'number' && NAME_GAP.test(after.gap) && candidate.via !== title.id)
    return false;
  // "Avenue Victor Hugo", but not "Dr Kyle Kuefer" ("Dr" is also "Drive")
  if (
    before &&
    PLACE_OR_ORGANISATION.has(before.key) &&
    before.capital &&
    !(TITLES.has(before.key) && INITIAL_GAP.test(first.gap))
  )
    return false;
  // "Noah's Ark", "flights to Sofia"
  if (namePhraseAt(tokens, candidate.first, candidate.last) === 'thing') return false;
  if (candidate.first === candidate.last && isPlaceAfterTravel(tokens, candidate.first)) return false;
  if (candidate.via !== title.id && before && !first.sentenceStart) {
    if (before.kind === 'number' && /^\s+$/.test(first.gap)) return false;
    if (ARTICLES.has(before.key)) return false;
  }
  return true;
}

/** Likely person names in general text, as offsets into it. */
export interface FindPersonNamesOptions {
  /**
   * Also return @mentions ("@jsmith"), which NER data such as WNUT-17 labels as people. Off by default: a handle
   * names an account, not necessarily a person, and the unlisted-child rule never uses it.
   */
  handles?: boolean;
}

export function findPersonNames(text: string, options: FindPersonNamesOptions = {}): PersonNameSpan[] {
  const names = findPersonNameCandidates(tokenize(text), text).map(({ start, end }) => ({ start, end }));
  if (!options.handles) return names;
  const handles = findHandleMentions(text).filter(
    (handle) => !names.some((name) => name.start < handle.end && handle.start < name.end),
  );
  return [...names, ...handles].sort((a, b) => a.start - b.start);
}

const HANDLE = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]{2,30}/gu;

/** @mentions ("@jsmith", "@Mrs_Okafor"), without the "@". Kept apart from person names: see FindPersonNamesOptions. */
export function findHandleMentions(text: string): PersonNameSpan[] {
  if (!text.includes('@')) return [];
  const spans: PersonNameSpan[] = [];
  for (const match of text.matchAll(HANDLE)) {
    spans.push({ start: match.index + 1, end: match.index + match[0].length });
  }
  return spans;
}
