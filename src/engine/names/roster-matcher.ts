/**
 * Finds the pupils of the school's roster in a text, in any of the forms staff write or disguise them:
 * "Jack Thompson", "Jack", "Jack T.", "J. Thompson", "the Thompson twins", "Jack's", "#JackThompson",
 * "J a c k", "J4ck", "Jаck" (Cyrillic а), any letter case and with or without accents.
 *
 * Compiled once per roster (a WeakMap keyed by the pupils array) and shared by the roster-pupil and
 * no-publish-pupil rules; the last text's matches are memoised, as both rules read the same passage in turn.
 */
import type { Pupil } from '../../settings/settings';
import { foldNameWords } from '../text/fold';
import { isMostlyCapitalised, tokenize, type WordToken } from '../text/tokens';
import { UK_FIRST_NAMES, firstNameAmbiguity, type NameAmbiguity } from '../data/uk-first-names';
import { COMMON_WORDS } from '../data/name-common-words';
import { isAdultName } from './name-use';
import { isPlaceAfterTravel, namePhraseAt } from './name-phrases';
import { plainView, type NameView } from './cues/cue';
import { readWordName } from './read-word-name';
import { isOwnChild } from './own-child';
import { tagLookup } from './sentence-tags';
import { sentenceTagger } from '../nlp/tagger';
import { WORD_NAMES, wordClassesOf } from '../data/name-word-classes';
import { NICKNAMES } from '../data/name-nicknames';

export interface RosterMatch {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The pupils this could be (more than one when pupils share a first name). */
  pupils: Pupil[];
  /** 'full': the name identifies the pupil (full name, initial and surname, surname with "twins"); 'first': a first name. */
  level: 'full' | 'first';
  /** Upper-case initial of the given name written (for the suggestion "Use J. instead"). */
  initial: string;
  /** At least one of the pupils is on the no-publish list. */
  noPublish: boolean;
  /**
   * 'name': written as a name; 'unsure': a name that is also a word, where the sentence does not tell which it
   * is ("Daisy!" opening a post, "Summer is here").
   */
  reading: 'name' | 'unsure';
  /** Written as a member of staff's own child ("my son Will"). */
  ownChild: boolean;
  /** A short form of a never-publish pupil's given name ("Will" for William). */
  nickname: boolean;
}

interface Entry {
  pupil: Pupil;
  /** Folded initials of the pupil's first and preferred names. */
  initials: Set<string>;
  surname: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Pupils whose name (given or surname) ends at this node. */
  entries: Entry[];
  /** For given names: how the name doubles as a word. */
  ambiguity: NameAmbiguity;
}

