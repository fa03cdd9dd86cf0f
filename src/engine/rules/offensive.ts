import type { RuleDefinition, RuleHit } from '../rule';
import {
  EVERYDAY_AFTER,
  EVERYDAY_BEFORE,
  INSULTS,
  LOWER_CASE_ONLY,
  SWEAR_CONTEXT_BEFORE,
  SWEAR_WORDS,
  type InsultEntry,
  type SwearEntry,
} from '../data/tone-offensive';
import { TONE_REAL_WORDS } from '../data/tone-real-words';
import { compileLexicon } from '../tone/lexicon';
import { framedSentences, isNegated, isQuoted, isSelfDirected } from '../tone/context';
import { findMaskedSwears } from '../tone/masked';
import { sharedToneTokens, type ToneToken } from '../tone/tokens';

/**
 * Offensive language: swear words (graded by Ofcom's research: mild words such as "bloody" are an info reminder,
 * medium and strong ones a warning), including disguised spellings ("f*ck", "sh1t", "f u c k", "fuuuck"), and
 * insults aimed at a person ("you are a pathetic idiot"). Words that merely contain a swear word (Scunthorpe,
 * Arsenal, assessment, Sussex, class) are never matched: matching is by whole word. An insult the writer aims at
 * themselves ("Sorry I was stupid") or denies ("you're not an idiot") is not a finding.
 * The policy: "Do not post derogatory, defamatory, offensive, harassing or discriminatory content".
 */

const SWEARS = compileLexicon<SwearEntry>(SWEAR_WORDS, {
  fuzzy: true,
  realWords: new Set(TONE_REAL_WORDS),
});
const INSULT_LEXICON = compileLexicon<InsultEntry>(INSULTS);
const LOWER_ONLY = new Set(LOWER_CASE_ONLY);

/** Words for people: an insulting adjective before one of these is aimed at a person ("stupid man"). */
const PERSON_NOUNS = new Set([
  'person', 'people', 'man', 'men', 'woman', 'women', 'guy', 'guys', 'bloke', 'blokes', 'girl', 'girls', 'boy',
  'boys', 'lad', 'lads', 'kid', 'kids', 'child', 'children', 'parent', 'parents', 'teacher', 'teachers', 'mum',
  'mums', 'dad', 'dads', 'wife', 'husband', 'leader', 'leaders', 'politician', 'politicians', 'mp', 'mps',
  'liberals', 'liberal', 'conservatives', 'tories', 'tory', 'democrats', 'republicans', 'lefties', 'leftists',
  'voters', 'fans', 'user', 'users', 'idiot', 'idiots', 'moron', 'morons', 'cow', 'bitch', 'bastard', 'fool',
  'fools', 'clown', 'clowns', 'loser', 'losers', 'human', 'humans', 'creature', 'individual', 'excuse', 'twat',
  'prick', 'git', 'sod', 'thing', 'hypocrite', 'hypocrites', 'liar', 'liars', 'mother', 'father', 'brother',
  'sister', 'son', 'daughter', 'boss', 'head', 'headteacher', 'president', 'senator', 'trump', 'snowflake',
  'snowflakes', 'troll', 'trolls', 'creep', 'pig', 'pigs', 'antifa', 'libs', 'dems', 'progressives', 'socialists',
  'communists', 'globalists', 'trumpers', 'supporters', 'followers', 'fascists', 'nazis', 'journalists',
  'reporters', 'celebrities', 'officials', 'lawmakers', 'ministers', 'councillors', 'cops', 'hypocrites',
]); // prettier-ignore
/** Exclamations that aim what follows at someone: "what a clown", "such a liar". */
const EXCLAIM = new Set(['what', 'such']);
/** Subjects an insult can be said of: "you are", "he's", "they were", "liberals are". */
const PERSON_SUBJECTS = new Set([
  'you',
  'u',
  'ya',
  'ye',
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'youre',
  'ur',
  'hes',
  'shes',
  'theyre',
  'yall',
  'yourself',
  'yourselves',
]);
const SECOND_PERSON = new Set(['you', 'u', 'ya', 'ye', 'youre', 'ur', 'yall']);
/** Words between a subject and an insult: "you are such a", "he is the most". */
const BETWEEN = new Set([
  'are', 'is', 're', 's', 'was', 'were', 'be', 'been', 'being', 'am', 'so', 'such', 'a', 'an', 'the', 'really',
  'just', 'truly', 'totally', 'completely', 'utterly', 'absolutely', 'most', 'very', 'bloody', 'fucking', 'an',
  'little', 'big', 'fat', 'old', 'stupid', 'pathetic', 'complete', 'total', 'utter', 'absolute', 'sad', 'bunch',
  'of', 'all', 'still', 'always', 'too', 'pretty', 'quite', 'nothing', 'but', 'acting', 'like', 'look', 'looks',
  'sound', 'sounds', 'seem', 'seems', 'being', 'clearly', 'obviously', 'must', 'proper', 'right', 'lot',
]); // prettier-ignore
const NOT_PERSON = new Set([
  'i',
  'im',
  'me',
  'we',
  'us',
  'it',
  'its',
  'this',
  'that',
  'thats',
  'there',
  'what',
  'which',
  'who',
]);

