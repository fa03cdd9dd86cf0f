/**
 * Reading the words around a match: is it negated ("I don't hate…"), said of oneself ("Sorry I was stupid"),
 * inside a quotation, or part of a sentence that challenges or reports hateful words rather than saying them
 * ("calling people X is horrible", "we are learning about racism")?
 */
import { compileLexicon, type LexiconEntry, type LexiconMatch } from './lexicon';
import type { ToneToken } from './tokens';

/** Words that negate what follows them in the same clause. */
const NEGATORS = new Set([
  'not', 'no', 'never', 'nobody', 'none', 'neither', 'nor', 'nothing', 'noone', 'without', 'stop', 'stopped',
  'opposite', 'dont', 'doesnt', 'didnt', 'wont', 'cant', 'shouldnt', 'wouldnt', 'isnt', 'arent', 'wasnt',
  'werent', 'mustnt', 'hardly', 'nt', 'condemn', 'condemns', 'oppose', 'opposes',
]); // prettier-ignore
/** Words after a negator that turn it into an intensifier: "nothing but", "no better than", "no more than". */
const NOT_NEGATING_AFTER = new Set([
  'but', 'better', 'more', 'less', 'different', 'other', 'wonder', 'doubt', 'matter', 'obvious', 'clear',
  'realise', 'realize', 'recognise', 'recognize', 'surprised', 'forget', 'know', 'see', 'understand', 'stop',
  'wait', 'believe', 'help', 'worse', 'one', 'else', 'surprise', 'secret', 'joke', 'exaggeration', 'lie',
]); // prettier-ignore
/** Words before a negator that make a question or exclamation of it: "why don't we…", "is it not obvious". */
const NOT_NEGATING_BEFORE = new Set(['why', 'how', 'it', 'this', 'that']);