/** Plural nouns that make a surname alone mean children: "the Thompson twins". */
const CHILD_GROUPS = new Set([
  'twins',
  'triplets',
  'children',
  'kids',
  'boys',
  'girls',
  'siblings',
  'brothers',
  'sisters',
]);
/** A space, or a space and a line's worth of spacing between spaced-out words. */
const NAME_GAP = /^[ \t\u00A0]{1,3}$/;
/** Gap inside one name: "Mary-Jane", "O'Brien", "Mary Jane". */
const INNER_GAP = /^(?:[ \u00A0]|-|['’])$/;

function newNode(): TrieNode {
  return { next: new Map(), entries: [], ambiguity: 'none' };
}

export class RosterMatcher {
  private readonly given = newNode();
  /** Short forms of never-publish pupils' given names ("Will" for William): a guess, so never certain. */
  private readonly nicknames = newNode();
  private readonly surnames = newNode();
  /** Names written as one word: "gracelee" (#GraceLee, "G r a c e L e e"), "maryjane". */
  private readonly joined = new Map<
    string,
    { entries: Entry[]; level: 'full' | 'first'; initial: string }[]
  >();
  private readonly givenKeys = new Set<string>();
  private readonly surnameKeys = new Set<string>();
  /** Words the tokenizer may join a disguised name into ("Gr\nace", "Graaace"): the roster's and UK first names. */
  private readonly isKnownWord = (key: string): boolean =>
    this.givenKeys.has(key) || this.surnameKeys.has(key) || this.joined.has(key) || UK_FIRST_NAMES.has(key);
  private lastText: string | undefined;
  /** The tagger's version when lastText was matched: new tags may change how a name that is a word reads. */
  private lastTags: number | undefined;
  private lastMatches: RosterMatch[] = [];

  constructor(pupils: readonly Pupil[]) {
    for (const pupil of pupils) {
      const surnameWords = foldNameWords(pupil.lastName);
      const givenNames = [pupil.firstName, pupil.preferredName].filter(
        (name): name is string => !!name?.trim(),
      );
      const givenWords = givenNames.map((name) => foldNameWords(name)).filter((words) => words.length > 0);
      const entry: Entry = {
        pupil,
        initials: new Set(givenWords.map((words) => words[0]![0]!)),
        surname: surnameWords.join(' '),
      };
      for (const words of givenWords) {
        const node = this.insert(this.given, words, entry);
        node.ambiguity = words.length > 1 ? 'none' : ambiguityOf(words[0]!);
        for (const word of words) this.givenKeys.add(word);
        const initial = words[0]![0]!.toUpperCase();
        if (words.length > 1) this.addJoined(words.join(''), entry, 'first', initial);
        if (surnameWords.length > 0)
          this.addJoined([...words, ...surnameWords].join(''), entry, 'full', initial);
      }
      if (surnameWords.length > 0) this.insert(this.surnames, surnameWords, entry);
      for (const word of surnameWords) this.surnameKeys.add(word);
      if (pupil.noPublish === true) this.addNicknames(givenWords, entry);
    }
  }

  /** The short forms of a never-publish pupil's given names that are not already one of them. */
  private addNicknames(givenWords: readonly string[][], entry: Entry): void {
    const own = new Set(givenWords.map((words) => words.join(' ')));
    for (const words of givenWords) {
      for (const nickname of NICKNAMES[words.join(' ')] ?? []) {
        if (own.has(nickname)) continue;
        const node = this.insert(this.nicknames, [nickname], entry);
        node.ambiguity = ambiguityOf(nickname);
        this.givenKeys.add(nickname);
      }
    }
  }

  /** True when a folded word is (part of) a given name on the roster. */
  hasGivenName(key: string): boolean {
    return this.givenKeys.has(key);
  }

  /** Every roster name in the text, in order, one match per name. */
  find(text: string): RosterMatch[] {
    const tags = sentenceTagger()?.version;
    if (text === this.lastText && tags === this.lastTags) return this.lastMatches;
    const matches = this.findIn(tokenize(text, this.isKnownWord), text);
    this.lastText = text;
    this.lastTags = tags;
    this.lastMatches = matches;
    return matches;
  }

  /** As find, on tokens already made from text. */
  findIn(tokens: readonly WordToken[], text: string): RosterMatch[] {
    const matches: RosterMatch[] = [];
    const isKnownName = (key: string): boolean => this.givenKeys.has(key) || UK_FIRST_NAMES.has(key);
    const view = plainView(tokens, text, isMostlyCapitalised(tokens), isKnownName, tagLookup(tokens, text));
    let i = 0;
    while (i < tokens.length) {
      const match = this.matchAt(view, i);
      if (match) {
        const { first, last } = match;
        matches.push({ ...match.match, ownChild: isOwnChild(tokens, first, last) });
        i = match.next;
      } else i++;
    }
    return matches;
  }

  private matchAt(
    view: NameView,
    i: number,
  ): { match: RosterMatch; next: number; first: number; last: number } | undefined {
    const found = this.matchFrom(view, i);
    return found && { ...found, first: i, last: found.next - 1 };
  }

  private matchFrom(view: NameView, i: number): { match: RosterMatch; next: number } | undefined {
    const { tokens, text } = view;
    const token = tokens[i]!;
    if (token.kind !== 'word') return undefined;

    // "J. Thompson", "J Thompson"
    if (token.end - token.start === 1 && token.capital) {
      const initial = token.key;
      const dotted = /^\.\s*$/.test(tokens[i + 1]?.gap ?? '');
      const spaced = /^\s$/.test(tokens[i + 1]?.gap ?? '') && initial !== 'a' && initial !== 'i';
      if (dotted || spaced) {
        const surname = this.walk(this.surnames, tokens, i + 1);
        const entries = surname?.node.entries.filter((entry) => entry.initials.has(initial));
        if (surname && entries && entries.length > 0) {
          return {
            match: this.make(token.start, tokens[surname.last]!.end, entries, 'full', initial),
            next: surname.last + 1,
          };
        }
      }
    }

    // a given name, perhaps followed by the surname or its initial
    const given = this.walk(this.given, tokens, i);
    if (given) {
      const last = given.last;
      const initial = (token.key[0] ?? '').toUpperCase();
      const after = tokens[last + 1];
      if (after && NAME_GAP.test(after.gap)) {
        const surname = this.walk(this.surnames, tokens, last + 1);
        if (surname) {
          const entries = given.node.entries.filter((entry) => surname.node.entries.includes(entry));
          if (entries.length > 0) {
            return {
              match: this.make(token.start, tokens[surname.last]!.end, entries, 'full', initial),
              next: surname.last + 1,
            };
          }
        }
        // "Jack T." / "Jack T"
        if (after.end - after.start === 1 && after.capital && after.kind === 'word') {
          const dot = text[after.end] === '.';
          const letterAfter = /\p{L}/u.test(text[after.end] ?? '');
          if (!letterAfter && (dot || (after.key !== 'a' && after.key !== 'i'))) {
            const entries = given.node.entries.filter((entry) => entry.surname.startsWith(after.key));
            if (entries.length > 0) {
              return {
                match: this.make(token.start, after.end + (dot ? 1 : 0), entries, 'first', initial),
                next: last + 2,
              };
            }
          }
        }
      }
      // "Noah's Ark", "George Harrison", "flights to Sofia": someone or something else
      if (namePhraseAt(tokens, i, last) !== undefined || (last === i && isPlaceAfterTravel(tokens, i))) {
        return undefined;
      }
      const ambiguity = given.node.ambiguity;
      const reading =
        last === i && ambiguity !== 'none'
          ? readWordName(view, i, { ambiguity, classes: wordClassesOf(token.key) }).reading
          : 'name';
      if (reading !== 'word' && !isAdultName(tokens, i, last)) {
        return {
          match: this.make(token.start, tokens[last]!.end, given.node.entries, 'first', initial, reading),
          next: last + 1,
        };
      }
    }

    // "Will" for a never-publish William: perhaps the child, so unsure at best
    const nickname = this.walk(this.nicknames, tokens, i);
    if (nickname && !(given && given.last >= nickname.last)) {
      const last = nickname.last;
      const ambiguity = nickname.node.ambiguity;
      const reading =
        ambiguity === 'none'
          ? 'unsure'
          : readWordName(view, i, { ambiguity, classes: wordClassesOf(token.key) }).reading;
      if (
        reading !== 'word' &&
        !isAdultName(tokens, i, last) &&
        namePhraseAt(tokens, i, last) === undefined
      ) {
        const initial = (token.key[0] ?? '').toUpperCase();
        const match = this.make(
          token.start,
          tokens[last]!.end,
          nickname.node.entries,
          'first',
          initial,
          'unsure',
        );
        return { match: { ...match, nickname: true }, next: last + 1 };
      }
    }

    // "#GraceLee", "@gracelee", "G r a c e L e e"
    for (const key of keysOf(token)) {
      const joined = this.joined.get(key);
      if (!joined) continue;
      const full = joined.filter((item) => item.level === 'full');
      const chosen = full.length > 0 ? full : joined;
      const entries = [...new Set(chosen.flatMap((item) => item.entries))];
      return {
        match: this.make(
          token.start - (token.prefix ? 1 : 0),
          token.end,
          entries,
          chosen[0]!.level,
          chosen[0]!.initial,
        ),
        next: i + 1,
      };
    }

    // "the Thompson twins"
    if (tokens[i - 1]?.key === 'the' && token.capital) {
      const surname = this.walk(this.surnames, tokens, i);
      const group = surname ? tokens[surname.last + 1] : undefined;
      if (surname && group && CHILD_GROUPS.has(group.key) && NAME_GAP.test(group.gap)) {
        const entries = surname.node.entries;
        const initial = (entries[0]?.pupil.lastName[0] ?? '').toUpperCase();
        return {
          match: this.make(token.start, tokens[surname.last]!.end, entries, 'full', initial),
          next: surname.last + 2,
        };
      }
    }
    return undefined;
  }

  /** Longest name in the trie starting at token i (words joined by a space, hyphen or apostrophe). */
  private walk(
    root: TrieNode,
    tokens: readonly WordToken[],
    i: number,
  ): { node: TrieNode; last: number } | undefined {
    let best: { node: TrieNode; last: number } | undefined;
    let node: TrieNode | undefined = root;
    for (let k = i; k < tokens.length; k++) {
      const token: WordToken = tokens[k]!;
      if (token.kind !== 'word' || (k > i && !INNER_GAP.test(token.gap))) break;
      // "1" may read as l or i: follow the key, or the alternative when the key leads nowhere
      const child: TrieNode | undefined =
        node.next.get(token.key) ?? (token.alt !== undefined ? node.next.get(token.alt) : undefined);
      if (!child) break;
      node = child;
      if (node.entries.length > 0) best = { node, last: k };
    }
    return best;
  }

  private insert(root: TrieNode, words: readonly string[], entry: Entry): TrieNode {
    let node = root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = newNode();
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.entries.includes(entry)) node.entries.push(entry);
    return node;
  }

  private addJoined(key: string, entry: Entry, level: 'full' | 'first', initial: string): void {
    const list = this.joined.get(key) ?? [];
    const same = list.find((item) => item.level === level);
    if (same) {
      if (!same.entries.includes(entry)) same.entries.push(entry);
    } else list.push({ entries: [entry], level, initial });
    this.joined.set(key, list);
  }

  private make(
    start: number,
    end: number,
    entries: Entry[],
    level: 'full' | 'first',
    initial: string,
    reading: RosterMatch['reading'] = 'name',
  ): RosterMatch {
    const pupils = entries.map((entry) => entry.pupil);
    return {
      start,
      end,
      pupils,
      level,
      initial: initial.toUpperCase(),
      noPublish: pupils.some((pupil) => pupil.noPublish === true),
      reading,
      ownChild: false,
      nickname: false,
    };
  }
}

function keysOf(token: WordToken): string[] {
  return token.alt && token.alt !== token.key ? [token.key, token.alt] : [token.key];
}

/** How a roster name doubles as a word: as the name lists say, or as an ordinary word of the word-class table. */
function ambiguityOf(key: string): NameAmbiguity {
  const known = firstNameAmbiguity(key);
  if (known !== 'none') return known;
  return COMMON_WORDS.has(key) || key in WORD_NAMES ? 'word' : 'none';
}

const matchers = new WeakMap<readonly Pupil[], RosterMatcher>();

/** The roster's matcher, compiled once per pupils array. */
export function getRosterMatcher(pupils: readonly Pupil[]): RosterMatcher {
  let matcher = matchers.get(pupils);
  if (!matcher) {
    matcher = new RosterMatcher(pupils);
    matchers.set(pupils, matcher);
  }
  return matcher;
}