const MESSAGES = {
  strong: 'This is swearing. The policy asks for a professional tone and no offensive content: leave it out.',
  medium:
    'This word is likely to offend readers. The policy asks for a professional, respectful tone: choose another word.',
  mild: 'A mild swear word. Most readers won’t mind, but on a post linked to school, a milder word is safer.',
  insult:
    'This insults someone. The policy asks that posts are respectful to all parties: criticise ideas, not people.',
  mildInsult: 'This could read as a put-down of someone. Is there a kinder way to say it?',
  quoted: 'Quoted swearing or insults still appear in your post. Consider leaving them out or masking them.',
};

/** Words after "what a clown" that keep it an exclamation about someone ("what a clown he is"). */
const AFTER_EXCLAIM = new Set([
  'you', 'u', 'he', 'she', 'they', 'this', 'that', 'is', 'are', 'of', 'honestly', 'lol', 'lmao', 'smh', 'omg',
  'really', 'seriously', 'mate', 'indeed', 'again',
]); // prettier-ignore

/** "what a clown." / "what a clown he is": the noun ends the exclamation, it is not "what a joke book". */
function exclamationEnds(tokens: readonly ToneToken[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.clause !== tokens[last]!.clause || next.prefix !== '') return true;
  return AFTER_EXCLAIM.has(next.key);
}

/** True if an insult adjective or aimed noun at token `first` is said of a person. */
function aimedAtPerson(
  tokens: readonly ToneToken[],
  first: number,
  last: number,
  kind: InsultEntry['kind'],
): boolean {
  const next = tokens[last + 1];
  if (next && PERSON_NOUNS.has(next.key) && next.sentence === tokens[first]!.sentence) return true;
  const previous = tokens[first - 1];
  if (previous && SECOND_PERSON.has(previous.key)) return true;
  // "what a clown", "such an absolute hypocrite": an exclamation aimed at whoever is being discussed.
  for (let i = first - 1; kind === 'aimed-noun' && i >= 0 && i >= first - 4; i--) {
    const token = tokens[i]!;
    if (token.sentence !== tokens[first]!.sentence) break;
    if (EXCLAIM.has(token.key) && (tokens[i + 1]?.key === 'a' || tokens[i + 1]?.key === 'an'))
      return exclamationEnds(tokens, last);
    if (!BETWEEN.has(token.key)) break;
  }
  // Walk back over linking words to the subject.
  const clause = tokens[first]!.clause;
  for (let i = first - 1; i >= 0 && i >= first - 7; i--) {
    const token = tokens[i]!;
    if (token.clause !== clause) return false;
    if (BETWEEN.has(token.key)) continue;
    if (NOT_PERSON.has(token.key)) return false;
    if (PERSON_SUBJECTS.has(token.key) || PERSON_NOUNS.has(token.key)) return true;
    if (token.prefix === '@' || (token.key === 'user' && token.upper)) return true;
    // A name: a capitalised word that does not start the sentence; not a title in capitals ("The Three Little Pigs").
    const title = tokens[first]!.capital && !tokens[first]!.upper;
    if (token.capital && !token.upper && !title && i > 0 && tokens[i - 1]!.sentence === token.sentence)
      return true;
    // "what an idiot", "such a fool"
    return false;
  }
  return false;
}

/** An everyday phrase around a listed word: "spotted dick" (a pudding), "get lost in a book", "drop dead gorgeous". */
function everydayPhrase(tokens: readonly ToneToken[], first: number, last: number, term: string): boolean {
  return (
    (EVERYDAY_BEFORE[term]?.includes(tokens[last + 1]?.key ?? '') ?? false) ||
    (EVERYDAY_AFTER[term]?.includes(tokens[first - 1]?.key ?? '') ?? false)
  );
}

/** The writer's own words: tokens outside quotation marks, other than @mentions, hashtags and "RT". */
const OWN_WORDS_FOR_A_COMMENT = 3;

/**
 * True when the quotation is the post itself rather than words quoted to discuss them: a repost ("“@name: …”",
 * "RT @name: …") or a post with fewer than three words of the writer's own outside the quotation marks. Swearing
 * reposted is still swearing on the writer's feed, so it is not softened to a reminder.
 */
function quotationIsThePost(tokens: readonly ToneToken[]): boolean {
  let own = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.quoted) {
      const opensQuote = i === 0 || !tokens[i - 1]!.quoted || /["“”]/.test(token.gap);
      if (opensQuote && token.prefix === '@' && tokens[i + 1]?.gap.startsWith(':')) return true;
    } else if (token.prefix === '' && token.key !== 'rt') own++;
  }
  return own < OWN_WORDS_FOR_A_COMMENT;
}