/** True if token i is a negator ("not", "n't", "never", "no"), read in place. */
export function isNegator(tokens: readonly ToneToken[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  let key = token.key;
  // "don't" is tokenised "don" + "t"; "can't" "can" + "t".
  if (key === 't' && /['’]$/.test(token.gap)) key = 'nt';
  if (!NEGATORS.has(key)) return false;
  const next = tokens[key === 'nt' ? i + 1 : i + 1];
  if (next && NOT_NEGATING_AFTER.has(next.key)) return false;
  const before = tokens[key === 'nt' ? i - 2 : i - 1];
  if (
    before &&
    NOT_NEGATING_BEFORE.has(before.key) &&
    tokens[key === 'nt' ? i - 1 : i]?.sentence === before.sentence
  )
    return false;
  return true;
}

/**
 * True if a negator stands in the same clause before token `first`, at most `window` words before it, with no
 * sentence break between. "No gay person ought to be executed", "I don't hate women", "not stupid".
 */
export function isNegated(tokens: readonly ToneToken[], first: number, window = 6): boolean {
  const clause = tokens[first]?.clause;
  for (let i = first - 1; i >= 0 && i >= first - window; i--) {
    if (tokens[i]!.clause !== clause) return false;
    if (isNegator(tokens, i)) return true;
  }
  return false;
}

const SELF = new Set(['i', 'im', 'me', 'myself', 'we', 'us', 'ourselves', 'ive', 'id', 'ill']);
/** Verbs of feeling that, with no subject written, are the writer's own: "Feeling like an idiot today". */
const SELF_FEELING = new Set(['feeling', 'felt', 'feel', 'feels']);

/**
 * True if the words before token `first` in its clause make it about the writer: "I was stupid", "I'm such an
 * idiot", "I feel like an idiot", "call me an idiot", "we were useless".
 */
export function isSelfDirected(tokens: readonly ToneToken[], first: number, window = 6): boolean {
  const clause = tokens[first]?.clause;
  for (let i = first - 1; i >= 0 && i >= first - window; i--) {
    const token = tokens[i]!;
    if (token.clause !== clause) return false;
    if (SELF.has(token.key)) return true;
    if (SELF_FEELING.has(token.key) && (i === 0 || tokens[i - 1]!.clause !== clause)) return true;
    if (
      token.key === 'you' ||
      token.key === 'u' ||
      token.key === 'he' ||
      token.key === 'she' ||
      token.key === 'they'
    )
      return false;
  }
  return false;
}

/** True if every token from first to last is inside quotation marks. */
export function isQuoted(tokens: readonly ToneToken[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!tokens[i]?.quoted) return false;
  return true;
}

interface FramingEntry extends LexiconEntry {
  kind: 'counter' | 'report' | 'teaching';
}

const COUNTER = 'Challenges hateful words instead of saying them (counter-speech)';
const REPORT = 'Reports or quotes what someone else said';
const TEACHING = 'Teaching or discussing discrimination, not taking part in it';

const framing = (kind: FramingEntry['kind'], note: string, terms: readonly string[]): FramingEntry[] =>
  terms.map((term) => ({ term, kind, note }));

/** Phrases that mark a sentence as counter-speech, reported speech or teaching about discrimination. */
const FRAMING: readonly FramingEntry[] = [
  ...framing('counter', COUNTER, [
    'calling', 'call me', 'call them', 'call people', 'called me', 'to call', 'stop calling', 'stop saying',
    'not okay', 'not ok', "isn't okay", "isn't ok", 'is not okay', 'never okay', 'not acceptable', 'unacceptable',
    'not acceptable', 'will report', "i'll report", 'i will report', 'reported', 'report it', 'report them',
    'get blocked', 'be blocked', 'will block', "won't tolerate", 'will not tolerate', "don't tolerate",
    'not tolerate', 'no tolerance', 'shows how', 'so bigoted', 'how bigoted', 'is bigoted', 'bigotry', 'how racist',
    'so racist', 'is racist', 'was racist', 'is sexist', 'so sexist', 'is homophobic', 'so homophobic',
    'is transphobic', 'is ableist', 'hate speech', 'horrible thing', 'terrible thing', 'awful thing',
    'disgusting thing to say', 'vile thing to say', 'in prison for', 'deserve to be in prison',
    "if you're telling", 'if you are telling', 'if you tell', "don't expect", 'why would you', 'how dare',
    'no excuse for', 'no place for', 'stand against', 'stand up to', 'speak out against', 'call out',
    'calling out', 'have to stop', 'need to stop', 'must stop', 'should stop', 'please stop', "it's wrong to",
    'is wrong to', 'never acceptable', 'too many people think', 'people who say', 'people who think',
    'anyone who says', 'anyone who thinks', 'those who say', 'the idea that', 'the myth that', 'claims that',
    'claim that', 'think it is okay', "think it's okay", 'think it is ok', "think it's ok", 'has to stop',
    'have to stop', 'needs to stop', 'must end', 'threatening to', 'threaten to', 'threats to', 'consequences for',
    'call for', 'calls for', 'calling for', 'lost all respect', 'you said', 'people saying', 'saying', 'hurts to see',
    'sad to see', 'disheartening', 'thrown in jail', 'get you', 'arrested', 'unbelievable that',
  ]),
  ...framing('report', REPORT, [
    'posts like', 'comments like', 'messages like', 'tweets like', 'things like', 'words like', 'threats like',
    'statements like', 'the word', 'the term', 'said that', 'says that', 'saying that', 'told me that',
    'said this', 'he said', 'she said', 'they said', 'someone said', 'wrote that', 'tweeted', 'was told',
    'shouted', 'yelled', 'called him', 'called her', 'called them', 'called us',
  ]),
  ...framing('teaching', TEACHING, [
    'learning about', 'learnt about', 'learned about', 'teaching about', 'taught about', 'teach about',
    'lesson on', 'lesson about', 'lessons on', 'lessons about', 'assembly on', 'assembly about', 'discussing',
    'discussed', 'discussion about', 'discussion on', 'history of', 'in history', 'black history month',
    'anti-racism', 'antiracism', 'anti-bullying', 'tackling', 'tackle', 'challenge', 'challenging',
    'civil rights', 'holocaust', 'apartheid', 'segregation', 'slavery', 'windrush', 'suffragettes',
    'were treated', 'used to be', 'used to think', 'stereotype', 'stereotypes', 'prejudice', 'discrimination',
    'equality', 'inclusion', 'diversity', 'pride month', 'awareness',
  ]),
]; // prettier-ignore

const FRAMING_LEXICON = compileLexicon(FRAMING);

/** Sentences (by index) that contain counter-speech, reported speech or teaching about discrimination. */
export function framedSentences(tokens: readonly ToneToken[]): Map<number, FramingEntry['kind']> {
  const found = new Map<number, FramingEntry['kind']>();
  for (const match of FRAMING_LEXICON.find(tokens)) {
    const sentence = tokens[match.first]!.sentence;
    if (!found.has(sentence)) found.set(sentence, match.entry.kind);
  }
  // A sentence with a quotation in it reports what someone said.
  for (const token of tokens)
    if (token.quoted && !found.has(token.sentence)) found.set(token.sentence, 'report');
  return found;
}

/** The tokens of a match, for messages. */
export function matchText(text: string, match: Pick<LexiconMatch<LexiconEntry>, 'start' | 'end'>): string {
  return text.slice(match.start, match.end);
}
