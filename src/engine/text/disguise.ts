/**
 * The one pass that undoes character-level disguises before any rule reads words. It gives the normalised text
 * and, for every UTF-16 unit of it, the span of the original text it came from, so that a match in the normalised
 * text maps back to exactly the disguised span the member of staff typed.
 *
 * What it undoes, character by character:
 *   - compatibility forms (NFKC) and look-alike letters: "Ｊａｃｋ", "𝐉𝐚𝐜𝐤", "Ⓙⓐⓒⓚ", "ᴊᴀᴄᴋ", "Jаck" (Cyrillic а);
 *   - characters that render as nothing: zero-width spaces and joiners, soft hyphens, Hangul fillers, tag
 *     characters, variation selectors, direction marks, bidi overrides and isolates (removed);
 *   - every kind of space (no-break, thin, narrow no-break, ideographic...) → " ", line and paragraph separators
 *     → "\n";
 *   - HTML tags (inline ones such as <b> removed, block ones such as <br> or <p> → "\n") and entities ("&#97;",
 *     "&amp;", "&eacute;").
 * What needs to know the words (spaced letters, a line break or an emoji inside a word, stretched letters) is done
 * by the tokenizer (tokens.ts) on top of this text.
 */
import { isInvisible, latinLookalike } from './fold';

export interface Undisguised {
  /** The normalised text. */
  text: string;
  /**
   * For each UTF-16 unit of `text`, the start and end in the original of the character it came from; both
   * undefined when `text` is the original unchanged.
   */
  from?: Int32Array;
  to?: Int32Array;
}

/** Anything that may need undoing: a character outside ASCII, or an HTML tag or entity. */
const SUSPICIOUS = /[^\t\n\r\x20-\x7e]|<[A-Za-z/]|&#?[A-Za-z0-9]+;/;
const SPACE = /\p{Zs}/u;
const TAG = /<\/?([A-Za-z][A-Za-z0-9]{0,10})(?:\s[^<>]{0,200})?\/?>/y;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,10});/y;
/** Tags that change the look of letters inside a line: removed, so "Ja<b>ck</b>" reads "Jack". */
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo cite code del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  zwj: '',
  zwnj: '',
  lrm: '',
  rlm: '',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
};
/** Accented letters as entities: "&eacute;" → e + combining acute. */
const ACCENT_ENTITY = /^([A-Za-z])(acute|grave|circ|uml|tilde|ring|cedil)$/;
const ACCENT_MARKS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  ring: '\u030A',
  cedil: '\u0327',
};

/** What one character becomes in the normalised text. */
function normalChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return char;
  // Fullwidth ASCII ("ｆ＊ｃｋ"): the punctuation too, which NFKC is not asked to fold below.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x2028 || code === 0x2029) return '\n';
  if (code === 0x2800 || SPACE.test(char)) return ' ';
  if (isInvisible(char)) return '';
  return latinLookalike(char);
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return undefined;
    return String.fromCodePoint(code);
  }
  const named = NAMED_ENTITIES[body];
  if (named !== undefined) return named;
  const accent = ACCENT_ENTITY.exec(body);
  if (accent) return (accent[1]! + ACCENT_MARKS[accent[2]!]!).normalize('NFC');
  return undefined;
}

let lastInput: string | undefined;
let lastOutput: Undisguised = { text: '' };

/** The text with its character-level disguises undone; see the file comment. Linear; memoised for the last text. */
export function undisguise(original: string): Undisguised {
  if (original === lastInput) return lastOutput;
  lastInput = original;
  lastOutput = SUSPICIOUS.test(original) ? build(original) : { text: original };
  return lastOutput;
}

/** Index of the first character that needs undoing, or -1: most texts with curly quotes or emoji need nothing. */
function firstChange(original: string): number {
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    if (code === 0x3c || code === 0x26) return index;
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const char = original.slice(index, index + 2);
      if (normalChar(char) !== char) return index;
      index++;
    } else if (code === RIGHT_TO_LEFT_OVERRIDE || normalChar(original[index]!) !== original[index])
      return index;
  }
  return -1;
}

