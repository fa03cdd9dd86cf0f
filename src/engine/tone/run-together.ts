/**
 * Words run together, a common disguise ("Ihate", "justpathetic", "womendisgust me", "Deathto"): a token that is
 * not itself a word the tone lists know is split in two where both halves are words they know, at least one of
 * them a tone word (a swear, insult, slur, group or hostile word) and the other a tone word or a short everyday
 * word from the closed list below. Real English words that happen to split this way ("therapist", "manhole")
 * are listed in TONE_REAL_WORDS (generated from the en-GB dictionary by scripts/build-tone-real-words.ts) and
 * are never split.
 */
import { SWEAR_WORDS, INSULTS } from '../data/tone-offensive';
import { GROUPS, SLURS } from '../data/tone-identity';
import { HOSTILITY } from '../data/tone-hostility';
import { TONE_REAL_WORDS } from '../data/tone-real-words';
import { termKeys } from './word-forms';

/**
 * Everyday words that run into a neighbouring tone word: pronouns, determiners, linking verbs, intensifiers and
 * prepositions (a closed class of English function words, plus "hate" and "love", the commonest verbs of
 * feeling in hateful messages).
 */
export const JOINING_WORDS: readonly string[] = [
  'i', 'im', 'you', 'u', 'ur', 'he', 'she', 'we', 'they', 'them', 'him', 'her', 'me', 'us', 'it', 'its', 'your',
  'my', 'our', 'their', 'his', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'all', 'every', 'any', 'some',
  'no', 'not', 'is', 'are', 'was', 'were', 'be', 'am', 'so', 'such', 'just', 'too', 'very', 'really', 'much',
  'more', 'most', 'total', 'utter', 'absolute', 'complete', 'real', 'fucking', 'bloody', 'to', 'of', 'for',
  'and', 'or', 'with', 'like', 'as', 'at', 'by', 'in', 'on', 'off', 'up', 'out', 'go', 'get', 'do', 'hate',
  'love', 'what', 'ya', 'yo', 'ye',
]; // prettier-ignore

/** Keys of every word in the tone lists that can stand in a run-together pair. */
function toneWords(): Set<string> {
  const words = new Set<string>();
  for (const list of [SWEAR_WORDS, INSULTS, SLURS, GROUPS, HOSTILITY])
    for (const entry of list)
      for (const key of termKeys(entry.term)) if (key.length >= 3 && /^[a-z]+$/.test(key)) words.add(key);
  return words;
}

export const TONE_WORDS: ReadonlySet<string> = toneWords();
const JOINING: ReadonlySet<string> = new Set(JOINING_WORDS);
const REAL: ReadonlySet<string> = new Set(TONE_REAL_WORDS);
const known = (word: string): boolean => TONE_WORDS.has(word) || JOINING.has(word);

/** The shortest token worth splitting, and the shortest half (but "i" as a first half: "Ihate"). */
const MIN_LENGTH = 5;
const MIN_PART = 2;

/**
 * Where to split a run-together key, or -1: the first split point that leaves two known words, at least one a
 * tone word, as long as the key is not itself a known or real word.
 */
export function splitPoint(key: string): number {
  if (key.length < MIN_LENGTH) return -1;
  const cached = memo.get(key);
  if (cached !== undefined) return cached;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const at = findSplitPoint(key);
  memo.set(key, at);
  return at;
}

/** Split points already worked out: words repeat from post to post and from edit to edit. */
const memo = new Map<string, number>();
const MEMO_LIMIT = 20_000;

function findSplitPoint(key: string): number {
  if (!/^[a-z]+$/.test(key) || known(key) || REAL.has(key)) return -1;
  for (let i = 1; i < key.length - 1; i++) {
    if (i < MIN_PART && key[0] !== 'i') continue;
    if (key.length - i < MIN_PART) break;
    const left = key.slice(0, i);
    const right = key.slice(i);
    if (!known(left) || !known(right)) continue;
    if (TONE_WORDS.has(left) || TONE_WORDS.has(right)) return i;
  }
  return -1;
}