/** The writer: an insult linked to one of these is said of oneself ("I was stupid", "call me an idiot"). */
const WRITER = new Set(['i', 'im', 'me', 'myself', 'we', 'us', 'ourselves', 'ive', 'id']);
/** Words that may stand between the writer and an insult said of them: "I feel like such an", "made a … of". */
const WRITER_LINKS = new Set([
  ...BETWEEN, 'am', 'm', 've', 'feel', 'feels', 'felt', 'feeling', 'call', 'called', 'calling', 'make', 'made',
  'makes', 'making', 'act', 'acted', 'acting', 'behave', 'behaved', 'behaving', 'and', 'what', 'for',
]); // prettier-ignore

/**
 * An insult said of the writer: isSelfDirected, and only linking words between the writer and the insult. "When I
 * see these idiots" and "I think only idiots…" have the writer as the one who sees or thinks, not the one insulted.
 */
function saidOfWriter(tokens: readonly ToneToken[], first: number): boolean {
  if (!isSelfDirected(tokens, first)) return false;
  const clause = tokens[first]!.clause;
  for (let i = first - 1; i >= 0 && tokens[i]!.clause === clause; i--) {
    if (WRITER.has(tokens[i]!.key)) return true;
    if (!WRITER_LINKS.has(tokens[i]!.key)) return false;
  }
  return true; // "Feeling like an idiot today": a feeling with no subject is the writer's own.
}

function swearInContext(tokens: readonly ToneToken[], first: number, key: string): boolean {
  const needed = SWEAR_CONTEXT_BEFORE[key];
  if (!needed) return true;
  const before = tokens[first - 1];
  return before !== undefined && needed.includes(before.key);
}

export function findOffensive(text: string): RuleHit[] {
  const tokens = sharedToneTokens(text);
  const hits: RuleHit[] = [];
  if (tokens.length === 0) return hits;
  const framed = framedSentences(tokens);
  const taken: [number, number][] = [];
  const reposted = quotationIsThePost(tokens);
  const quotedHere = (first: number, last: number): boolean => !reposted && isQuoted(tokens, first, last);

  for (const match of SWEARS.find(tokens)) {
    const token = tokens[match.first]!;
    const key = match.entry.term;
    if (LOWER_ONLY.has(key) && (token.capital || token.upper)) continue;
    if (!swearInContext(tokens, match.first, key)) continue;
    if (everydayPhrase(tokens, match.first, match.last, key)) continue;
    // A fuzzy match (a letter dropped or swapped) of a short word is too loose unless it is also disguised.
    if (match.fuzzy && key.length < 5 && !token.disguised) continue;
    const level = match.entry.level;
    const quoted = quotedHere(match.first, match.last);
    hits.push({
      start: match.start,
      end: match.end,
      severity: level === 'mild' ? 'info' : quoted ? 'info' : 'warning',
      message: quoted ? MESSAGES.quoted : MESSAGES[level],
    });
    taken.push([match.start, match.end]);
  }

  for (const masked of findMaskedSwears(text)) {
    if (taken.some(([start, end]) => start < masked.end && masked.start < end)) continue;
    hits.push({
      start: masked.start,
      end: masked.end,
      severity: masked.level === 'mild' ? 'info' : 'warning',
      message: MESSAGES[masked.level],
    });
    taken.push([masked.start, masked.end]);
  }

  for (const match of INSULT_LEXICON.find(tokens)) {
    if (taken.some(([start, end]) => start < match.end && match.start < end)) continue;
    const { kind, level } = match.entry;
    if (everydayPhrase(tokens, match.first, match.last, match.entry.term)) continue;
    if (kind !== 'noun' && !aimedAtPerson(tokens, match.first, match.last, kind)) continue;
    // An insult noun is aimed by itself ("when I see these idiots"); an adjective after the writer's verb keeps the
    // older, wider reading of the writer as its subject ("I cried at the revolting children", a song).
    const ofWriter =
      kind === 'noun' ? saidOfWriter(tokens, match.first) : isSelfDirected(tokens, match.first);
    if (ofWriter || isNegated(tokens, match.first, 4)) continue;
    const sentence = tokens[match.first]!.sentence;
    const reported = framed.get(sentence) === 'report' && !(reposted && tokens[match.first]!.quoted);
    const quoted = quotedHere(match.first, match.last) || reported;
    hits.push({
      start: match.start,
      end: match.end,
      severity: level === 'mild' || quoted ? 'info' : 'warning',
      message: quoted ? MESSAGES.quoted : level === 'mild' ? MESSAGES.mildInsult : MESSAGES.insult,
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const offensive: RuleDefinition = {
  id: 'offensive',
  category: 'offensive',
  policy: 'no-derogatory-content',
  scope: 'passage',
  create() {
    return (text) => findOffensive(text);
  },
};
