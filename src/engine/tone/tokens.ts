/**
 * The token stream the tone rules read: the engine's tokenizer (disguises undone, offsets kept), plus what tone
 * needs on top: squeezed spellings of stretched words ("fuuuck"), the sentence and clause each token is in, and
 * whether it stands inside quotation marks. Pure and linear in the length of the text.
 */
import { tokenize, type WordToken } from '../text/tokens';
import { TONE_WORDS, splitPoint } from './run-together';

export interface ToneToken {
  start: number;
  end: number;
  /** Folded key with digits read as letters ("sh1t" → "shit"). */
  key: string;
  /** Other spellings worth trying: `1` read as i, stretched letters squeezed ("fuuuck" → "fuck"). */
  variants: readonly string[];
  /** The original spelling in lower case. */
  lower: string;
  /** Written in capitals (two letters or more). */
  upper: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Disguised: digits or symbols for letters, spaced letters, look-alike letters. */
  disguised: boolean;
  spaced: boolean;
  prefix: '' | '#' | '@';
  /** Index of the sentence, and of the clause (commas and semicolons split clauses). */
  sentence: number;
  clause: number;
  /** Inside quotation marks. */
  quoted: boolean;
  /** Text between the previous token and this one. */
  gap: string;
}

const SENTENCE_GAP = /[.!?\n;:•|]/;
const CLAUSE_GAP = /[,–—()]/;
/** Words that start a new clause inside a sentence. */
const CLAUSE_WORDS = new Set(['but', 'because', 'although', 'though', 'whereas', 'while', 'cos', 'cause']);
/** "nothing but", "all but": no new clause. */
const NOT_CLAUSE_BEFORE = new Set(['nothing', 'anything', 'all', 'everything', 'none', 'everyone', 'anyone']);

/** The tone lists' words are what a disguised word may be joined into ("what a j e r k", "sh\nit"). */
const isToneWord = (key: string): boolean => TONE_WORDS.has(key);

/** Runs of three or more of a letter squeezed to two, and to one: "fuuuck" → "fuuck", "fuck". */
function squeezed(key: string): string[] {
  if (!/(.)\1\1/.test(key)) return [];
  const two = key.replace(/(.)\1{2,}/g, '$1$1');
  const one = key.replace(/(.)\1+/g, '$1');
  return two === one ? [two] : [two, one];
}

/** Ranges of text inside quotation marks (straight or curly double quotes, and curly or spaced single quotes). */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  let openChar = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (open === -1) {
      if (char === '"' || char === '“' || char === '«') {
        open = i;
        openChar = char;
      } else if ((char === "'" || char === '‘') && (i === 0 || /[\s(]/.test(text[i - 1]!))) {
        open = i;
        openChar = char;
      }
    } else {
      const closes =
        (openChar === '"' && char === '"') ||
        (openChar === '“' && char === '”') ||
        (openChar === '«' && char === '»') ||
        ((openChar === "'" || openChar === '‘') &&
          (char === "'" || char === '’') &&
          !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ''));
      if (closes) {
        ranges.push([open, i + 1]);
        open = -1;
      } else if (char === '\n') open = -1;
    }
  }
  return ranges;
}

function toToneToken(token: WordToken): ToneToken {
  const variants: string[] = [];
  if (token.alt && token.alt !== token.key) variants.push(token.alt);
  for (const variant of squeezed(token.key)) if (variant !== token.key) variants.push(variant);
  return {
    start: token.start,
    end: token.end,
    key: token.key,
    variants,
    lower: token.plain,
    upper: token.upper,
    capital: token.capital,
    disguised: token.disguised,
    spaced: token.spaced,
    prefix: token.prefix,
    sentence: 0,
    clause: 0,
    quoted: false,
    gap: token.gap,
  };
}

/**
 * Splits a token of two words run together ("Ihate", "justpathetic") into two tokens, each with its own offsets;
 * see run-together.ts. Only plain-letter tokens (offsets and key the same length) that are not @handles.
 */
function splitRunTogether(tokens: ToneToken[]): ToneToken[] {
  let out: ToneToken[] | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const at =
      token.prefix !== '@' && token.end - token.start === token.key.length ? splitPoint(token.key) : -1;
    if (at < 0) {
      out?.push(token);
      continue;
    }
    out ??= tokens.slice(0, index);
    out.push(
      {
        ...token,
        end: token.start + at,
        key: token.key.slice(0, at),
        lower: token.lower.slice(0, at),
        variants: [],
      },
      {
        ...token,
        start: token.start + at,
        key: token.key.slice(at),
        lower: token.lower.slice(at),
        variants: [],
        capital: false,
        prefix: '',
        gap: '',
      },
    );
  }
  return out ?? tokens;
}

/** Tokens of a text for the tone rules; see ToneToken. */
export function toneTokens(text: string): ToneToken[] {
  const tokens = splitRunTogether(tokenize(text, isToneWord).map(toToneToken));
  const quotes = quotedRanges(text);
  let sentence = 0;
  let clause = 0;
  let quote = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > 0) {
      if (SENTENCE_GAP.test(token.gap)) {
        sentence++;
        clause++;
      } else if (
        CLAUSE_GAP.test(token.gap) ||
        (CLAUSE_WORDS.has(token.key) && !NOT_CLAUSE_BEFORE.has(tokens[i - 1]!.key))
      )
        clause++;
    }
    token.sentence = sentence;
    token.clause = clause;
    while (quote < quotes.length && quotes[quote]![1] <= token.start) quote++;
    const range = quotes[quote];
    token.quoted = range !== undefined && range[0] < token.start && token.end <= range[1];
  }
  return tokens;
}

/** Every spelling of a token to look up: its key, then its variants. */
export function spellings(token: ToneToken): readonly string[] {
  return token.variants.length === 0 ? [token.key] : [token.key, ...token.variants];
}

let lastText: string | undefined;
let lastTokens: ToneToken[] = [];

/**
 * toneTokens with a one-entry memo: the engine runs every rule on the same passage in turn, so the tone rules
 * tokenise each passage once between them. Callers must not change the tokens.
 */
export function sharedToneTokens(text: string): readonly ToneToken[] {
  if (text !== lastText) {
    lastTokens = toneTokens(text);
    lastText = text;
  }
  return lastTokens;
}