function build(original: string): Undisguised {
  const first = firstChange(original);
  if (first < 0) return { text: original };
  const parts: string[] = [original.slice(0, first)];
  const from: number[] = [];
  const to: number[] = [];
  for (let k = 0; k < first; k++) {
    from.push(k);
    to.push(k + 1);
  }
  let changed = false;
  const emit = (out: string, start: number, end: number): void => {
    parts.push(out);
    for (let k = 0; k < out.length; k++) {
      from.push(start);
      to.push(end);
    }
  };
  let index = first;
  while (index < original.length) {
    const code = original.codePointAt(index) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    if (code === 0x3c /* < */) {
      TAG.lastIndex = index;
      const tag = TAG.exec(original);
      if (tag) {
        const end = index + tag[0].length;
        if (!INLINE_TAGS.has(tag[1]!.toLowerCase())) emit('\n', index, end);
        changed = true;
        index = end;
        continue;
      }
    } else if (code === 0x26 /* & */) {
      ENTITY.lastIndex = index;
      const entity = ENTITY.exec(original);
      const decoded = entity ? decodeEntity(entity[1]!) : undefined;
      if (entity && decoded !== undefined) {
        const end = index + entity[0].length;
        let out = '';
        for (const char of decoded) out += normalChar(char);
        emit(out, index, end);
        changed = true;
        index = end;
        continue;
      }
    }
    if (code === RIGHT_TO_LEFT_OVERRIDE) {
      index = emitOverridden(original, index, emit);
      changed = true;
      continue;
    }
    const char = size === 1 ? original[index]! : original.slice(index, index + 2);
    const out = normalChar(char);
    if (out !== char) changed = true;
    emit(out, index, index + size);
    index += size;
  }
  if (!changed) return { text: original };
  return { text: parts.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

const RIGHT_TO_LEFT_OVERRIDE = 0x202e;
const POP_DIRECTIONAL_FORMATTING = '\u202c';

/**
 * Text after a right-to-left override is shown reversed up to its pop (or the end of the line): "\u202Ekcaj\u202C"
 * is seen as "jack". Emits it in the order it is seen; returns the index after it.
 */
function emitOverridden(
  original: string,
  index: number,
  emit: (out: string, start: number, end: number) => void,
): number {
  let close = original.indexOf(POP_DIRECTIONAL_FORMATTING, index + 1);
  const line = original.indexOf('\n', index + 1);
  if (line !== -1 && (close === -1 || line < close)) close = line;
  if (close === -1) close = original.length;
  const offsets: number[] = [];
  for (let k = index + 1; k < close; k += (original.codePointAt(k) ?? 0) > 0xffff ? 2 : 1) offsets.push(k);
  for (let m = offsets.length - 1; m >= 0; m--) {
    const at = offsets[m]!;
    const char = String.fromCodePoint(original.codePointAt(at) ?? 0);
    emit(normalChar(char), at, at + char.length);
  }
  return original[close] === POP_DIRECTIONAL_FORMATTING ? close + 1 : close;
}

/** The original span of the normalised span [start, end) (its widest extent, as overridden text runs backwards). */
export function originalSpan(undisguised: Undisguised, start: number, end: number): [number, number] {
  const { from, to } = undisguised;
  if (!from || !to) return [start, end];
  if (end <= start) {
    const at = start < from.length ? from[start]! : (to[from.length - 1] ?? 0);
    return [at, at];
  }
  let first = from[start]!;
  let last = to[end - 1]!;
  for (let k = start; k < end; k++) {
    if (from[k]! < first) first = from[k]!;
    if (to[k]! > last) last = to[k]!;
  }
  return [first, last];
}

/**
 * Runs a finder of spans (a regular-expression matcher) on the undisguised text and maps what it finds back to the
 * original: "Ｗｅｌｂｅｃｋ Primary" is found as the school, at the offsets of the fullwidth letters.
 */
export function findUndisguised<T extends { start: number; end: number }>(
  text: string,
  find: (normal: string) => T[],
): T[] {
  const undisguised = undisguise(text);
  const found = find(undisguised.text);
  if (!undisguised.from) return found;
  return found.map((span) => {
    const [start, end] = originalSpan(undisguised, span.start, span.end);
    return { ...span, start, end };
  });
}
