/**
 * "What does the policy say about …?": finds the paragraphs and bullet points of a policy that match a few
 * words, ranked, with the character ranges to highlight. Pure: no DOM, no browser APIs.
 *
 * Matching is by word stems, so case, plurals and simple word forms do not matter ("photo" finds "photos",
 * "friending" finds "friend", "bullied" finds "bullying"). A word of four letters or more also finds longer
 * words it starts ("photo" finds "photographed"), and "cyberbullying" finds "cyber bullying". Staff's own words
 * find the policy's (./search-synonyms.ts: "pictures" finds "photos", "Instagram" the definition of social media),
 * and a misspelt word is read as the nearest word the policy or the synonyms know ("grievence"). Rare words weigh
 * more than words every passage has ("photos" more than "post" in "Can I post photos?").
 */
import { policyPassages, type PolicyPassage } from './text';
import type { SchoolPolicy } from './types';
import { SYNONYM_GROUPS } from './search-synonyms';

/** Characters text.slice(start, end) to highlight. */
export interface TextRange {
  start: number;
  end: number;
}

export interface PolicySearchResult extends PolicyPassage {
  /** Where the query's words are in `text`, in order, not overlapping. */
  ranges: TextRange[];
  /** Where the query's words are in `heading`. */
  headingRanges: TextRange[];
  /** How many of the query's words the passage or its heading contains. */
  matchedTerms: number;
  score: number;
}

export interface SearchOptions {
  /** At most this many results; 20 unless given. */
  limit?: number;
}

/** Words that carry no meaning in a question like "What does the policy say about photos?". */
const STOP_WORDS = new Set(
  [
    'a about an and any are as at be by can could does for from how i if in is it me my of on or our',
    'policy say says should so that the this to what when where which who with',
    // The rest of a staff member's question: "Can I…", "Am I allowed to…", "What happens if…".
    'allowed am do did get happens have i’m im it’s need okay ok put someone tell up we will would you your',
  ]
    .join(' ')
    .split(' '),
);

const IRREGULAR: Record<string, string> = { children: 'child', people: 'person', men: 'man', women: 'woman' };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

interface Word {
  start: number;
  end: number;
  raw: string;
  stem: string;
}

/** Reduces a word to a rough stem, the same way for the query and the policy, so their forms meet. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  w = w.replace(/'s$/, '').replace(/'/g, '');
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  // Plurals and third person: policies → policy, classes → class, photos → photo (not class, focus, this).
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length >= 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // Verb forms: bullied → bully, tagging → tag, posted → post.
  // What is left of a verb must still have a vowel: "bring" and "red" stay as they are.
  const verbStem = (rest: string) => rest.length >= 2 && /[aeiouy]/.test(rest);
  let verb = false;
  if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && verbStem(w.slice(0, -3))) [w, verb] = [w.slice(0, -3), true];
  else if (w.endsWith('ed') && verbStem(w.slice(0, -2))) [w, verb] = [w.slice(0, -2), true];
  if (verb && /([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
  // use / using / used all become "us", share / sharing / shared "shar".
  if (w.length >= 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    raw: m[0],
    stem: stem(m[0]),
  }));
}

/** The query's words, as stems, without repeats; question words are dropped unless that leaves nothing. */
export function queryTerms(query: string): string[] {
  const all = words(query).filter((w) => w.raw.length > 1 || /\d/.test(w.raw));
  const meaningful = all.filter((w) => !STOP_WORDS.has(w.raw.toLowerCase()));
  return [...new Set((meaningful.length > 0 ? meaningful : all).map((w) => w.stem))];
}

/** One word of the query as the search looks for it: its stem, and the stems of words that mean the same. */
interface QueryTerm {
  stem: string;
  alternatives: ReadonlySet<string>;
}

/**
 * Each synonym's stem → the stems it also finds: a policy word finds the group's other policy words; a staff word
 * finds the policy words.
 */
const SYNONYMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const add = (word: string, finds: readonly string[]) => {
    const alternatives = map.get(word) ?? new Set<string>();
    for (const other of finds) if (other !== word) alternatives.add(other);
    map.set(word, alternatives);
  };
  for (const group of SYNONYM_GROUPS) {
    const policy = group.policy.map(stem);
    const staff = group.staff.map(stem);
    for (const word of policy) add(word, policy);
    for (const word of staff) add(word, policy);
  }
  return map;
})();

/** Edit distance with adjacent swaps (Damerau–Levenshtein, optimal string alignment), stopping past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** What the search knows of one policy: its passages' words, and how many passages hold each stem. */
interface PolicyIndex {
  passages: { passage: PolicyPassage; textWords: Word[]; headingWords: Word[] }[];
  passagesWith: Map<string, number>;
}

const INDEXES = new WeakMap<SchoolPolicy, PolicyIndex>();

