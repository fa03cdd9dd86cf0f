/**
 * "What does the policy say about …?": finds the paragraphs and bullet points of a policy that match a few
 * words, ranked, with the character ranges to highlight. Pure: no DOM, no browser APIs.
 *
 * Matching is by word stems, so case, plurals and simple word forms do not matter ("photo" finds "photos",
 * "friending" finds "friend", "bullied" finds "bullying"). A word of four letters or more also finds longer
 * words it starts ("photo" finds "photographed"), and "cyberbullying" finds "cyber bullying".
 */
import { policyPassages, type PolicyPassage } from './text';
import type { SchoolPolicy } from './types';

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

/** How well one query term matches the text's words: 3 same stem, 2 start of a longer word, 1 end of one. */
function matchTerm(term: string, textWords: Word[], ranges: TextRange[]): number {
  let best = 0;
  textWords.forEach((w, i) => {
    let weight = 0;
    let end = w.end;
    const next = textWords[i + 1];
    if (w.stem === term) weight = 3;
    else if (next && next.start - w.end <= 1 && stem(w.raw + next.raw) === term)
      [weight, end] = [3, next.end];
    else if (term.length >= 4 && w.stem.startsWith(term)) weight = 2;
    else if (term.length >= 5 && w.stem.endsWith(term)) weight = 1;
    if (weight > 0) {
      ranges.push({ start: w.start, end });
      best = Math.max(best, weight);
    }
  });
  return best;
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
 * Finds the passages of `policy` that match `query`, best first: passages with more of the query's words
 * first, then stronger matches, then in the policy's order. A word found only in the section's heading counts
 * for less than one in the passage itself.
 */
export function searchPolicy(
  policy: SchoolPolicy,
  query: string,
  options: SearchOptions = {},
): PolicySearchResult[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const phrase = query.trim().toLowerCase().replace(/\s+/g, ' ');

  const results: (PolicySearchResult & { order: number })[] = [];
  policyPassages(policy).forEach((passage, order) => {
    const textWords = words(passage.text);
    const headingWords = words(passage.heading);
    const ranges: TextRange[] = [];
    const headingRanges: TextRange[] = [];
    let matchedTerms = 0;
    let score = 0;
    for (const term of terms) {
      const inText = matchTerm(term, textWords, ranges);
      const inHeading = matchTerm(term, headingWords, headingRanges);
      if (inText > 0 || inHeading > 0) matchedTerms += 1;
      score += inText + (inHeading > 0 ? 1 : 0);
    }
    if (matchedTerms === 0) return;
    if (terms.length > 1 && passage.text.toLowerCase().includes(phrase)) score += 3;
    results.push({
      ...passage,
      ranges: mergeRanges(ranges),
      headingRanges: mergeRanges(headingRanges),
      matchedTerms,
      score,
      order,
    });
  });

  results.sort((a, b) => b.matchedTerms - a.matchedTerms || b.score - a.score || a.order - b.order);
  return results.slice(0, options.limit ?? 20).map(({ order: _order, ...result }) => result);
}