function indexOf(policy: SchoolPolicy): PolicyIndex {
  let index = INDEXES.get(policy);
  if (!index) {
    const passages = policyPassages(policy).map((passage) => ({
      passage,
      textWords: words(passage.text),
      headingWords: words(passage.heading),
    }));
    const passagesWith = new Map<string, number>();
    for (const { textWords } of passages) {
      for (const known of new Set(textWords.map((w) => w.stem))) {
        passagesWith.set(known, (passagesWith.get(known) ?? 0) + 1);
      }
    }
    index = { passages, passagesWith };
    INDEXES.set(policy, index);
  }
  return index;
}

/**
 * A query word neither the policy nor the synonyms know is read as the nearest one they do, if it is near enough to
 * be a slip: one letter wrong in a word of four or more, two in a word of eight or more ("pollitics", "grievence").
 */
function correctTypo(term: string, index: PolicyIndex): string {
  if (term.length < 4 || index.passagesWith.has(term) || SYNONYMS.has(term)) return term;
  const limit = term.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number; passages: number } | undefined;
  for (const known of [...index.passagesWith.keys(), ...SYNONYMS.keys()]) {
    if (known.length < 4) continue;
    const distance = editDistance(term, known, limit);
    if (distance > limit) continue;
    const passages = index.passagesWith.get(known) ?? 0;
    if (!best || distance < best.distance || (distance === best.distance && passages > best.passages)) {
      best = { word: known, distance, passages };
    }
  }
  return best?.word ?? term;
}

function queryTermsFor(query: string, index: PolicyIndex): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  for (const raw of queryTerms(query)) {
    const corrected = correctTypo(raw, index);
    terms.set(corrected, { stem: corrected, alternatives: SYNONYMS.get(corrected) ?? new Set() });
  }
  return [...terms.values()];
}

/** How much a word found in a passage tells: more when few of the policy's passages have it. */
function rarity(found: string, index: PolicyIndex): number {
  return Math.log(1 + index.passages.length / (1 + (index.passagesWith.get(found) ?? 0)));
}

/**
 * How well one query term matches the text's words, weighted by how rare the word found is: 3 same stem,
 * 2.5 a word that means the same, 2 start of a longer word, 1 end of one.
 */
function matchTerm(term: QueryTerm, textWords: Word[], ranges: TextRange[], index: PolicyIndex): number {
  let best = 0;
  // Each other word of the same meaning adds a little: a passage about the thing asked outranks a passing mention.
  const related = new Map<string, number>();
  textWords.forEach((w, i) => {
    let weight = 0;
    let end = w.end;
    const next = textWords[i + 1];
    if (w.stem === term.stem) weight = 3;
    else if (next && next.start - w.end <= 1 && stem(w.raw + next.raw) === term.stem)
      [weight, end] = [3, next.end];
    else if (term.alternatives.has(w.stem)) weight = 2.5;
    else if (term.stem.length >= 4 && w.stem.startsWith(term.stem)) weight = 2;
    else if (term.stem.length >= 5 && w.stem.endsWith(term.stem)) weight = 1;
    if (weight > 0) {
      ranges.push({ start: w.start, end });
      const weighted = weight * rarity(w.stem, index);
      related.set(w.stem, Math.max(related.get(w.stem) ?? 0, weighted));
      best = Math.max(best, weighted);
    }
  });
  let total = best;
  for (const weighted of related.values()) total += weighted / 4;
  return related.size > 0 ? total - best / 4 : 0;
}

/** Sorts and merges ranges that overlap or touch. */
function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Finds the passages of `policy` that match `query`, best first: by the weight of the query's words each passage
 * holds (rare words and exact words weigh most), scaled by how many of the query's words it holds, then in the
 * policy's order. A word found only in the section's heading counts for less than one in the passage itself.
 */
export function searchPolicy(
  policy: SchoolPolicy,
  query: string,
  options: SearchOptions = {},
): PolicySearchResult[] {
  const index = indexOf(policy);
  const terms = queryTermsFor(query, index);
  if (terms.length === 0) return [];
  const phrase = query.trim().toLowerCase().replace(/\s+/g, ' ');

  const results: (PolicySearchResult & { order: number })[] = [];
  index.passages.forEach(({ passage, textWords, headingWords }, order) => {
    const ranges: TextRange[] = [];
    const headingRanges: TextRange[] = [];
    let matchedTerms = 0;
    let weight = 0;
    for (const term of terms) {
      const inText = matchTerm(term, textWords, ranges, index);
      const inHeading = matchTerm(term, headingWords, headingRanges, index);
      if (inText > 0 || inHeading > 0) matchedTerms += 1;
      weight += Math.max(inText, inHeading / 3);
    }
    if (matchedTerms === 0) return;
    let score = weight * (0.5 + (0.5 * matchedTerms) / terms.length);
    if (terms.length > 1 && passage.text.toLowerCase().includes(phrase)) score *= 1.5;
    results.push({
      ...passage,
      ranges: mergeRanges(ranges),
      headingRanges: mergeRanges(headingRanges),
      matchedTerms,
      score,
      order,
    });
  });

  results.sort((a, b) => b.score - a.score || b.matchedTerms - a.matchedTerms || a.order - b.order);
  return results.slice(0, options.limit ?? 20).map(({ order: _order, ...result }) => result);
}
